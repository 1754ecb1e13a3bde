import { describe, expect, it } from 'vitest';
import { buildWorkInput as work } from '../../../test/factories/hour-bank.js';
import { seededApp } from '../../../test/fakes/app.js';
import { fixedId } from '../../../test/fakes/ids.js';
import { testOrigin } from '../../../test/support/origin.js';
import { logWork, type WorkInput } from './log-work.js';

describe('logWork', () => {
  it('charges under the version in force (seed 002: 1 h minimum per ticket), appends the consumption, audited', async () => {
    const { store, modules, clock, seeded } = await seededApp();
    const contractId = seeded.contract.contract.id;
    const log = (input: WorkInput) =>
      logWork({
        ...modules.hourBank,
        actor: seeded.actors.agent,
        origin: testOrigin,
        contractId,
        work: input,
      });
    const first = await log(work());
    expect(first.charge.minutes).toBe(60);
    expect(first.work).toMatchObject({
      id: fixedId(1),
      on: '2026-03-02',
      chargedMinutes: 60,
      createdAt: clock.now(),
    });
    expect(first.entry).toMatchObject({ type: 'consume', minutes: 60, ticketId: 'T-1' });
    const second = await log(work({ minutes: 30 }));
    expect(second.charge.minutes).toBe(0);
    expect(store.tables.audit.map((e) => e.resourceId)).toEqual([
      `${contractId}/${fixedId(1)}`,
      `${contractId}/${fixedId(2)}`,
    ]);
  });

  it('work needing the client’s approval is recorded with a consumption.awaiting_approval event', async () => {
    const { store, modules, seeded } = await seededApp();
    const contractId = seeded.contract.contract.id;
    const logged = await logWork({
      ...modules.hourBank,
      actor: seeded.actors.agent,
      origin: testOrigin,
      contractId,
      work: work({ firstContact: false }),
      loggedOn: { resourceType: 'tickets', resourceId: 'ticket-7' },
    });
    expect(logged.charge.approvalRequired).toBe(true);
    expect(store.tables.outbox.map((r) => r.event)).toMatchObject([
      {
        type: 'consumption.awaiting_approval',
        payload: { contractId, consumeId: logged.entry?.id, ticketRef: 'T-1', minutes: 60 },
      },
    ]);
    expect(store.tables.audit[0]?.resourceId).toBe(`ticket-7/${logged.work.id}`);
  });

  it('refuses work dated before the contract or after it ended, and clients logging time', async () => {
    const { store, modules, seeded } = await seededApp();
    const contractId = seeded.contract.contract.id;
    const log = (input: WorkInput, actor = seeded.actors.agent) =>
      logWork({ ...modules.hourBank, actor, origin: testOrigin, contractId, work: input });
    await expect(log(work({ on: '2026-02-27' }))).rejects.toMatchObject({
      code: 'invalid_input',
      path: 'on',
    });
    await expect(log(work(), seeded.actors.client_decision_maker)).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect(store.tables.workLog).toEqual([]);
  });

  it('concurrent entries on one ticket never lose or double a minute', async () => {
    const { store, modules, seeded } = await seededApp();
    const contractId = seeded.contract.contract.id;
    const results = await Promise.all(
      Array.from({ length: 12 }, () =>
        logWork({
          ...modules.hourBank,
          actor: seeded.actors.agent,
          origin: testOrigin,
          contractId,
          work: work({ minutes: 10 }),
        }),
      ),
    );
    // 12 × 10 min on one ticket: the 1 h minimum, then 10 min each from the 7th
    expect(results.reduce((sum, r) => sum + r.charge.minutes, 0)).toBe(60 + 6 * 10);
    const consumed = (await store.ledger.entries(contractId)).filter((e) => e.type === 'consume');
    expect(consumed.reduce((sum, e) => sum + e.minutes, 0)).toBe(120);
  });
});
