import { describe, expect, it } from 'vitest';
import { buildWorkInput } from '../../../test/factories/hour-bank.js';
import { seededApp } from '../../../test/fakes/app.js';
import { testOrigin } from '../../../test/support/origin.js';
import { openTicket } from '../desk/index.js';
import { logWork } from './log-work.js';
import { readBalance, readEntries, readStatement, readWork } from './read-bank.js';

describe('reading the hour bank', () => {
  it('balance and statement of today in the contract’s zone; the ledger and work log newest first; other clients get nothing', async () => {
    const { modules, seeded } = await seededApp();
    const contractId = seeded.contract.contract.id;
    await logWork({
      ...modules.hourBank,
      actor: seeded.actors.agent,
      origin: testOrigin,
      contractId,
      work: buildWorkInput({ minutes: 20, firstContact: true }),
    });
    const as = { ...modules.hourBank, actor: seeded.actors.client_decision_maker, contractId };
    const balance = await readBalance(as);
    expect(balance).toMatchObject({ date: '2026-03-02', availableMinutes: 600 - 60 });
    expect((await readStatement(as)).consumed.total).toBe(60);
    expect((await readEntries({ ...as, limit: 1 })).map((e) => e.type)).toEqual(['consume']);
    expect(await readWork({ ...as, limit: 10 })).toHaveLength(1);
    await expect(readBalance({ ...as, date: '2025-12-31' })).rejects.toMatchObject({
      path: 'querystring.date',
    });
    await expect(
      readBalance({ ...as, contractId: seeded.otherContract.contract.id }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it("a requester reads only its own tickets' work and consumptions, never other requesters'", async () => {
    const { modules, seeded } = await seededApp();
    const contractId = seeded.contract.contract.id;
    const requester = seeded.actors.client_requester;
    const own = await openTicket({
      ...modules.desk,
      actor: requester,
      origin: testOrigin,
      input: {
        contractId,
        channel: 'portal',
        classification: { kind: 'question' },
        criticality: 'high',
        subject: 'Exportar',
        description: 'No exporta',
      },
    });
    for (const ticketRef of [own.id, 'someone-elses-ticket', 'someone-elses-ticket']) {
      await logWork({
        ...modules.hourBank,
        actor: seeded.actors.agent,
        origin: testOrigin,
        contractId,
        work: buildWorkInput({
          ticketRef,
          conversationRef: ticketRef,
          minutes: 60,
          note: ticketRef,
        }),
      });
    }
    const as = { ...modules.hourBank, actor: requester, contractId, limit: 50 };
    expect((await readWork(as)).map((w) => w.note)).toEqual([own.id]);
    const consumed = (await readEntries(as)).filter((e) => e.type === 'consume');
    expect(consumed.map((e) => e.type === 'consume' && e.ticketId)).toEqual([own.id]);
    const asDecider = { ...as, actor: seeded.actors.client_decision_maker };
    expect(await readWork(asDecider)).toHaveLength(3);
    expect((await readEntries(asDecider)).filter((e) => e.type === 'consume')).toHaveLength(3);
  });
});
