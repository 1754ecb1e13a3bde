import { expect, it } from 'vitest';
import { logWork } from '../../src/app/hour-bank/index.js';
import { balanceAt } from '../../src/domain/hour-bank/index.js';
import { buildTestApp } from '../support/app.js';
import { describeEachEngine } from '../support/engines.js';
import { signInfinity25 } from '../support/hour-bank.js';
import { testOrigin } from '../support/origin.js';

describeEachEngine('100 concurrent consumptions', (database) => {
  it('lose or duplicate no entry: the balance is grants minus consumptions exactly', async () => {
    const test = await buildTestApp(database().handle);
    const { contractId } = await signInfinity25(test, { includedMinutesPerPeriod: 100 * 60 });
    const { store } = test;
    const question = {
      conversationRef: null,
      kind: 'question' as const,
      firstContact: true,
      note: null,
    };
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        logWork({
          ...test.modules.hourBank,
          actor: { system: 'job' },
          origin: testOrigin,
          contractId,
          work:
            i < 50
              ? { ...question, ticketRef: 'SHARED', minutes: 10 }
              : { ...question, ticketRef: `C-${i}`, minutes: 61 + (i % 7) },
        }),
      ),
    );
    const charged = results.reduce((sum, result) => sum + result.charge.minutes, 0);
    // 50 × 10 min on one ticket: 500 worked, capped at 8 h in total however the entries interleave
    const shared = results.slice(0, 50).reduce((sum, result) => sum + result.charge.minutes, 0);
    expect(shared).toBe(480);
    const distinct = Array.from({ length: 50 }, (_, i) => 61 + ((i + 50) % 7)).reduce(
      (a, b) => a + b,
      0,
    );
    expect(charged).toBe(480 + distinct);
    const entries = await store.ledger.entries(contractId);
    const consumes = entries.filter((entry) => entry.type === 'consume');
    expect(consumes.reduce((sum, entry) => sum + entry.minutes, 0)).toBe(charged);
    // the shared ticket charges 60 on its first entry, then 10 per entry from the 7th to the 48th
    expect(consumes).toHaveLength(1 + 42 + 50);
    expect(await store.workLog.list(contractId, { limit: 500 })).toHaveLength(100);
    const record = await store.contracts.find(contractId);
    if (!record) throw new Error('contract vanished');
    const granted = entries.reduce(
      (sum, entry) => (entry.type === 'grant' ? sum + entry.minutes : sum),
      0,
    );
    const balance = balanceAt(record.contract, entries, '2026-03-02');
    expect(granted).toBe(6000);
    expect(balance.availableMinutes - balance.uncoveredMinutes).toBe(granted - charged);
    await test.app.close();
  }, 120_000);
});
