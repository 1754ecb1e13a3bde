import { describe, expect, it } from 'vitest';
import { buildWorkInput } from '../../../test/factories/hour-bank.js';
import { seededApp } from '../../../test/fakes/app.js';
import { testOrigin } from '../../../test/support/origin.js';
import { appendToLedger, type ManualEntry } from './append-to-ledger.js';
import { logWork } from './log-work.js';

async function withPending() {
  const app = await seededApp();
  const contractId = app.seeded.contract.contract.id;
  const logged = await logWork({
    ...app.modules.hourBank,
    actor: app.seeded.actors.agent,
    origin: testOrigin,
    contractId,
    work: buildWorkInput({ minutes: 90, firstContact: false }),
  });
  const append = (entry: ManualEntry, actor = app.seeded.actors.client_decision_maker) =>
    appendToLedger({ ...app.modules.hourBank, actor, origin: testOrigin, contractId, entry });
  return { ...app, contractId, consumeId: logged.entry?.id ?? '', append };
}

describe('appendToLedger', () => {
  it('the decision-maker approves pending consumption, dated today, with an event and an audit entry', async () => {
    const { store, seeded, contractId, consumeId, append } = await withPending();
    const approval = await append({ type: 'approval', consumeId, decision: 'approved' });
    expect(approval).toMatchObject({ type: 'approval', on: '2026-03-02', consumeId });
    expect(store.tables.outbox.map((r) => r.event.type)).toEqual([
      'consumption.awaiting_approval',
      'consumption.decided',
    ]);
    expect(store.tables.audit.at(-1)).toMatchObject({
      actorUserId: seeded.users.client_decision_maker.id,
      resourceId: `${contractId}/${approval.id}`,
    });
    await expect(
      append({ type: 'approval', consumeId, decision: 'rejected' }),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('only the decision-maker decides and only an administrator adjusts or reverses', async () => {
    const { seeded, consumeId, append } = await withPending();
    await expect(
      append({ type: 'approval', consumeId, decision: 'approved' }, seeded.actors.agent),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const adjust: ManualEntry = {
      type: 'adjust',
      minutes: 30,
      reason: 'goodwill',
      expiresOn: null,
    };
    await expect(append(adjust)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await append(adjust, seeded.actors.provider_admin)).toMatchObject({
      type: 'adjust',
      minutes: 30,
    });
    const reversal = await append(
      { type: 'reversal', entryId: consumeId, reason: 'logged twice' },
      seeded.actors.provider_admin,
    );
    expect(reversal).toMatchObject({ type: 'reversal', entryId: consumeId });
  });
});
