import { describe, expect, it } from 'vitest';
import { buildCompany, buildPerson } from '../../../test/factories/contacts.js';
import { displayName } from './contact.js';
import { anonymiseContact } from './erasure.js';
import { rectify } from './rectification.js';

const at = Date.UTC(2026, 5, 1, 14);
const request = (changes: Record<string, unknown>) => ({
  changes,
  at,
  actorId: 'agent-1',
  reason: 'ticket #42',
});

describe('rectification keeps the old value in the trace', () => {
  it('each changed field is set and traced with its old and new value', () => {
    const { contact, trace } = rectify(
      buildPerson(),
      request({
        familyName: 'Pérez Soto',
        email: ' Ana.Soto@Cliente.CL ',
        'custom.store': 'Las Condes',
      }),
    );
    expect(contact).toMatchObject({
      familyName: 'Pérez Soto',
      email: 'ana.soto@cliente.cl',
      custom: { store: 'Las Condes' },
    });
    expect(trace).toEqual([
      {
        contactId: 'contact-1',
        at,
        actorId: 'agent-1',
        action: 'rectified',
        field: 'familyName',
        oldValue: 'Pérez',
        newValue: 'Pérez Soto',
        reason: 'ticket #42',
      },
      {
        contactId: 'contact-1',
        at,
        actorId: 'agent-1',
        action: 'rectified',
        field: 'email',
        oldValue: 'ana.perez@cliente.cl',
        newValue: 'ana.soto@cliente.cl',
        reason: 'ticket #42',
      },
      {
        contactId: 'contact-1',
        at,
        actorId: 'agent-1',
        action: 'rectified',
        field: 'custom.store',
        oldValue: 'Providencia',
        newValue: 'Las Condes',
        reason: 'ticket #42',
      },
    ]);
  });

  it.each([
    [{ givenName: 'Ana' }, 0],
    [{ givenName: 'Ana', familyName: 'Pérez' }, 0],
    [{ jobTitle: null }, 1],
    [{ 'custom.store': null, 'custom.tier': 'gold' }, 2],
    [{ salutation: 'ms', country: 'CL', language: 'en' }, 1],
  ])('%o leaves %i trace lines: unchanged values leave none', (changes, lines) => {
    expect(rectify(buildPerson(), request(changes)).trace).toHaveLength(lines);
  });

  it('clearing a custom field removes it', () => {
    expect(rectify(buildPerson(), request({ 'custom.store': null })).contact.custom).toEqual({});
  });

  it.each([
    [buildPerson(), { email: 'no-es-un-correo' }, 'changes.email'],
    [buildPerson(), { country: 'Chile' }, 'changes.country'],
    [buildPerson(), { salutation: 'dr' }, 'changes.salutation'],
    [buildPerson(), { givenName: '  ' }, 'changes.givenName'],
    [buildPerson(), { name: 'Ana' }, 'changes.name'],
    [buildPerson(), { 'custom.Bad Name': 'x' }, 'changes.custom.Bad Name'],
    [buildCompany(), { givenName: 'Ana' }, 'changes.givenName'],
    [buildCompany(), { website: 'andes' }, 'changes.website'],
  ] as const)(
    '%#: a bad value is refused at its field and nothing changes',
    (contact, changes, path) => {
      expect(() => rectify(contact, request({ email: 'nuevo@cliente.cl', ...changes }))).toThrow(
        expect.objectContaining({ code: 'invalid_input', path }),
      );
    },
  );

  it('an anonymised contact is final: no rectification', () => {
    const gone = anonymiseContact(buildPerson(), 'ANON-7F3A2C1D');
    expect(displayName(gone)).toBe('ANON-7F3A2C1D');
    expect(() => rectify(gone, request({ givenName: 'Ana' }))).toThrow(
      expect.objectContaining({ rule: 'contact_anonymised', params: { contactId: 'contact-1' } }),
    );
  });
});
