import { describe, expect, it } from 'vitest';
import { seed002Calendar } from '../../../test/factories/customer-success.js';
import { agreeMeeting } from './account-meeting.js';
import { takesPart } from './attendance.js';

// Tuesday 10 March 2026, 10:00 in Santiago (UTC−3).
const meeting = agreeMeeting(seed002Calendar(), {
  id: 'm1',
  contractId: 'c1',
  clientId: 'org-1',
  kind: 'quarterly_review',
  start: Date.UTC(2026, 2, 10, 13),
  minutes: 60,
  agenda: [],
  organizer: { name: 'Lucía', email: 'lucia@proveedor.example' },
  attendees: [
    { contactId: 'k1', email: 'ana@cliente.example', name: 'Ana', required: true },
    { userId: 'u-staff', email: 'pablo@proveedor.example', name: 'Pablo', required: true },
  ],
});
const csmFrom = (from: string) => [
  { organisationId: 'org-1', csmUserId: 'u-csm', from, until: null },
];

describe("a user's feed never lists a meeting they do not attend", () => {
  it.each([
    ['an invited contact, by address (any case)', 'u-ana', 'ANA@cliente.example', [], true],
    ['a picked staff user', 'u-staff', 'other@proveedor.example', [], true],
    ['the organiser', 'u-lucia', 'lucia@proveedor.example', [], true],
    [
      "the client's CSM on the meeting's day",
      'u-csm',
      'csm@proveedor.example',
      csmFrom('2026-03-10'),
      true,
    ],
    [
      'a CSM only from the next day',
      'u-csm',
      'csm@proveedor.example',
      csmFrom('2026-03-11'),
      false,
    ],
    [
      'anyone else of the contract',
      'u-agent',
      'agent@proveedor.example',
      csmFrom('2026-03-01'),
      false,
    ],
  ] as const)('%s → %s', (_who, userId, email, assignments, expected) => {
    expect(takesPart(meeting, { userId, email }, assignments)).toBe(expected);
  });
});
