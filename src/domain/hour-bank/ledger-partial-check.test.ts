import { describe, expect, it } from 'vitest';
import { buildContract } from '../../../test/factories/contracts.js';
import { buildConsume, openLedger as open } from '../../../test/factories/hour-bank.js';
import type { DomainError } from '../errors.js';
import { checkAppend, entriesReadToCheck, type LedgerEntry, type NewEntry } from './ledger.js';

describe('checking an append against part of the ledger', () => {
  it('a consume or an added adjustment is judged the same with only the entries entriesReadToCheck names', () => {
    const contract = buildContract();
    const { ledger, closeThrough } = open(contract);
    ledger.record(contract, buildConsume('2025-01-20', 100));
    ledger.append({
      type: 'adjust',
      on: '2025-01-21',
      minutes: 30,
      reason: 'goodwill',
      expiresOn: null,
    });
    closeThrough(0);
    const candidates: NewEntry[] = [
      buildConsume('2025-01-25', 60), // closed period
      buildConsume('2025-02-03', 60), // open period
      { type: 'adjust', on: '2025-01-31', minutes: -15, reason: 'typo', expiresOn: null },
      { type: 'adjust', on: '2025-02-04', minutes: 0, reason: 'nothing', expiresOn: null },
      { type: 'adjust', on: '2025-02-04', minutes: 45, reason: 'extra', expiresOn: null },
    ];
    const outcome = (entries: readonly LedgerEntry[], entry: NewEntry) => {
      try {
        checkAppend(contract, entries, entry);
        return 'ok';
      } catch (error) {
        return `${(error as DomainError).code} ${(error as DomainError).path}`;
      }
    };
    const outcomes = candidates.map((entry) => {
      const types = entriesReadToCheck(entry);
      const part =
        types === 'all' ? ledger.entries : ledger.entries.filter((e) => types.includes(e.type));
      // a removal reads the balance, so it reads the whole ledger
      expect(types === 'all').toBe(entry.type === 'adjust' && entry.minutes < 0);
      if (types !== 'all') expect(part.length).toBeLessThan(ledger.entries.length);
      return [outcome(ledger.entries, entry), outcome(part, entry)];
    });
    for (const [whole, part] of outcomes) expect(part).toBe(whole);
    expect(outcomes.map(([whole]) => whole)).toEqual([
      'conflict entry.on',
      'ok',
      'conflict entry.on',
      'invalid_input entry.minutes',
      'ok',
    ]);
  });
});
