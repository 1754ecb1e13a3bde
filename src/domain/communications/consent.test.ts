import { describe, expect, it } from 'vitest';
import { buildConsent } from '../../../test/factories/communications.js';
import { changeConsent, currentConsent, hasConsent } from './consent.js';

const t = (hours: number) => Date.UTC(2026, 1, 1, hours);
const contact = { id: 'c1', state: 'active' as const };

describe('consents per contact, channel and purpose', () => {
  const history = [
    buildConsent('c1', { at: t(1) }),
    buildConsent('c1', { at: t(2), state: 'withdrawn', source: 'unsubscribe_link' }),
    buildConsent('c1', { at: t(3), purpose: 'product_updates', source: 'portal' }),
    buildConsent('c1', { at: t(4), channel: 'sms', source: 'agent' }),
    buildConsent('c2', { at: t(1) }),
  ];

  it.each([
    ['c1', 'email', 'marketing', false],
    ['c1', 'email', 'product_updates', true],
    ['c1', 'sms', 'marketing', true],
    ['c1', 'whatsapp', 'marketing', false],
    ['c2', 'email', 'marketing', true],
    ['c3', 'email', 'marketing', false],
  ] as const)(
    '%s on %s for %s: %s (the latest event decides)',
    (id, channel, purpose, consents) => {
      expect(hasConsent(history, id, channel, purpose)).toBe(consents);
    },
  );

  it('events in any order; at the same instant a withdrawal wins', () => {
    const tie = [
      buildConsent('c1', { at: t(5), state: 'withdrawn', source: 'agent' }),
      buildConsent('c1', { at: t(5) }),
    ];
    expect(hasConsent(tie, 'c1', 'email', 'marketing')).toBe(false);
    expect(hasConsent([...tie].reverse(), 'c1', 'email', 'marketing')).toBe(false);
    expect(currentConsent([...history].reverse(), 'c1', 'email', 'marketing')?.at).toBe(t(2));
  });

  it('a change records its source and evidence, and repeating it records nothing', () => {
    const grant = {
      channel: 'email',
      purpose: 'marketing',
      state: 'granted',
      source: 'double_opt_in',
      at: t(9),
      evidence: 'confirm-123',
      contact,
    } as const;
    const event = changeConsent(history, grant);
    expect(event).toEqual({
      contactId: 'c1',
      channel: 'email',
      purpose: 'marketing',
      state: 'granted',
      source: 'double_opt_in',
      at: t(9),
      evidence: 'confirm-123',
    });
    expect(
      changeConsent([...history, event ?? buildConsent('x')], { ...grant, at: t(10) }),
    ).toBeNull();
    // An explicit opt-out is recorded even without a prior grant.
    expect(changeConsent([], { ...grant, state: 'withdrawn', source: 'agent' })?.state).toBe(
      'withdrawn',
    );
  });

  it.each(['unsubscribe_link', 'bounce', 'complaint'] as const)('%s never grants', (source) => {
    expect(() =>
      changeConsent([], {
        contact,
        channel: 'email',
        purpose: 'marketing',
        state: 'granted',
        source,
        at: t(1),
        evidence: null,
      }),
    ).toThrow(expect.objectContaining({ rule: 'source_cannot_grant', path: 'source' }));
  });

  it('an anonymised contact takes no consent', () => {
    expect(() =>
      changeConsent([], {
        contact: { id: 'c1', state: 'anonymised' },
        channel: 'email',
        purpose: 'marketing',
        state: 'granted',
        source: 'agent',
        at: t(1),
        evidence: null,
      }),
    ).toThrow(expect.objectContaining({ rule: 'contact_anonymised' }));
  });
});
