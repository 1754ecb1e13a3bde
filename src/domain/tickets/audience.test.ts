import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import type { OrganisationKind } from '../identity/roles.js';
import {
  type MessageVisibility,
  messageVisibilities,
  noteAudienceOf,
  seesMessage,
  visibleMessages,
} from './audience.js';
import { assertEscalatable } from './escalation.js';

// Rows: the reader; columns: public, partner, internal.
const matrix: Record<OrganisationKind, string> = {
  provider: 'y y y',
  partner: 'y y .',
  client: 'y . .',
};

const cells = (Object.keys(matrix) as OrganisationKind[]).flatMap((reader) =>
  matrix[reader].split(' ').map((cell, i) => ({
    reader,
    visibility: messageVisibilities[i] as MessageVisibility,
    sees: cell === 'y',
  })),
);

describe('the visibility matrix of ticket messages (seed 001, cliente indirecto)', () => {
  it.each(cells)('a $reader reader of a $visibility message: sees $sees', (cell) => {
    expect(seesMessage(cell.reader, cell.visibility)).toBe(cell.sees);
    expect(visibleMessages(cell.reader).includes(cell.visibility)).toBe(cell.sees);
  });

  it('partners never see the provider’s internal notes, clients see no note at all', () => {
    expect(visibleMessages('partner')).not.toContain('internal');
    expect(visibleMessages('client')).toEqual(['public']);
  });
});

describe('the audience of a new note', () => {
  const managed = { partnerId: 'partner-1' };
  const direct = { partnerId: null };
  it.each([
    ['partner', undefined, managed, 'partner'],
    ['partner', 'partner', managed, 'partner'],
    ['provider', undefined, managed, 'internal'],
    ['provider', 'internal', direct, 'internal'],
    ['provider', 'partner', managed, 'partner'],
  ] as const)('%s asking %s on %o writes a %s note', (author, requested, client, expected) => {
    expect(noteAudienceOf(author, requested, client)).toBe(expected);
  });

  it.each([
    ['a partner’s notes are always shared with the provider', 'partner', 'internal', managed],
    [
      'a provider note cannot be shared when no partner manages the client',
      'provider',
      'partner',
      direct,
    ],
  ] as const)('%s', (_rule, author, requested, client) => {
    const attempt = () => noteAudienceOf(author, requested, client);
    expect(attempt).toThrow(DomainError);
    expect(attempt).toThrow(expect.objectContaining({ code: 'invalid_input', path: 'audience' }));
  });
});

describe('escalating to the provider', () => {
  it.each([
    ['new', null, true],
    ['open', null, true],
    ['waiting_client', null, true],
    ['waiting_vendor', null, true],
    ['resolved', null, false],
    ['closed', null, false],
    ['open', new Date(0), false],
  ] as const)('a %s ticket escalated at %s can be escalated: %s', (status, escalatedAt, ok) => {
    const attempt = () => assertEscalatable({ status, escalatedAt });
    if (ok) expect(attempt).not.toThrow();
    else expect(attempt).toThrow(expect.objectContaining({ code: 'rule_violation' }));
  });
});
