import { describe, expect, it } from 'vitest';
import { buildCompany, buildPerson } from '../../../test/factories/contacts.js';
import { anonymiseContact } from './erasure.js';
import { contactFromUser, linkUser } from './sign-in.js';

const user = {
  id: 'user-1',
  organisationId: 'org-1',
  email: 'Ana@Cliente.cl',
  name: ' Ana María Pérez ',
  locale: 'es' as const,
};

describe('a user is a contact who can sign in', () => {
  it('a person of the user’s organisation becomes that user', () => {
    expect(linkUser(buildPerson(), user).userId).toBe('user-1');
    expect(linkUser(buildPerson({ userId: 'user-1' }), user).userId).toBe('user-1');
  });

  it.each([
    ['a company', buildCompany(), 'company_cannot_sign_in'],
    [
      'an anonymised contact',
      anonymiseContact(buildPerson(), 'ANON-12345678'),
      'contact_anonymised',
    ],
    [
      'a contact of another organisation',
      buildPerson({ organisationId: 'org-2' }),
      'user_of_other_organisation',
    ],
    ['a contact signing in as someone else', buildPerson({ userId: 'user-9' }), 'already_signs_in'],
  ] as const)('%s cannot', (_, contact, rule) => {
    expect(() => linkUser(contact, user)).toThrow(expect.objectContaining({ rule }));
  });

  it('every existing user becomes a person contact, the whole name kept unsplit', () => {
    expect(contactFromUser(user, 'contact-9')).toMatchObject({
      id: 'contact-9',
      kind: 'person',
      organisationId: 'org-1',
      givenName: 'Ana María Pérez',
      familyName: '',
      email: 'ana@cliente.cl',
      language: 'es',
      userId: 'user-1',
      state: 'active',
    });
  });
});
