import { describe, expect, it } from 'vitest';
import { formatInstant, parseInstant } from './instant.js';

describe('parseInstant: ISO 8601 with an offset or Z, to epoch ms', () => {
  it.each([
    ['Z', '2026-03-02T08:00:00Z', Date.UTC(2026, 2, 2, 8)],
    ['a positive offset', '2026-03-02T09:00:00+01:00', Date.UTC(2026, 2, 2, 8)],
    ['a negative offset without colon', '2026-03-02T05:00:00-0300', Date.UTC(2026, 2, 2, 8)],
    ['minutes only', '2026-03-02T13:45+05:45', Date.UTC(2026, 2, 2, 8)],
    ['milliseconds', '2026-03-02T08:00:00.250Z', Date.UTC(2026, 2, 2, 8) + 250],
    [
      'digits beyond ms are truncated',
      '2026-03-02T08:00:00.123999Z',
      Date.UTC(2026, 2, 2, 8) + 123,
    ],
    ['a leap day', '2028-02-29T00:00:00Z', Date.UTC(2028, 1, 29)],
  ])('accepts %s', (_name, text, ms) => {
    expect(parseInstant(text, 'at')).toBe(ms);
  });

  it.each([
    ['text without an offset', '2026-03-02T08:00:00', /has no UTC offset/],
    ['a date alone', '2026-03-02', /has no UTC offset/],
    ['an impossible date', '2026-02-30T08:00:00Z', /is not a valid date and time/],
    ['hour 24', '2026-03-02T24:00:00Z', /is not a valid date and time/],
    ['free text', 'tomorrow', /is not an ISO 8601 instant/],
    ['a year outside 1900–2199', '1899-12-31T00:00:00Z', /outside the supported years/],
    ['a number', 1_700_000_000_000, /expected an ISO 8601 instant string/],
  ])('rejects %s with invalid_input at the path', (_name, text, message) => {
    expect(() => parseInstant(text, 'from')).toThrow(
      expect.objectContaining({
        code: 'invalid_input',
        path: 'from',
        message: expect.stringMatching(message),
      }),
    );
  });
});

describe('formatInstant: ISO UTC with Z', () => {
  it('omits zero milliseconds and keeps others', () => {
    expect(formatInstant(Date.UTC(2026, 2, 2, 8))).toBe('2026-03-02T08:00:00Z');
    expect(formatInstant(Date.UTC(2026, 2, 2, 8) + 5)).toBe('2026-03-02T08:00:00.005Z');
  });
});
