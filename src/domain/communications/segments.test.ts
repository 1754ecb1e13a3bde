import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildConsent, buildSubject } from '../../../test/factories/communications.js';
import { hasConsent } from './consent.js';
import {
  type Audience,
  countSegment,
  inSegment,
  parseSegmentRule,
  ruleHolds,
  type SegmentRule,
  type SegmentSubject,
  segmentMembers,
} from './segments.js';

const day = 86_400_000;
const now = Date.UTC(2026, 3, 15, 12);
const audience: Audience = { channel: 'email', purpose: 'marketing', now };
const segment = (rule: SegmentRule) => ({ id: 's', name: 'S', rule });

describe('segment rules', () => {
  const ana = buildSubject('ana', {
    contact: { organisationId: 'org-1', language: 'es', country: 'CL', custom: { tier: 'gold' } },
    role: 'client_decision_maker',
    planIds: ['plan-enterprise'],
    ticketsOpenedAt: [now - 2 * day, now - 10 * day, now - 40 * day],
  });

  it.each([
    [{ field: 'client', in: ['org-1', 'org-9'] }, true],
    [{ field: 'client', in: ['org-2'] }, false],
    [{ field: 'plan', in: ['plan-enterprise'] }, true],
    [{ field: 'role', in: ['client_decision_maker'] }, true],
    [{ field: 'role', in: ['client_requester'] }, false],
    [{ field: 'language', in: ['en'] }, false],
    [{ field: 'country', in: ['CL', 'CO'] }, true],
    [{ field: 'kind', in: ['company'] }, false],
    [{ field: 'contact', name: 'custom.tier', equals: 'gold' }, true],
    [{ field: 'contact', name: 'jobTitle', equals: 'Jefa de marketing' }, true],
    [{ field: 'consent', channel: 'sms', purpose: 'marketing' }, false],
    [{ field: 'tickets', inLastDays: 7, atLeast: 1 }, true],
    [{ field: 'tickets', inLastDays: 7, atLeast: 2 }, false],
    [{ field: 'tickets', inLastDays: 30, atLeast: 2 }, true],
    [{ field: 'tickets', inLastDays: 40, atLeast: 3 }, false], // exactly 40 days ago is not within the last 40
    [{ all: [{ field: 'country', in: ['CL'] }, { not: { field: 'language', in: ['en'] } }] }, true],
    [
      {
        any: [
          { field: 'country', in: ['MX'] },
          { field: 'plan', in: ['plan-starter'] },
        ],
      },
      false,
    ],
  ] as const)('%j → %s', (rule, holds) => {
    expect(ruleHolds(parseSegmentRule(rule), ana, now)).toBe(holds);
  });

  it('a role rule never matches a contact who does not sign in', () => {
    const noLogin = { ...ana, role: null };
    expect(ruleHolds({ field: 'role', in: ['client_decision_maker'] }, noLogin, now)).toBe(false);
  });

  it.each([
    [{ all: [] }, 'rule.all'],
    [{ any: [{ field: 'country', in: ['Chile'] }] }, 'rule.any[0].in[0]'],
    [{ not: { field: 'colour', in: ['red'] } }, 'rule.not.field'],
    [{ all: [{ field: 'tickets', inLastDays: 0 }] }, 'rule.all[0].inLastDays'],
    [{ all: [{ field: 'plan', in: ['p'] }], any: [] }, 'rule'],
    [{ field: 'client', in: ['org-1'], extra: 1 }, 'rule'],
    ['everyone', 'rule'],
    [
      { not: { not: { not: { not: { not: { not: { field: 'kind', in: ['person'] } } } } } } },
      'rule.not.not.not.not.not.not',
    ],
  ])('%#: a bad rule is refused at %s', (rule, path) => {
    expect(() => parseSegmentRule(rule)).toThrow(
      expect.objectContaining({ code: 'invalid_input', path }),
    );
  });

  it('at most 100 parts', () => {
    const wide = {
      all: Array.from({ length: 20 }, () => ({
        any: Array.from({ length: 5 }, () => ({ field: 'kind', in: ['person'] })),
      })),
    };
    expect(() => parseSegmentRule(wide)).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
  });
});

