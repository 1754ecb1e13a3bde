import { describe, expect, it } from 'vitest';
import { buildWorkInput } from '../../../test/factories/hour-bank.js';
import { seededApp } from '../../../test/fakes/app.js';
import { testOrigin } from '../../../test/support/origin.js';
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
    const as = { ...modules.hourBank, actor: seeded.actors.client_requester, contractId };
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
});
