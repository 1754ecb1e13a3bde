import { describe, expect, it } from 'vitest';
import { buildCompany, buildPerson } from '../../../test/factories/contacts.js';
import {
  anonymiseContact,
  exportPlan,
  planAnonymisation,
  pseudonymEmail,
  pseudonymFrom,
} from './erasure.js';
import type { PersonalDataDeclaration } from './personal-data.js';
import { redacted } from './trace.js';

const messageLocators = [
  { column: 'author_id', holds: 'contact' },
  {
    column: 'ticket_id',
    through: { table: 'tickets', key: 'id', column: 'requester_id', holds: 'contact' },
  },
] as const;

/** A small registry shaped like the desk's and identity's tables. */
const registry: PersonalDataDeclaration[] = [
  {
    module: 'identity',
    tables: [
      {
        table: 'users',
        locate: [{ column: 'id', holds: 'user' }],
        personal: [
          { column: 'name', category: 'identity', anonymise: { kind: 'pseudonym' } },
          { column: 'email', category: 'contact_details', anonymise: { kind: 'pseudonym_email' } },
          { column: 'password_hash', category: 'credential', anonymise: { kind: 'clear' } },
          { column: 'active', category: 'account_state', anonymise: { kind: 'set', value: false } },
        ],
        onErasure: 'anonymise',
      },
      {
        table: 'sessions',
        locate: [{ column: 'user_id', holds: 'user' }],
        personal: [{ column: 'token_hash', category: 'credential', anonymise: { kind: 'clear' } }],
        onErasure: 'delete',
      },
    ],
  },
  {
    module: 'desk',
    tables: [
      {
        table: 'tickets',
        locate: [{ column: 'requester_id', holds: 'contact' }],
        personal: [
          { column: 'requester_id', category: 'reference', anonymise: { kind: 'keep' } },
          { column: 'subject', category: 'free_text', anonymise: { kind: 'redact' } },
        ],
        onErasure: 'anonymise',
      },
      {
        table: 'ticket_messages',
        locate: messageLocators,
        personal: [
          { column: 'body', category: 'free_text', anonymise: { kind: 'redact' } },
          {
            column: 'attachments',
            category: 'attachments',
            anonymise: { kind: 'remove_attachments' },
          },
        ],
        onErasure: 'anonymise',
      },
      { table: 'sla_notices', none: 'ticket ids, clocks and instants' },
    ],
  },
];

const target = { contactId: 'contact-1', userId: 'user-1', pseudonym: 'ANON-7F3A2C1D' };

describe('anonymisation plan', () => {
  it('replaces personal columns by the pseudonym, deletes sessions and touches nothing else', () => {
    expect(planAnonymisation(registry, target).steps).toEqual([
      {
        module: 'identity',
        table: 'users',
        locate: [{ column: 'id', holds: 'user' }],
        action: 'update',
        set: {
          name: 'ANON-7F3A2C1D',
          email: 'anon-7f3a2c1d@anonymised.invalid',
          password_hash: null,
          active: false,
        },
        removeFilesFrom: [],
      },
      {
        module: 'identity',
        table: 'sessions',
        locate: [{ column: 'user_id', holds: 'user' }],
        action: 'delete',
      },
      {
        module: 'desk',
        table: 'tickets',
        locate: [{ column: 'requester_id', holds: 'contact' }],
        action: 'update',
        set: { subject: redacted },
        removeFilesFrom: [],
      },
      {
        module: 'desk',
        table: 'ticket_messages',
        locate: messageLocators,
        action: 'update',
        set: { body: redacted, attachments: [] },
        removeFilesFrom: ['attachments'],
      },
    ]);
  });

  it('a contact who never signed in: steps that find rows by user id are left out', () => {
    const steps = planAnonymisation(registry, { ...target, userId: null }).steps;
    expect(steps.map((s) => s.table)).toEqual(['tickets', 'ticket_messages']);
  });

  it('the pseudonym comes from a given random id and is checked', () => {
    expect(pseudonymFrom('7f3a2c1d-0000-4000-8000-000000000001')).toBe('ANON-7F3A2C1D');
    expect(pseudonymEmail('ANON-7F3A2C1D')).toBe('anon-7f3a2c1d@anonymised.invalid');
    expect(() => pseudonymFrom('ab-cd')).toThrow(expect.objectContaining({ path: 'randomId' }));
    expect(() => planAnonymisation(registry, { ...target, pseudonym: 'Ana Pérez' })).toThrow(
      expect.objectContaining({ path: 'pseudonym' }),
    );
  });
});

describe('export includes every declared table', () => {
  it('one step per table with personal data, credentials omitted', () => {
    expect(exportPlan(registry).map((step) => [step.table, step.omit])).toEqual([
      ['users', ['password_hash']],
      ['sessions', ['token_hash']],
      ['tickets', []],
      ['ticket_messages', []],
    ]);
  });
});

describe('the contact record anonymised', () => {
  it('a person: names become the pseudonym, details cleared, language and country kept', () => {
    const person = anonymiseContact(buildPerson({ userId: 'user-1' }), 'ANON-7F3A2C1D');
    expect(person).toEqual({
      ...buildPerson({ userId: 'user-1' }),
      givenName: 'ANON-7F3A2C1D',
      familyName: '',
      salutation: null,
      email: null,
      phone: null,
      jobTitle: null,
      custom: {},
      state: 'anonymised',
      pseudonym: 'ANON-7F3A2C1D',
    });
  });

  it('a company, and anonymisation is final', () => {
    const company = anonymiseContact(buildCompany(), 'ANON-00C0FFEE');
    expect(company).toMatchObject({
      name: 'ANON-00C0FFEE',
      taxId: null,
      website: null,
      email: null,
    });
    expect(() => anonymiseContact(company, 'ANON-11111111')).toThrow(
      expect.objectContaining({ rule: 'contact_anonymised' }),
    );
  });
});
