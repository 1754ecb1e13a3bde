import { describe, expect, it } from 'vitest';
import {
  type ApprovalFacts,
  approvalLinkPayload,
  isOpen,
  judgeApprovalReply,
} from './approval-request.js';
import { type AuthVerdict, uncheckedAuth } from './auth.js';

const now = Date.parse('2026-03-03T14:00:00Z');
const request: ApprovalFacts = {
  status: 'pending',
  expiresAt: null,
  approverEmail: 'Pedro.Soto@ClinicaNorte.example',
};
const aligned: AuthVerdict = {
  ...uncheckedAuth,
  fromDomain: 'clinicanorte.example',
  dkimAligned: true,
};
const reply = (overrides: Partial<{ from: string | null; auth: AuthVerdict; text: string }>) => ({
  from: 'pedro.soto@clinicanorte.example',
  auth: aligned,
  text: 'APROBADO',
  ...overrides,
});

describe('an approval reply decides only when bound to the request and its person, and vouched for', () => {
  it('a reply from the person, DKIM-aligned, with APROBADO approves', () => {
    expect(judgeApprovalReply(request, reply({}), now)).toEqual({
      outcome: 'decide',
      reply: { decision: 'approved', word: 'APROBADO', reason: null },
    });
  });

  it('REJECTED with a reason rejects and keeps the reason; SPF alignment is enough', () => {
    const spf = { ...aligned, dkimAligned: false, spfAligned: true };
    const verdict = judgeApprovalReply(
      request,
      reply({ auth: spf, text: 'Rejected: too many hours' }),
      now,
    );
    expect(verdict).toEqual({
      outcome: 'decide',
      reply: { decision: 'rejected', word: 'Rejected', reason: 'too many hours' },
    });
  });

  it('mail through a trusted relay is vouched for without DKIM or SPF', () => {
    const relay = { ...uncheckedAuth, viaTrustedRelay: true };
    expect(judgeApprovalReply(request, reply({ auth: relay }), now).outcome).toBe('decide');
  });

  const refusals: [string, ApprovalFacts, ReturnType<typeof reply>, string][] = [
    ['already decided', { ...request, status: 'approved' }, reply({}), 'approval_closed'],
    ['withdrawn', { ...request, status: 'closed' }, reply({}), 'approval_closed'],
    ['expired', { ...request, expiresAt: now }, reply({}), 'approval_closed'],
    [
      'another person (the token was forwarded)',
      request,
      reply({ from: 'otra@clinicanorte.example' }),
      'approval_wrong_person',
    ],
    ['no From', request, reply({ from: null }), 'approval_wrong_person'],
    ['unauthenticated', request, reply({ auth: uncheckedAuth }), 'approval_not_authenticated'],
    [
      'aligned for another domain',
      request,
      reply({ auth: { ...aligned, fromDomain: 'gmail.example' } }),
      'approval_not_authenticated',
    ],
    ['no decision word', request, reply({ text: 'Can we talk first?' }), 'approval_no_decision'],
    [
      'the word later in the text',
      request,
      reply({ text: 'Not APPROVED yet' }),
      'approval_no_decision',
    ],
  ];
  it.each(refusals)('refuses: %s', (_why, facts, mail, reason) => {
    expect(judgeApprovalReply(facts, mail, now)).toEqual({ outcome: 'refuse', reason });
  });

  it('checks in order: closed before person before authentication before the word', () => {
    const everythingWrong = reply({ from: 'x@y.example', auth: uncheckedAuth, text: 'hola' });
    expect(judgeApprovalReply({ ...request, status: 'rejected' }, everythingWrong, now)).toEqual({
      outcome: 'refuse',
      reason: 'approval_closed',
    });
    expect(judgeApprovalReply(request, everythingWrong, now)).toEqual({
      outcome: 'refuse',
      reason: 'approval_wrong_person',
    });
  });
});

describe('approval requests', () => {
  it('are open while pending and before their expiry', () => {
    expect(isOpen({ status: 'pending', expiresAt: null }, now)).toBe(true);
    expect(isOpen({ status: 'pending', expiresAt: now + 1 }, now)).toBe(true);
    expect(isOpen({ status: 'pending', expiresAt: now }, now)).toBe(false);
    expect(isOpen({ status: 'rejected', expiresAt: null }, now)).toBe(false);
  });

  it('a link signs the token with the decision it carries', () => {
    expect(approvalLinkPayload('k3v9q2xw', 'approved')).toBe('approval:k3v9q2xw:approved');
    expect(approvalLinkPayload('k3v9q2xw', 'approved')).not.toBe(
      approvalLinkPayload('k3v9q2xw', 'rejected'),
    );
  });
});
