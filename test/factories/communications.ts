/**
 * Test-data builders for communications (`buildX(overrides)`, DESIGN.md rule 8): segment
 * subjects with consent histories.
 */
import type {
  ConsentChannel,
  ConsentEvent,
  ConsentPurpose,
  SegmentSubject,
} from '../../src/domain/communications/index.js';
import { buildPerson } from './contacts.js';

/** 2026-02-01 10:00 UTC: when the builders' consents were given. */
export const consentedAt = Date.UTC(2026, 1, 1, 10);

/** A grant (or, with `state`, a withdrawal) of `contactId`'s consent from a web form. */
export function buildConsent(
  contactId: string,
  overrides: Partial<ConsentEvent> & { channel?: ConsentChannel; purpose?: ConsentPurpose } = {},
): ConsentEvent {
  return {
    contactId,
    channel: 'email',
    purpose: 'marketing',
    state: 'granted',
    source: 'web_form',
    at: consentedAt,
    evidence: 'form-newsletter',
    ...overrides,
  };
}

/** A subject: {@link buildPerson} with `contact` overrides, consenting to marketing by email. */
export function buildSubject(
  id: string,
  overrides: Partial<Omit<SegmentSubject, 'contact'>> & {
    contact?: Parameters<typeof buildPerson>[0];
  } = {},
): SegmentSubject {
  const { contact, ...rest } = overrides;
  return {
    contact: buildPerson({ id, email: `${id}@cliente.cl`, ...contact }),
    role: 'client_requester',
    planIds: ['plan-premium'],
    ticketsOpenedAt: [],
    consents: [buildConsent(id)],
    suppressed: false,
    ...rest,
  };
}
