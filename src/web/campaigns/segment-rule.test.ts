import { describe, expect, it } from 'vitest';
import { rowsOf, ruleOf } from './segment-rule.js';

describe('the segment editor shows a rule as rows of conditions that all hold', () => {
  const language = { field: 'language', in: ['es'] } as const;
  const tickets = { field: 'tickets', inLastDays: 30, atLeast: 2 } as const;
  it.each([
    ['one condition', language],
    ['all of two, one negated', { all: [language, { not: tickets }] }],
  ])('%s round-trips', (_, rule) => {
    const rows = rowsOf(rule);
    expect(rows).not.toBeNull();
    expect(ruleOf(rows ?? [])).toEqual(rule);
  });
  it('an any-rule or a nested group is not shown as rows (edited as JSON)', () => {
    expect(rowsOf({ any: [language, tickets] })).toBeNull();
    expect(rowsOf({ all: [language, { all: [tickets] }] })).toBeNull();
  });
});
