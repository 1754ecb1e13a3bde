import { describe, expect, it } from 'vitest';
import { buildCalendarSpec } from '../../../test/factories/calendar.js';
import { canonicalJson, createCalendarCache, evaluateCase } from './evaluate.js';

const calendar = buildCalendarSpec();
const run = (input: unknown) => JSON.stringify(evaluateCase(input, createCalendarCache()));

describe('evaluateCase: one case in, one result out', () => {
  it.each([
    [
      'add answers {id, at} in UTC with Z',
      { id: 1, calendar, op: 'add', at: '2026-03-02T10:00:00+01:00', seconds: 28_800 },
      '{"id":1,"at":"2026-03-03T09:00:00Z"}',
    ],
    [
      'between answers {id, seconds}',
      {
        id: 'b',
        calendar,
        op: 'between',
        from: '2026-03-03T10:00:00+01:00',
        to: '2026-03-02T10:00:00+01:00',
      },
      '{"id":"b","seconds":-28800}',
    ],
    [
      'isOpen answers {id, open}',
      { id: [1], calendar, op: 'isOpen', at: '2026-03-02T07:00:00Z' },
      '{"id":[1],"open":true}',
    ],
    [
      'nextOpen answers {id, at}',
      { id: null, calendar, op: 'nextOpen', at: '2026-03-02T12:00:00+01:00' },
      '{"id":null,"at":"2026-03-02T13:00:00Z"}',
    ],
    [
      'a missing id is null',
      { calendar, op: 'isOpen', at: '2026-03-02T07:00:00Z' },
      '{"id":null,"open":true}',
    ],
  ])('%s', (_rule, input, output) => {
    expect(run(input)).toBe(output);
  });
});

describe('evaluateCase: a bad case becomes an error line, never a throw', () => {
  const at = '2026-03-02T10:00:00Z';
  const badWeek = { ...calendar, week: { mon: [['25:00', '12:00']] } };
  /** Expected errors written as `code path: message` (path `-` when there is none). */
  it.each([
    [
      'a calendar error names its path under calendar',
      { calendar: badWeek, op: 'isOpen', at },
      'invalid_calendar calendar.week.mon[0][0]: "25:00" is not a time of day',
    ],
    [
      'a missing calendar',
      { op: 'isOpen', at },
      'invalid_calendar calendar: expected a calendar object',
    ],
    [
      'an instant without offset',
      { calendar, op: 'nextOpen', at: '2026-03-02T10:00' },
      'invalid_input at: "2026-03-02T10:00" has no UTC offset (add Z or ±HH:MM)',
    ],
    [
      'an unknown op',
      { calendar, op: 'sub', at },
      'invalid_input op: op must be one of "add", "between", "isOpen", "nextOpen"',
    ],
    [
      'fractional seconds',
      { calendar, op: 'add', at, seconds: 1.5 },
      'invalid_input seconds: 1.5 is not a whole number of seconds',
    ],
    [
      'a missing field',
      { calendar, op: 'between', from: at },
      'invalid_input to: expected an ISO 8601 instant with offset',
    ],
    [
      'a calendar with no open time',
      { calendar: { timeZone: 'UTC', week: {} }, op: 'nextOpen', at },
      'rule_violation -: the calendar is never open',
    ],
  ])('%s', (_rule, fields, expected) => {
    const result = evaluateCase({ id: 7, ...fields }, createCalendarCache());
    if (!('error' in result)) throw new Error(`expected an error, got ${JSON.stringify(result)}`);
    const { code, path, message } = result.error;
    expect(result.id).toBe(7);
    expect(`${code} ${path ?? '-'}: ${message}`).toBe(expected);
  });

  it('a case that is not an object answers with id null', () => {
    expect(evaluateCase([1, 2], createCalendarCache())).toEqual({
      id: null,
      error: { code: 'invalid_input', message: 'a case must be a JSON object', path: null },
    });
  });
});

describe('createCalendarCache: identical calendars compile once', () => {
  it('specs that differ only in key order share the compiled calendar', () => {
    const cache = createCalendarCache();
    const reordered = {
      week: Object.fromEntries(Object.entries(calendar.week).reverse()),
      timeZone: 'Europe/Madrid',
    };
    expect(canonicalJson(reordered)).toBe(canonicalJson(calendar));
    expect(cache.get(reordered)).toBe(cache.get(calendar));
    expect(cache.get(structuredClone(calendar))).toBe(cache.get(calendar));
  });
  it('a full cache drops its oldest entry and still answers', () => {
    const cache = createCalendarCache(1);
    const first = cache.get(calendar);
    cache.get({ timeZone: 'UTC', week: {} });
    expect(cache.get(calendar)).not.toBe(first);
  });
});