describe('a segment never includes a contact without consent', () => {
  const everyone = segment({ field: 'kind', in: ['person', 'company'] });

  it.each([
    ['no consent at all', buildSubject('x', { consents: [] })],
    [
      'consent withdrawn',
      buildSubject('x', {
        consents: [
          buildConsent('x'),
          buildConsent('x', { at: now - day, state: 'withdrawn', source: 'unsubscribe_link' }),
        ],
      }),
    ],
    [
      'consent to another purpose',
      buildSubject('x', { consents: [buildConsent('x', { purpose: 'product_updates' })] }),
    ],
    [
      'consent on another channel',
      buildSubject('x', { consents: [buildConsent('x', { channel: 'sms' })] }),
    ],
    ['no email address', buildSubject('x', { contact: { email: null } })],
    ['a suppressed address', buildSubject('x', { suppressed: true })],
    [
      'anonymised',
      buildSubject('x', { contact: { state: 'anonymised', pseudonym: 'ANON-12345678' } }),
    ],
  ])('%s: out, whatever the rule', (_, subject) => {
    expect(inSegment(everyone, subject, audience)).toBe(false);
    expect(
      inSegment(
        segment({ not: { field: 'consent', channel: 'email', purpose: 'marketing' } }),
        subject,
        audience,
      ),
    ).toBe(false);
  });

  const condition = fc.oneof(
    fc.record({
      field: fc.constant('country' as const),
      in: fc.subarray(['CL', 'CO', 'ES', 'MX'], { minLength: 1 }),
    }),
    fc.record({
      field: fc.constant('language' as const),
      in: fc.subarray(['es', 'en'] as const, { minLength: 1 }),
    }),
    fc.record({
      field: fc.constant('client' as const),
      in: fc.subarray(['org-1', 'org-2'], { minLength: 1 }),
    }),
    fc.record({
      field: fc.constant('consent' as const),
      channel: fc.constantFrom('email' as const, 'sms' as const),
      purpose: fc.constantFrom('marketing' as const, 'product_updates' as const),
    }),
    fc.record({
      field: fc.constant('tickets' as const),
      inLastDays: fc.integer({ min: 1, max: 60 }),
      atLeast: fc.integer({ min: 1, max: 3 }),
    }),
  );
  const rule: fc.Arbitrary<SegmentRule> = fc.letrec<{ rule: SegmentRule }>((tie) => ({
    rule: fc.oneof(
      { depthSize: 'small', maxDepth: 4, withCrossShrink: true },
      condition,
      fc.record({ all: fc.array(tie('rule'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ any: fc.array(tie('rule'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ not: tie('rule') }),
    ),
  })).rule;
  const subject: fc.Arbitrary<SegmentSubject> = fc
    .record({
      id: fc.constantFrom('a', 'b', 'c', 'd'),
      country: fc.constantFrom('CL', 'CO', 'ES', 'MX'),
      language: fc.constantFrom('es' as const, 'en' as const),
      org: fc.constantFrom('org-1', 'org-2'),
      consents: fc.array(
        fc.record({
          channel: fc.constantFrom('email' as const, 'sms' as const),
          purpose: fc.constantFrom('marketing' as const, 'product_updates' as const),
          state: fc.constantFrom('granted' as const, 'withdrawn' as const),
          at: fc.integer({ min: now - 90 * day, max: now }),
        }),
        { maxLength: 4 },
      ),
      grantedFirst: fc.constantFrom(null, 'marketing' as const, 'product_updates' as const),
      tickets: fc.array(fc.integer({ min: now - 90 * day, max: now }), { maxLength: 4 }),
      // One in five suppressed or without an address, so that most subjects can be members.
      suppressed: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
      hasEmail: fc.integer({ min: 0, max: 4 }).map((n) => n !== 0),
    })
    .map((s) =>
      buildSubject(s.id, {
        contact: {
          country: s.country,
          language: s.language,
          organisationId: s.org,
          ...(s.hasEmail ? {} : { email: null }),
        },
        consents: s.consents.map((c) =>
          buildConsent(s.id, {
            ...c,
            source: c.state === 'granted' ? 'web_form' : 'unsubscribe_link',
          }),
        ),
        ticketsOpenedAt: s.tickets,
        suppressed: s.suppressed,
      }),
    );

  it('for any rule tree and any contacts (property)', () => {
    let members = 0;
    fc.assert(
      fc.property(
        rule,
        fc.array(subject, { maxLength: 20 }),
        fc.constantFrom('marketing' as const, 'product_updates' as const),
        (tree, subjects, purpose) => {
          const wanted = { ...audience, purpose };
          for (const member of segmentMembers(segment(parseSegmentRule(tree)), subjects, wanted)) {
            members += 1;
            expect(hasConsent(member.consents, member.contact.id, 'email', purpose)).toBe(true);
            expect(member.contact.email).not.toBeNull();
            expect(member.suppressed).toBe(false);
          }
        },
      ),
      { numRuns: 400 },
    );
    // The property was exercised: many generated segments had members.
    expect(members).toBeGreaterThan(25);
  });

  it('the live count is the number of members', () => {
    const subjects = [
      buildSubject('a'),
      buildSubject('b', { consents: [] }),
      buildSubject('c', { contact: { country: 'MX' } }),
    ];
    const chile = segment({ field: 'country', in: ['CL'] });
    expect(countSegment(chile, subjects, audience)).toBe(1);
    expect(countSegment(everyone, subjects, audience)).toBe(2);
  });
});
