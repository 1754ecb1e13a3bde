import { describe, expect, it } from 'vitest';
import {
  type Account,
  assignCsm,
  csmAssignmentOn,
  directClientsWithoutCsm,
  firstLineOf,
} from './csm.js';

const direct: Account = { organisationId: 'direct', kind: 'client', partnerId: null };
const indirect: Account = { organisationId: 'indirect', kind: 'client', partnerId: 'partner' };
const partner: Account = { organisationId: 'partner', kind: 'partner', partnerId: null };
const lucia = { userId: 'lucia', role: 'account_manager' as const };
const tomas = { userId: 'tomas', role: 'account_manager' as const };

describe('a CSM per direct client, the partner for indirect clients', () => {
  it('assignments are dated: the CSM on any day is known, history kept', () => {
    const first = assignCsm([], direct, lucia, '2026-01-01');
    const second = assignCsm(first, direct, tomas, '2026-04-01');
    expect(second).toEqual([
      { organisationId: 'direct', csmUserId: 'lucia', from: '2026-01-01', until: '2026-04-01' },
      { organisationId: 'direct', csmUserId: 'tomas', from: '2026-04-01', until: null },
    ]);
    expect(csmAssignmentOn(second, 'direct', '2026-03-31')?.csmUserId).toBe('lucia');
    expect(csmAssignmentOn(second, 'direct', '2026-04-01')?.csmUserId).toBe('tomas');
    expect(csmAssignmentOn(second, 'direct', '2025-12-31')).toBeNull();
    // The same CSM again changes nothing; a correction on the same day replaces.
    expect(assignCsm(second, direct, tomas, '2026-05-01')).toEqual(second);
    const corrected = assignCsm(first, direct, tomas, '2026-01-01');
    expect(corrected).toEqual([
      { organisationId: 'direct', csmUserId: 'tomas', from: '2026-01-01', until: null },
    ]);
  });

  it.each([
    [
      'an indirect client (its partner manages it)',
      indirect,
      lucia,
      '2026-01-01',
      'indirect_client_managed_by_partner',
    ],
    [
      'someone who is not an account manager',
      direct,
      { userId: 'x', role: 'agent' as const },
      '2026-01-01',
      'not_an_account_manager',
    ],
  ] as const)('refuses %s', (_, account, csm, from, rule) => {
    expect(() => assignCsm([], account, csm, from)).toThrow(expect.objectContaining({ rule }));
  });

  it('never rewrites history: a new CSM cannot start before the current one', () => {
    const first = assignCsm([], direct, lucia, '2026-03-01');
    expect(() => assignCsm(first, direct, tomas, '2026-02-01')).toThrow(
      expect.objectContaining({
        rule: 'assignment_in_the_past',
        params: { from: '2026-02-01', currentFrom: '2026-03-01' },
      }),
    );
  });

  it('a partner may have a CSM of its own (the provider supports the partner)', () => {
    expect(assignCsm([], partner, lucia, '2026-01-01')).toHaveLength(1);
  });

  it('first line: the CSM, the partner, or nobody yet', () => {
    const assignments = assignCsm([], direct, lucia, '2026-01-01');
    expect(firstLineOf(direct, assignments, '2026-02-01')).toEqual({
      kind: 'csm',
      userId: 'lucia',
    });
    expect(firstLineOf(indirect, assignments, '2026-02-01')).toEqual({
      kind: 'partner',
      partnerId: 'partner',
    });
    expect(firstLineOf(direct, assignments, '2025-06-01')).toEqual({ kind: 'unassigned' });
    const other: Account = { organisationId: 'other', kind: 'client', partnerId: null };
    expect(
      directClientsWithoutCsm([direct, indirect, partner, other], assignments, '2026-02-01'),
    ).toEqual(['other']);
  });
});
