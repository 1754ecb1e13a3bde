import { describe, expect, it } from 'vitest';
import type { TicketStatus } from '../tickets/status.js';
import { type RetentionCandidate, type RetentionRule, selectForRetention } from './retention.js';

const santiago: RetentionRule = {
  organisationId: 'cl',
  timeZone: 'America/Santiago',
  anonymiseAfterMonths: 1,
};
const madrid: RetentionRule = {
  organisationId: 'es',
  timeZone: 'Europe/Madrid',
  anonymiseAfterMonths: 1,
};
const bogota: RetentionRule = {
  organisationId: 'co',
  timeZone: 'America/Bogota',
  anonymiseAfterMonths: 6,
};

// 2025-04-01T02:30Z: 31 March 23:30 in Santiago (UTC-3), 1 April 04:30 in Madrid (UTC+2).
const lateMarch = Date.UTC(2025, 3, 1, 2, 30);

function candidate(
  contactId: string,
  organisationId: string,
  tickets: [TicketStatus, number | null][],
  changes: Partial<RetentionCandidate> = {},
): RetentionCandidate {
  return {
    contactId,
    organisationId,
    state: 'active',
    signsIn: false,
    legalHold: false,
    tickets: tickets.map(([status, closedAt]) => ({ status, closedAt })),
    ...changes,
  };
}

describe('retention: anonymise closed tickets’ contacts after N months', () => {
  it.each([
    // Santiago closed it on 31 March: due on 30 April (month end clamped), local time.
    ['cl', Date.UTC(2025, 3, 30, 3, 59), false], // 29 April 23:59 in Santiago
    ['cl', Date.UTC(2025, 3, 30, 4, 0), true], // 30 April 00:00 in Santiago
    // Madrid closed it on 1 April: due on 1 May.
    ['es', Date.UTC(2025, 3, 30, 21, 59), false], // 30 April 23:59 in Madrid
    ['es', Date.UTC(2025, 3, 30, 22, 0), true], // 1 May 00:00 in Madrid
  ])('%s at %d: due %s (the month counted in the organisation’s zone)', (org, now, isDue) => {
    const selection = selectForRetention(
      [santiago, madrid],
      [candidate('p', org, [['closed', lateMarch]])],
      now,
    );
    expect(selection.due.map((d) => d.contactId)).toEqual(isDue ? ['p'] : []);
    const dueOn = org === 'cl' ? '2025-04-30' : '2025-05-01';
    expect([...selection.due, ...selection.kept][0]?.dueOn).toBe(dueOn);
  });

  it('counts from the last of several closed tickets', () => {
    const tickets: [TicketStatus, number][] = [
      ['closed', Date.UTC(2024, 8, 10, 15)],
      ['closed', Date.UTC(2025, 0, 20, 15)],
      ['closed', Date.UTC(2024, 11, 1, 15)],
    ];
    const now = Date.UTC(2025, 6, 20, 12);
    const selection = selectForRetention([bogota], [candidate('p', 'co', tickets)], now);
    expect(selection.due).toEqual([
      { contactId: 'p', lastClosedOn: '2025-01-20', dueOn: '2025-07-20' },
    ]);
  });

  it('keeps, with the reason, whoever the rule does not reach yet', () => {
    const now = Date.UTC(2026, 0, 1);
    const closed: [TicketStatus, number] = ['closed', Date.UTC(2025, 0, 1)];
    const selection = selectForRetention(
      [madrid],
      [
        candidate('open', 'es', [closed, ['open', null]]),
        candidate('resolved', 'es', [['resolved', null]]),
        candidate('none', 'es', []),
        candidate('hold', 'es', [closed], { legalHold: true }),
        candidate('user', 'es', [closed], { signsIn: true }),
        candidate('recent', 'es', [['closed', Date.UTC(2025, 11, 15)]]),
        candidate('gone', 'es', [closed], { state: 'anonymised' }),
        candidate('other-org', 'xx', [closed]),
        candidate('due', 'es', [closed]),
      ],
      now,
    );
    expect(selection.due.map((d) => d.contactId)).toEqual(['due']);
    expect(selection.kept.map((k) => [k.contactId, k.reason])).toEqual([
      ['open', 'open_tickets'],
      ['resolved', 'open_tickets'],
      ['none', 'no_tickets'],
      ['hold', 'legal_hold'],
      ['user', 'signs_in'],
      ['recent', 'not_due'],
    ]);
  });

  it.each([
    [[{ ...madrid, anonymiseAfterMonths: 0 }], 'rules[0].anonymiseAfterMonths'],
    [[{ ...madrid, anonymiseAfterMonths: 1.5 }], 'rules[0].anonymiseAfterMonths'],
    [[{ ...madrid, timeZone: 'Europe/Atlantis' }], 'rules[0].timeZone'],
    [[madrid, { ...madrid, anonymiseAfterMonths: 3 }], 'rules[1].organisationId'],
  ])('%#: a bad rule is refused at %s', (rules, path) => {
    expect(() => selectForRetention(rules, [], 0)).toThrow(
      expect.objectContaining({ code: 'invalid_input', path }),
    );
  });
});
