import { describe, expect, it } from 'vitest';
import { seed001Calendar, seed002Calendar } from '../../../test/factories/customer-success.js';
import type { Role } from '../identity/roles.js';
import {
  type AccountRequestStatus,
  answerDueOn,
  answerLate,
  moveAccountRequest,
  raiseAccountRequest,
} from './account-requests.js';
import type { Account } from './csm.js';

const madrid = seed001Calendar();
const santiago = seed002Calendar();
const direct: Account = { organisationId: 'direct', kind: 'client', partnerId: null };
const indirect: Account = { organisationId: 'indirect', kind: 'client', partnerId: 'partner' };
const at = Date.UTC(2026, 2, 5, 10); // Thursday 5 March 2026, 11:00 in Madrid
const step = (status: AccountRequestStatus, stepAt: number) => ({
  status,
  by: 'csm',
  at: stepAt,
  note: 'Motivo',
});
const by = (organisationId: string, role: Role) => ({
  userId: `${organisationId}-${role}`,
  organisationId,
  role,
});
const raise = (
  account: Account,
  requester: ReturnType<typeof by>,
  kind: 'parameter_change' | 'additional_services' | 'renewal' = 'parameter_change',
) =>
  raiseAccountRequest(madrid, account, requester, {
    id: 'r1',
    contractId: 'c1',
    kind,
    description: 'Más conectores',
    at,
  });

describe('who raises account requests', () => {
  it.each([
    [direct, by('direct', 'client_decision_maker'), null],
    [direct, by('provider', 'account_manager'), null],
    [direct, by('direct', 'client_requester'), 'not_allowed_to_request'],
    [direct, by('partner', 'partner_agent'), 'not_allowed_to_request'],
    [indirect, by('partner', 'partner_agent'), null],
    [indirect, by('provider', 'provider_admin'), null],
    [indirect, by('indirect', 'client_decision_maker'), 'ask_your_partner'],
    [indirect, by('indirect', 'client_requester'), 'ask_your_partner'],
    [indirect, by('other-partner', 'partner_agent'), 'not_allowed_to_request'],
  ] as const)('%#: %o by %o → %s', (account, requester, rule) => {
    if (rule === null) expect(raise(account, requester).status).toBe('open');
    else expect(() => raise(account, requester)).toThrow(expect.objectContaining({ rule }));
  });
});

describe('customer success answers within three business days', () => {
  it.each([
    ['Madrid, Thursday → Fri, Mon, Tue', madrid, Date.UTC(2026, 2, 5, 10), '2026-03-10'],
    [
      'Madrid, Friday 23:30 local time → Mon, Tue, Wed',
      madrid,
      Date.UTC(2026, 2, 6, 22, 30),
      '2026-03-11',
    ],
    [
      'Madrid, Wednesday before Easter → Thu 2, Good Friday skipped, Mon 6, Tue 7',
      madrid,
      Date.UTC(2026, 3, 1, 9),
      '2026-04-07',
    ],
    [
      'Santiago, Wednesday 16 Sept → Thu 17, Fiestas Patrias skipped, Mon 21, Tue 22',
      santiago,
      Date.UTC(2026, 8, 16, 15),
      '2026-09-22',
    ],
  ] as const)('%s', (_, calendar, raisedAt, due) => {
    expect(answerDueOn(calendar, raisedAt)).toBe(due);
  });

  it('late only once the due day is over without an answer', () => {
    const request = raise(direct, by('direct', 'client_decision_maker'));
    expect(request.answerDueOn).toBe('2026-03-10');
    const endOfDueDay = Date.UTC(2026, 2, 10, 22, 59); // 23:59 in Madrid
    expect(answerLate(madrid, request, endOfDueDay)).toBe(false);
    expect(answerLate(madrid, request, endOfDueDay + 60_000)).toBe(true);
    const answered = moveAccountRequest(request, step('accepted', Date.UTC(2026, 2, 9, 9)));
    expect(answerLate(madrid, answered, endOfDueDay + 86_400_000)).toBe(false);
  });
});

describe('an account request is open, then accepted or declined, and an accepted one done', () => {
  const path = (...statuses: AccountRequestStatus[]) =>
    statuses.reduce(
      (request, status, n) => moveAccountRequest(request, step(status, at + n * 1000)),
      raise(direct, by('direct', 'client_decision_maker')),
    );
  it.each([
    [['accepted'], null],
    [['declined'], null],
    [['accepted', 'done'], null],
    [['accepted', 'declined'], null],
    [['done'], 'outcome_does_not_fit'],
    [['open'], 'outcome_does_not_fit'],
    [['declined', 'accepted'], 'request_closed'],
    [['accepted', 'done', 'declined'], 'request_closed'],
  ] as [AccountRequestStatus[], string | null][])('%o → %s', (statuses, rule) => {
    if (rule !== null) {
      expect(() => path(...statuses)).toThrow(expect.objectContaining({ rule }));
      return;
    }
    const request = path(...statuses);
    expect(request.status).toBe(statuses.at(-1));
    expect(request.steps.map((s) => [s.status, s.by])).toEqual(
      statuses.map((status) => [status, 'csm']),
    );
  });

  it('a declined request says why', () => {
    const request = raise(direct, by('direct', 'client_decision_maker'));
    expect(() => moveAccountRequest(request, { ...step('declined', at), note: ' ' })).toThrow(
      expect.objectContaining({ path: 'note' }),
    );
  });
});
