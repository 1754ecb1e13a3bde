import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { openTicket } from '../../src/app/desk/index.js';
import { actorFor } from '../../src/app/identity/index.js';
import { groupCommit } from '../../src/app/shared/index.js';
import { buildTestApp, type TestApp } from '../support/app.js';
import { demoUserByRole } from '../support/demo.js';
import { deskWithContract } from '../support/desk.js';
import { describeEachEngine } from '../support/engines.js';
import { testOrigin } from '../support/origin.js';

/** Tickets opened at once through the API commit in groups (src/app/shared/group-commit.ts). */
describeEachEngine('tickets opened at once', (database) => {
  let test: TestApp;
  let desk: Awaited<ReturnType<typeof deskWithContract>>;
  const count = async (table: 'tickets' | 'audit_log' | 'outbox_events') =>
    Number(
      (
        await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(
          test.database.db,
        )
      ).rows[0]?.n,
    );

  beforeAll(async () => {
    test = await buildTestApp(database().handle);
    desk = await deskWithContract(test);
  });

  it('concurrent opens get distinct consecutive numbers, each with its audit entry and event', async () => {
    const before = {
      tickets: await count('tickets'),
      audit: await count('audit_log'),
      outbox: await count('outbox_events'),
    };
    const responses = await Promise.all(
      Array.from({ length: 24 }, (_, i) => desk.open({ subject: `Pedido ${i}` })),
    );
    expect(responses.map((res) => res.statusCode)).toEqual(Array(24).fill(201));
    const numbers = responses.map((res) => Number(res.json().number)).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 24 }, (_, i) => (numbers[0] ?? 0) + i));
    expect(await count('tickets')).toBe(before.tickets + 24);
    expect(await count('audit_log')).toBe(before.audit + 24);
    expect(await count('outbox_events')).toBe(before.outbox + 24);
  });

  it('a group with one ticket the database refuses opens the others', async () => {
    const before = await count('tickets');
    const user = await test.store.users.findByEmail(demoUserByRole.client_requester);
    if (!user) throw new Error('no demo requester');
    const actor = await actorFor(test.store, user);
    const transact = groupCommit(test.modules.desk.transact, { lanes: 1 });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) =>
        openTicket({
          ...test.modules.desk,
          transact,
          actor,
          origin: testOrigin,
          input: {
            contractId: desk.contractId,
            channel: 'portal',
            classification: { kind: 'question' },
            criticality: 'high',
            subject: `Pedido ${i}`,
            // the HTTP edge refuses a NUL; here it reaches the database, whose text cannot hold it
            description: i === 5 ? 'a\u0000b' : 'Sin NUL',
          },
        }),
      ),
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual(
      Array.from({ length: 12 }, (_, i) => (i === 5 ? 'rejected' : 'fulfilled')),
    );
    expect(await count('tickets')).toBe(before + 11);
  });

  it('a ticket is acknowledged only after its commit: the answer finds it stored', async () => {
    const found = await Promise.all(
      Array.from({ length: 16 }, async () => {
        const res = await desk.open();
        return test.store.tickets.find(res.json().id);
      }),
    );
    expect(found.every((ticket) => ticket !== undefined)).toBe(true);
  });
});
