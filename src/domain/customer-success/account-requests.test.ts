import { describe, expect, it } from 'vitest';
import { seed001Calendar, seed002Calendar } from '../../../test/factories/customer-success.js';
import type { Role } from '../identity/roles.js';
import {
  type AccountRequestOutcome,
  answerAccountRequest,
  answerDueOn,
  answerLate,
  decideAccountRequest,
  raiseAccountRequest,
  withdrawAccountRequest,
} from './account-requests.js';
import type { Account } from './csm.js';

const madrid = seed001Calendar();
const santiago = seed002Calendar();
const direct: Account = { organisationId: 'direct', kind: 'client', partnerId: null };
const indirect: Account = { organisationId: 'indirect', kind: 'client', partnerId: 'partner' };
const at = Date.UTC(2026, 2, 5, 10); // Thursday 5 March 2026, 11:00 in Madrid
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
    const answered = answerAccountRequest(request, Date.UTC(2026, 2, 9, 9));
    expect(answerLate(madrid, answered, endOfDueDay + 86_400_000)).toBe(false);
    expect(answerAccountRequest(answered, Date.UTC(2026, 2, 11)).firstAnsweredAt).toBe(
      Date.UTC(2026, 2, 9, 9),
    );
  });
});

describe('account requests end with an outcome that fits them', () => {
  const cases: [
    'parameter_change' | 'additional_services' | 'renewal',
    AccountRequestOutcome,
    boolean,
  ][] = [
    ['parameter_change', { kind: 'amendment', amendmentId: 'a1' }, true],
    ['parameter_change', { kind: 'quote', quoteId: 'q1' }, false],
    ['additional_services', { kind: 'quote', quoteId: 'q1' }, true],
    ['additional_services', { kind: 'partner_referral', partnerId: 'p1' }, true],
    ['additional_services', { kind: 'renewed', until: '2027-03-01' }, false],
    ['renewal', { kind: 'renewed', until: '2027-03-01' }, true],
    ['renewal', { kind: 'amendment', amendmentId: 'a2' }, true],
    ['renewal', { kind: 'declined', reason: 'El cliente no renueva' }, true],
  ];
  it.each(cases)('%s → %o: %s', (kind, outcome, fits) => {
    const request = raise(direct, by('direct', 'client_decision_maker'), kind);
    const decideAt = at + 86_400_000;
    if (fits) {
      expect(decideAccountRequest(request, outcome, decideAt)).toMatchObject({
        status: 'decided',
        outcome,
        decidedAt: decideAt,
        firstAnsweredAt: decideAt,
      });
    } else {
      expect(() => decideAccountRequest(request, outcome, decideAt)).toThrow(
        expect.objectContaining({ rule: 'outcome_does_not_fit', path: 'outcome.kind' }),
      );
    }
  });

  it('a declined request needs a reason; a decided or withdrawn one is closed', () => {
    const request = raise(direct, by('direct', 'client_decision_maker'));
    expect(() => decideAccountRequest(request, { kind: 'declined', reason: ' ' }, at)).toThrow(
      expect.objectContaining({ path: 'outcome.reason' }),
    );
    const decided = decideAccountRequest(request, { kind: 'amendment', amendmentId: 'a1' }, at);
    expect(() =>
      decideAccountRequest(decided, { kind: 'amendment', amendmentId: 'a2' }, at),
    ).toThrow(expect.objectContaining({ rule: 'request_closed' }));
    expect(() => answerAccountRequest(withdrawAccountRequest(request), at)).toThrow(
      expect.objectContaining({ rule: 'request_closed' }),
    );
  });
});
