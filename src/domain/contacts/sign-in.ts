/**
 * A user is a contact who can sign in: the link between a person contact and a sign-in user of
 * the identity module, and the contact each existing user becomes when contacts are introduced.
 */
import type { Contact, ContactLanguage, PersonContact } from './contact.js';
import { contactError } from './errors.js';

/** What the contacts rules read from a sign-in user. */
export interface SignInUser {
  readonly id: string;
  readonly organisationId: string;
  readonly email: string;
  readonly name: string;
  readonly locale: ContactLanguage;
}

/**
 * Makes `contact` the person `user` signs in as. Refused for a company, an anonymised contact, a
 * contact of another organisation, and a contact that already signs in as someone else.
 */
export function linkUser(contact: Contact, user: SignInUser): PersonContact {
  if (contact.kind === 'company') {
    throw contactError(
      'company_cannot_sign_in',
      { contactId: contact.id },
      'only a person signs in',
      'contactId',
    );
  }
  if (contact.state === 'anonymised') {
    throw contactError('contact_anonymised', { contactId: contact.id }, 'contact is anonymised');
  }
  if (contact.organisationId !== user.organisationId) {
    throw contactError(
      'user_of_other_organisation',
      { contactId: contact.id, userId: user.id },
      'the user belongs to another organisation than the contact',
      'userId',
    );
  }
  if (contact.userId !== null && contact.userId !== user.id) {
    throw contactError(
      'already_signs_in',
      { contactId: contact.id, userId: contact.userId },
      'the contact already signs in as another user',
      'userId',
    );
  }
  return { ...contact, userId: user.id };
}

/**
 * The contact an existing user becomes: a person of the user's organisation with the user's
 * email and language. The whole name goes to `givenName` — names are not split by guessing
 * ("Ana María García"); a rectification can split them.
 */
export function contactFromUser(user: SignInUser, contactId: string): PersonContact {
  return {
    id: contactId,
    kind: 'person',
    organisationId: user.organisationId,
    givenName: user.name.trim(),
    familyName: '',
    salutation: null,
    email: user.email.trim().toLowerCase(),
    phone: null,
    language: user.locale,
    country: null,
    jobTitle: null,
    companyId: null,
    userId: user.id,
    custom: {},
    state: 'active',
    pseudonym: null,
  };
}
