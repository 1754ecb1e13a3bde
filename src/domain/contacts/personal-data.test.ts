import { describe, expect, it } from 'vitest';
import {
  checkStoredData,
  looksPersonal,
  type SchemaColumn,
  type StoredData,
  storedDataCoverage,
} from './personal-data.js';

const column = (table: string, name: string, references: string | null = null): SchemaColumn => ({
  table,
  column: name,
  references,
});

const declarations: StoredData[] = [
  {
    table: 'tickets',
    personal: ['requester_id', 'subject'],
    subject: {
      locate: [{ column: 'requester_id', holds: 'user' }],
      erasure: { requester_id: { kind: 'keep' }, subject: { kind: 'redact' } },
    },
    notPersonal: [{ column: 'number', reason: 'a sequence' }],
  },
  { table: 'sla_notices', personal: [] },
];
const schema = [
  column('tickets', 'id'),
  column('tickets', 'number'),
  column('tickets', 'requester_id', 'users'),
  column('tickets', 'subject'),
  column('sla_notices', 'ticket_id', 'tickets'),
  column('sla_notices', 'moment'),
];

describe('the declarations must cover every table with personal columns', () => {
  it('a covered schema has nothing to report', () => {
    expect(storedDataCoverage(declarations, schema)).toEqual({
      undeclaredTables: [],
      undeclaredColumns: [],
      unknown: [],
    });
  });

  it('a new table no module declared is reported, with or without personal-looking columns', () => {
    const coverage = storedDataCoverage(declarations, [
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
    expect(storedDataCoverage(declarations, grown).undeclaredColumns).toEqual([
      'sla_notices.note',
      'tickets.cc_email',
      'tickets.watcher',
    ]);
  });

  it('declared tables and columns that do not exist are reported', () => {
    const stale: StoredData[] = [...declarations, { table: 'faxes', personal: [] }];
    const coverage = storedDataCoverage(
      stale,
      schema.filter((c) => c.column !== 'subject'),
    );
    expect(coverage.unknown).toEqual(['faxes', 'tickets.subject']);
  });

  it('tables can be ignored by name (the migrator’s own bookkeeping)', () => {
    const withMigrations = [...schema, column('kysely_migration', 'name')];
    expect(
      storedDataCoverage(declarations, withMigrations, ['kysely_migration']).undeclaredTables,
    ).toEqual([]);
  });

  it.each([
    ['email', null, true],
    ['requester_id', null, true],
    ['created_by', null, true],
    ['issued_by', null, true],
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

describe('stored-data checks', () => {
  const fails = (wrong: StoredData[], problem: RegExp) =>
    expect(() => checkStoredData(wrong)).toThrow(
      expect.objectContaining({
        rule: 'registry_conflict',
        params: expect.objectContaining({ problem: expect.stringMatching(problem) }),
      }),
    );
  const userRows = { locate: [{ column: 'user_id', holds: 'user' }] } as const;

  it('accepts sound declarations', () => {
    expect(() => checkStoredData(declarations)).not.toThrow();
  });

  it('a table declared by two modules', () => {
    fails([...declarations, { table: 'tickets', personal: [] }], /declared twice/);
  });

  it('a column declared twice', () => {
    fails(
      [{ table: 't', personal: ['a'], notPersonal: [{ column: 'a', reason: '' }] }],
      /column a declared twice/,
    );
  });

  it('personal data no locator can find', () => {
    fails([{ table: 't', personal: ['name'] }], /no locator/);
    fails(
      [{ table: 't', personal: ['name'], subject: { locate: [], erasure: 'delete' } }],
      /no locator/,
    );
  });

  it('a subject in a table without personal data', () => {
    fails([{ table: 't', personal: [], subject: { ...userRows, erasure: 'delete' } }], /without/);
  });

  it.each([
    [
      'a personal column erasure says nothing of',
      ['name', 'note'],
      { name: { kind: 'clear' } },
      /note: erasure does not say/,
    ],
    ['free text kept', ['note'], { note: { kind: 'keep' } }, /note: only a person's id/],
    [
      'a non-personal column rewritten',
      ['note'],
      { note: { kind: 'redact' }, status: { kind: 'clear' } },
      /status: not personal/,
    ],
  ] as const)('%s', (_, personal, erasure, problem) => {
    fails([{ table: 't', personal, subject: { ...userRows, erasure } }], problem);
  });

  it('a secret kept, or a secret that is not personal', () => {
    fails(
      [
        {
          table: 't',
          personal: ['user_id'],
          subject: { ...userRows, erasure: { user_id: { kind: 'keep' } }, secret: ['user_id'] },
        },
      ],
      /user_id: a secret cannot be kept/,
    );
    fails(
      [
        {
          table: 't',
          personal: ['user_id'],
          subject: { ...userRows, erasure: 'delete', secret: ['token'] },
        },
      ],
      /secret token is not a personal column/,
    );
  });

  it('personal data retained needs its reason', () => {
    fails(
      [
        {
          table: 't',
          personal: ['model'],
          subject: { ...userRows, erasure: { model: { kind: 'retain', reason: ' ' } } },
        },
      ],
      /model: retained without a reason/,
    );
  });

  it('a JSON column located by the ids in it may be kept; a set on a non-personal column is allowed', () => {
    const payload: StoredData = {
      table: 'events',
      personal: ['payload'],
      subject: {
        locate: [{ column: 'payload', holds: 'user', json: true }],
        erasure: { payload: { kind: 'keep' }, active: { kind: 'set', value: false } },
      },
    };
    expect(() => checkStoredData([payload])).not.toThrow();
  });
});
