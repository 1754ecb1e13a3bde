/**
 * Test-data builders for contacts (`buildX(overrides)`, DESIGN.md rule 8): a Chilean client's
 * person and company.
 */
import type { CompanyContact, PersonContact } from '../../src/domain/contacts/index.js';

/** Ana Pérez, a Spanish-speaking person of client `org-1` in Chile, with a custom field. */
export function buildPerson(overrides: Partial<PersonContact> = {}): PersonContact {
  return {
    id: 'contact-1',
    kind: 'person',
    organisationId: 'org-1',
    givenName: 'Ana',
    familyName: 'Pérez',
    salutation: 'ms',
    email: 'ana.perez@cliente.cl',
    phone: '+56 9 1234 5678',
    language: 'es',
    country: 'CL',
    jobTitle: 'Jefa de marketing',
    companyId: 'company-1',
    userId: null,
    custom: { store: 'Providencia' },
    state: 'active',
    pseudonym: null,
    ...overrides,
  };
}

/** Comercial Andes SpA, the company of client `org-1`. */
export function buildCompany(overrides: Partial<CompanyContact> = {}): CompanyContact {
  return {
    id: 'company-1',
    kind: 'company',
    organisationId: 'org-1',
    name: 'Comercial Andes SpA',
    taxId: '76.123.456-7',
    website: 'https://andes.example.cl',
    email: 'contacto@andes.example.cl',
    phone: null,
    language: 'es',
    country: 'CL',
    custom: {},
    state: 'active',
    pseudonym: null,
    ...overrides,
  };
}
