import { describe, expect, it } from 'vitest';
import { buildCompany, buildPerson } from '../../../test/factories/contacts.js';
import {
  anonymiseContact,
  exportPlan,
  planAnonymisation,
  pseudonymEmail,
  pseudonymFrom,
  pseudonymiseValues,
} from './erasure.js';
import { checkStoredData, type StoredData } from './personal-data.js';
import { redacted } from './trace.js';

const messageLocators = [
  { column: 'author_id', holds: 'contact' },
  {
    column: 'ticket_id',
    through: { table: 'tickets', key: 'id', column: 'requester_id', holds: 'contact' },
  },
] as const;

/** Declarations shaped like the desk's and identity's tables. */
const declarations: StoredData[] = [
  {
    table: 'users',
    personal: ['name', 'email', 'password_hash'],
    subject: {
      locate: [{ column: 'id', holds: 'user' }],
      erasure: {
        name: { kind: 'pseudonym' },
        email: { kind: 'pseudonym_email' },
        password_hash: { kind: 'clear' },
        active: { kind: 'set', value: false },
      },
      secret: ['password_hash'],
    },
  },
  {
    table: 'sessions',
    personal: ['user_id', 'token_hash'],
    subject: {
      locate: [{ column: 'user_id', holds: 'user' }],
      erasure: 'delete',
      secret: ['token_hash'],
    },
  },
  {
    table: 'tickets',
    personal: ['requester_id', 'subject'],
    subject: {
      locate: [{ column: 'requester_id', holds: 'contact' }],
      erasure: { requester_id: { kind: 'keep' }, subject: { kind: 'redact' } },
    },
  },
  {
    table: 'ticket_messages',
    personal: ['body', 'attachments'],
    subject: {
      locate: messageLocators,
      erasure: { body: { kind: 'redact' }, attachments: { kind: 'remove_attachments' } },
    },
  },
  { table: 'sla_notices', personal: [] },
];

const target = {
  contactId: 'contact-1',
  userId: 'user-1',
  pseudonym: 'ANON-7F3A2C1D',
  names: ['Ana Pérez'],
  emails: ['ana@tiendasol.demo'],
};

describe('anonymisation plan', () => {
  it('the declarations of this test are sound', () => {
    expect(() => checkStoredData(declarations)).not.toThrow();
  });

  it('replaces personal columns by the pseudonym, deletes sessions and touches nothing else', () => {
    expect(planAnonymisation(declarations, target).steps).toEqual([
      {
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
        replaceIn: [],
      },
      {
        table: 'sessions',
        locate: [{ column: 'user_id', holds: 'user' }],
        action: 'delete',
      },
      {
        table: 'tickets',
        locate: [{ column: 'requester_id', holds: 'contact' }],
        action: 'update',
        set: { subject: redacted },
        removeFilesFrom: [],
        replaceIn: [],
      },
      {
        table: 'ticket_messages',
        locate: messageLocators,
        action: 'update',
        set: { body: redacted, attachments: [] },
        removeFilesFrom: ['attachments'],
        replaceIn: [],
      },
    ]);
  });

  it('a contact who never signed in: steps that find rows by user id are left out', () => {
    const steps = planAnonymisation(declarations, { ...target, userId: null }).steps;
    expect(steps.map((s) => s.table)).toEqual(['tickets', 'ticket_messages']);
  });

  it('the pseudonym comes from a given random id and is checked', () => {
    expect(pseudonymFrom('7f3a2c1d-0000-4000-8000-000000000001')).toBe('ANON-7F3A2C1D');
    expect(pseudonymEmail('ANON-7F3A2C1D')).toBe('anon-7f3a2c1d@anonymised.invalid');
    expect(() => pseudonymFrom('ab-cd')).toThrow(expect.objectContaining({ path: 'randomId' }));
    expect(() => planAnonymisation(declarations, { ...target, pseudonym: 'Ana Pérez' })).toThrow(
      expect.objectContaining({ path: 'pseudonym' }),
    );
  });
});

describe('export includes every declared table', () => {
  it('one step per table with personal data, credentials omitted', () => {
    expect(exportPlan(declarations).map((step) => [step.table, step.omit])).toEqual([
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

describe('pseudonymised values in a kept JSON record', () => {
  const replacements = [
    { from: 'Ana Pérez', to: 'ANON-7F3A2C1D' },
    { from: 'ana@andes.cl', to: 'anon-7f3a2c1d@anonymised.invalid' },
  ];

  it('a person’s name and address under a person’s key become the pseudonym, whatever the case', () => {
    const record = {
      organizer: { name: 'Bob Soto', email: 'bob@andes.cl' },
      attendees: [{ name: 'ANA PÉREZ', email: 'Ana@Andes.cl', required: true }],
      moves: [{ byName: 'Ana Pérez ', at: 1 }],
      minutes: { actions: [{ what: 'Ana Pérez envía el CSV', owner: 'ana pérez' }] },
    };
    expect(pseudonymiseValues(record, replacements)).toEqual({
      organizer: { name: 'Bob Soto', email: 'bob@andes.cl' },
      attendees: [
        { name: 'ANON-7F3A2C1D', email: 'anon-7f3a2c1d@anonymised.invalid', required: true },
      ],
      moves: [{ byName: 'ANON-7F3A2C1D', at: 1 }],
      minutes: { actions: [{ what: 'Ana Pérez envía el CSV', owner: 'ANON-7F3A2C1D' }] },
    });
  });

  it('keys, statuses and text under other keys are left as they were', () => {
    const named = [
      { from: 'held', to: 'ANON-1' },
      { from: 'name', to: 'ANON-1' },
    ];
    const record = { status: 'held', name: 'Bea', agenda: [{ text: 'held' }] };
    expect(pseudonymiseValues(record, named)).toEqual(record);
  });
});
