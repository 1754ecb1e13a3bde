import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../domain/money.js';
import { decodeSnapshot, encodeSnapshot } from './snapshot.js';

describe('report snapshots', () => {
  it('amounts survive the archive exactly, in UF to four decimals and in pesos', () => {
    const model = {
      overage: { amount: parseMoney('2.7500', 'CLF'), minutes: 150 },
      lines: [{ total: parseMoney('-1234567', 'COP') }, { total: null }],
    };
    const stored = encodeSnapshot(model);
    expect(stored).toContain('"$money":{"amount":"2.7500","currency":"CLF"}');
    expect(decodeSnapshot(stored)).toEqual(model);
    expect(decodeSnapshot(JSON.parse(stored))).toEqual(model);
  });
});
