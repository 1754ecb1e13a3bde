import { describe, expect, it } from 'vitest';
import {
  checkRegistry,
  looksPersonal,
  type PersonalDataDeclaration,
  registryCoverage,
  type SchemaColumn,
} from './personal-data.js';

const column = (table: string, name: string, references: string | null = null): SchemaColumn => ({
  table,
  column: name,
  references,
});

const registry: PersonalDataDeclaration[] = [
  {
    module: 'desk',
    tables: [
      {
        table: 'tickets',
        locate: [{ column: 'requester_id', holds: 'user' }],
        personal: [{ column: 'subject', category: 'free_text', anonymise: { kind: 'redact' } }],
        notPersonal: [{ column: 'number', reason: 'a sequence' }],
        onErasure: 'anonymise',
      },
      { table: 'sla_notices', none: 'ids, clocks and instants' },
    ],
  },
];
const schema = [
  column('tickets', 'id'),
  column('tickets', 'number'),
  column('tickets', 'requester_id', 'users'),
  column('tickets', 'subject'),
  column('sla_notices', 'ticket_id', 'tickets'),
  column('sla_notices', 'moment'),
];

describe('the registry must cover every table with personal columns', () => {
  it('a covered schema has nothing to report', () => {
    expect(registryCoverage(registry, schema)).toEqual({
      undeclaredTables: [],
      undeclaredColumns: [],
      unknown: [],
    });
  });

  it('a new table no module declared is reported, with or without personal-looking columns', () => {
    const coverage = registryCoverage(registry, [
      ...schema,
      column('campaign_sends', 'id'),
      column('webhooks', 'url'),
    ]);
    expect(coverage.undeclaredTables).toEqual(['campaign_sends', 'webhooks']);
  });

  it('a personal-looking column added to a declared table is reported until declared either way', () => {
    const grown = [
      ...schema,
      column('tickets', 'cc_email'),
      column('tickets', 'watcher', 'users'),
      column('sla_notices', 'note'),
      column('tickets', 'priority_score'),
    ];
    expect(registryCoverage(registry, grown).undeclaredColumns).toEqual([
      'sla_notices.note',
      'tickets.cc_email',
      'tickets.watcher',
    ]);
  });

  it('declared tables and columns that do not exist are reported', () => {
    const stale: PersonalDataDeclaration[] = [
      ...registry,
      { module: 'old', tables: [{ table: 'faxes', none: 'gone' }] },
    ];
    const coverage = registryCoverage(
      stale,
      schema.filter((c) => c.column !== 'subject'),
    );
    expect(coverage.unknown).toEqual(['faxes', 'tickets.subject']);
  });

  it('tables can be ignored by name (the migrator’s own bookkeeping)', () => {
    const withMigrations = [...schema, column('kysely_migration', 'name')];
    expect(
      registryCoverage(registry, withMigrations, ['kysely_migration']).undeclaredTables,
    ).toEqual([]);
  });

  it.each([
    ['email', null, true],
    ['requester_id', null, true],
    ['created_by', null, true],
    ['owner', 'users', true],
    ['ip', null, true],
    ['body', null, true],
    ['number', null, false],
    ['sla_due_at', null, false],
    ['contract_id', 'contracts', false],
    ['nickname', null, false],
  ] as const)('%s (references %s) looks personal: %s', (name, references, personal) => {
    expect(looksPersonal(column('t', name, references))).toBe(personal);
  });
});

describe('registry checks', () => {
  const fails = (declarations: PersonalDataDeclaration[], problem: RegExp) =>
    expect(() => checkRegistry(declarations)).toThrow(
      expect.objectContaining({
        rule: 'registry_conflict',
        params: expect.objectContaining({ problem: expect.stringMatching(problem) }),
      }),
    );

  it('accepts a sound registry', () => {
    expect(() => checkRegistry(registry)).not.toThrow();
  });

  it('a table declared by two modules', () => {
    fails(
      [...registry, { module: 'reports', tables: [{ table: 'tickets', none: 'x' }] }],
      /desk and reports/,
    );
  });

  it('a column declared twice', () => {
    fails(
      [
        {
          module: 'm',
          tables: [
            {
              table: 't',
              none: 'x',
              notPersonal: [
                { column: 'a', reason: '' },
                { column: 'a', reason: '' },
              ],
            },
          ],
        },
      ],
      /column a declared twice/,
    );
  });

  it('personal data no locator can find', () => {
    fails(
      [{ module: 'm', tables: [{ table: 't', locate: [], personal: [], onErasure: 'anonymise' }] }],
      /no locator/,
    );
  });

  it.each([
    ['credential', { kind: 'keep' }],
    ['reference', { kind: 'clear' }],
    ['free_text', { kind: 'pseudonym' }],
    ['attachments', { kind: 'redact' }],
  ] as const)('a %s column cannot be %o', (category, anonymise) => {
    fails(
      [
        {
          module: 'm',
          tables: [
            {
              table: 't',
              locate: [{ column: 'user_id', holds: 'user' }],
              personal: [{ column: 'c', category, anonymise }],
              onErasure: 'anonymise',
            },
          ],
        },
      ],
      new RegExp(`c: ${category} cannot be ${anonymise.kind}`),
    );
  });
});
