/**
 * What every implementation of the store's ports must do, written once and run against
 * PostgreSQL, PGlite and the in-memory fake: rows are seeded directly through the repositories
 * (no use-case, no HTTP), each test with ids of its own so the blocks share one database.
 */
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import type { TicketFilter, TicketRecord } from '../../src/app/desk/index.js';
import type { Store } from '../../src/store/index.js';
import { buildContract } from '../factories/contracts.js';
import { buildOrganisation, buildUser } from '../factories/identity.js';

const at = new Date('2026-03-02T09:00:00.000Z');
const later = (minutes: number) => new Date(at.getTime() + minutes * 60_000);

/** A client with a user and a contract, written straight into the store. */
async function seedClient(store: Store) {
  const client = buildOrganisation({ id: randomUUID(), name: `Client ${randomUUID()}` });
  await store.organisations.create(client);
  const user = buildUser({
    id: randomUUID(),
    organisationId: client.id,
    email: `${randomUUID()}@x.example`,
  });
  await store.users.create(user);
  const contract = buildContract({ id: randomUUID(), clientId: client.id, start: '2026-03-01' });
  await store.contracts.create({ ...contract, planId: null, name: 'Contrato', at });
  return { client, user, contract };
}

function ticketOf(
  seed: Awaited<ReturnType<typeof seedClient>>,
  overrides: Partial<TicketRecord> = {},
) {
  return {
    id: randomUUID(),
    contractId: seed.contract.id,
    clientId: seed.client.id,
    requesterId: seed.user.id,
    assigneeId: null,
    subject: 'Informe',
    channel: 'portal' as const,
    classification: { kind: 'question' as const },
    criticality: 'high' as const,
    level: 'L1' as const,
    status: 'open' as const,
    outcome: null,
    escalatedAt: null,
    openedAt: at,
    updatedAt: at,
    slaState: 'running' as const,
    slaDueAt: later(60),
    slaAtRiskAt: later(45),
    nextCheckAt: later(45),
    firstResponseOutcome: null,
    firstResponseDueAt: later(60),
    clientLate: false,
    ...overrides,
  };
}

/** The tests every store passes; `store()` is the store under test. */
export function portContract(store: () => Store): void {
  it('organisations: stored with their time zone, which can be changed', async () => {
    const { client } = await seedClient(store());
    expect((await store().organisations.findById(client.id))?.timeZone).toBe('Europe/Madrid');
    await store().organisations.setTimeZone(client.id, 'America/Santiago');
    expect(await store().organisations.findById(client.id)).toEqual({
      ...client,
      timeZone: 'America/Santiago',
    });
  });

  it('users: stored with the ids and instants given, found by email in any case, unique by email', async () => {
    const { user } = await seedClient(store());
    expect(await store().users.findByEmail(user.email.toUpperCase())).toMatchObject({
      id: user.id,
      createdAt: user.createdAt,
      hasLogin: true,
    });
    const twin = buildUser({
      id: randomUUID(),
      organisationId: user.organisationId,
      email: user.email.toUpperCase(),
    });
    await expect(store().users.create(twin)).rejects.toMatchObject({
      code: 'conflict',
      path: 'email',
    });
  });

  it('contracts: amendments in the order added, requesters replaced whole, a row lock inside a transaction', async () => {
    const seed = await seedClient(store());
    const id = seed.contract.id;
    const growth = {
      id: randomUUID(),
      kind: 'temporary_growth' as const,
      from: '2026-03-01',
      extraMinutesPerPeriod: 60,
      periods: 1,
    };
    await store().contracts.addAmendment(id, growth, null, later(1));
    await store().contracts.setRequesters(id, [seed.user.id]);
    await store().contracts.setRequesters(id, [seed.user.id]);
    const locked = await store().transact((tx) => tx.contracts.lock(id));
    expect(locked?.contract.amendments).toEqual([growth]);
    expect(await store().contracts.requesters(id)).toEqual([seed.user.id]);
    expect(await store().contracts.list([seed.client.id])).toHaveLength(1);
  });

  it('ledger: ids in append order, entries of some types only, one entry per key and contract', async () => {
    const { contract } = await seedClient(store());
    const grant = {
      type: 'grant' as const,
      on: '2026-03-01',
      minutes: 600,
      source: 'allotment' as const,
      expiresOn: '2026-04-01',
      periodKey: '2026-03-01',
      amendmentId: null,
      key: 'grant:2026-03-01:allotment',
    };
    const consume = {
      type: 'consume' as const,
      on: '2026-03-02',
      minutes: 60,
      kind: 'question' as const,
      ticketId: 'T',
      needsApproval: false,
    };
    const [first, second] = await store().ledger.append(contract.id, [grant, consume], null, at);
    expect(Number(second?.id)).toBeGreaterThan(Number(first?.id));
    expect((await store().ledger.entries(contract.id, ['consume'])).map((e) => e.type)).toEqual([
      'consume',
    ]);
    await expect(store().ledger.append(contract.id, [grant], null, at)).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it("work log: a ticket's time entries and what it was charged in all", async () => {
    const { contract } = await seedClient(store());
    const work = (minutes: number, conversationRef: string | null) => ({
      id: randomUUID(),
      contractId: contract.id,
      ticketRef: 'T-1',
      conversationRef,
      kind: 'question' as const,
      on: '2026-03-02',
      workedMinutes: minutes,
      chargedMinutes: minutes * 2,
      firstContact: false,
      reasons: [],
      quoteRequired: false,
      ledgerEntryId: null,
      note: null,
      createdAt: at,
      createdBy: null,
    });
    await store().workLog.record(work(10, 'C-1'));
    await store().workLog.record(work(5, null));
    await store().workLog.record(work(0, null));
    const logged = await store().workLog.ticketWork(contract.id, 'T-1');
    expect(logged.chargedMinutes).toBe(30);
    expect(logged.entries).toHaveLength(2);
    expect(logged.entries).toEqual(
      expect.arrayContaining([
        { kind: 'question', minutes: 10, firstContact: false, conversationId: 'C-1' },
        { kind: 'question', minutes: 5, firstContact: false, conversationId: null },
      ]),
    );
  });

  it('tickets: most urgent first, text found in public messages only, a closed ticket never checked again', async () => {
    const seed = await seedClient(store());
    const calm = await store().tickets.create(ticketOf(seed, { slaState: 'met', slaDueAt: null }));
    const urgent = await store().tickets.create(ticketOf(seed, { slaState: 'breached' }));
    await store().tickets.addMessage(calm.id, {
      authorId: null,
      visibility: 'internal',
      automatic: false,
      body: 'aguja',
      attachments: [],
      createdAt: at,
    });
    await store().tickets.addMessage(urgent.id, {
      authorId: null,
      visibility: 'public',
      automatic: false,
      body: 'la Aguja',
      attachments: [],
      createdAt: at,
    });
    const filter = {
      clientIds: [seed.client.id],
      sort: 'urgency' as const,
      direction: 'asc' as const,
      now: at,
      limit: 10,
      offset: 0,
    };
    const ids = async (f: TicketFilter) => (await store().tickets.page(f)).tickets.map((t) => t.id);
    expect(await ids(filter)).toEqual([urgent.id, calm.id]);
    expect(await ids({ ...filter, text: 'aguja' })).toEqual([urgent.id]);
    expect(await store().tickets.dueForCheck(later(45), 10)).toContain(urgent.id);
    const closed = await store().tickets.update(urgent.id, {
      changes: { status: 'closed' },
      projection: {
        slaState: 'met',
        slaDueAt: null,
        slaAtRiskAt: null,
        nextCheckAt: later(90),
        firstResponseOutcome: 'met',
        firstResponseDueAt: null,
        clientLate: false,
      },
      at: later(50),
    });
    expect(closed).toMatchObject({ status: 'closed', nextCheckAt: null, updatedAt: later(50) });
    expect(Number(urgent.number)).toBeGreaterThan(Number(calm.number));
  });

  it('queue: every filter narrows, every sort pages without overlap, the total counts every match, names joined', async () => {
    const seed = await seedClient(store());
    const agent = buildUser({
      id: randomUUID(),
      organisationId: seed.client.id,
      email: `${randomUUID()}@x.example`,
      name: 'Ana Agente',
    });
    await store().users.create(agent);
    const shapes: Partial<TicketRecord>[] = [
      { criticality: 'low', level: 'L2', channel: 'phone', assigneeId: agent.id },
      { criticality: 'medium', channel: 'email', classification: { kind: 'corrective' } },
      { criticality: 'high', slaState: 'breached', escalatedAt: later(5), subject: 'zeta' },
      { criticality: 'low', slaState: 'at_risk', status: 'new', subject: 'Alfa' },
      { criticality: 'high', slaState: null, slaDueAt: null, assigneeId: agent.id },
    ];
    const made: TicketRecord[] = [];
    for (const [n, shape] of shapes.entries())
      made.push(await store().tickets.create(ticketOf(seed, { openedAt: later(n), ...shape })));
    const base = {
      clientIds: [seed.client.id],
      sort: 'number' as const,
      direction: 'asc' as const,
      now: at,
      limit: 50,
      offset: 0,
    };
    const nth = (...indexes: number[]) => indexes.map((i) => made[i]?.id);
    const ids = async (f: Partial<TicketFilter>) =>
      (await store().tickets.page({ ...base, ...f })).tickets.map((t) => t.id);
    expect(await ids({ assigneeId: agent.id })).toEqual(nth(0, 4));
    expect(await ids({ assigneeId: null })).toEqual(nth(1, 2, 3));
    expect(await ids({ criticality: 'low' })).toEqual(nth(0, 3));
    expect(await ids({ level: 'L2' })).toEqual(nth(0));
    expect(await ids({ channel: 'email' })).toEqual(nth(1));
    expect(await ids({ kind: 'corrective' })).toEqual(nth(1));
    expect(await ids({ escalated: true })).toEqual(nth(2));
    expect(await ids({ clientId: randomUUID() })).toEqual([]);
    expect(await ids({ sort: 'urgency' })).toEqual(nth(2, 3, 0, 1, 4));
    expect(await ids({ sort: 'subject', direction: 'desc' })).toEqual(nth(2, 4, 1, 0, 3));
    expect(await ids({ sort: 'assignee' })).toEqual(nth(0, 4, 1, 2, 3));
    expect(await ids({ sort: 'assignee', direction: 'desc' })).toEqual(nth(4, 0, 3, 2, 1));
    expect(await ids({ sort: 'criticality' })).toEqual(nth(2, 4, 1, 0, 3));
    for (const sort of ['urgency', 'due', 'opened', 'status'] as const) {
      const pages = [];
      for (let offset = 0; offset < 5; offset += 2) {
        const page = await store().tickets.page({ ...base, sort, limit: 2, offset });
        expect(page.total).toBe(5);
        pages.push(...page.tickets.map((t) => t.id));
      }
      expect(new Set(pages).size).toBe(5);
    }
    const first = (await store().tickets.page({ ...base, limit: 1 })).tickets[0];
    expect(first).toMatchObject({
      clientName: seed.client.name,
      contractName: 'Contrato',
      requesterName: seed.user.name,
      assigneeName: 'Ana Agente',
    });
    expect(await store().tickets.summary(made[1]?.id ?? '')).toMatchObject({ assigneeName: null });
  });

  it('ticket log and messages: who wrote each event; messages by the visibilities asked', async () => {
    const seed = await seedClient(store());
    const ticket = await store().tickets.create(ticketOf(seed));
    await store().tickets.appendEvents(
      ticket.id,
      [
        { type: 'assigned', at: at.getTime(), to: seed.user.id },
        { type: 'internal_note', at: at.getTime(), audience: 'partner' },
      ],
      seed.user.id,
    );
    expect(await store().tickets.log(ticket.id)).toEqual([
      { event: { type: 'assigned', at: at.getTime(), to: seed.user.id }, actorId: seed.user.id },
      {
        event: { type: 'internal_note', at: at.getTime(), audience: 'partner' },
        actorId: seed.user.id,
      },
    ]);
    for (const visibility of ['public', 'partner', 'internal'] as const)
      await store().tickets.addMessage(ticket.id, {
        authorId: null,
        visibility,
        automatic: false,
        body: visibility,
        attachments: [],
        createdAt: at,
      });
    const bodies = async (v: ('public' | 'partner' | 'internal')[]) =>
      (await store().tickets.messages(ticket.id, v)).map((m) => m.body);
    expect(await bodies(['public', 'partner'])).toEqual(['public', 'partner']);
    expect(await bodies(['public'])).toEqual(['public']);
    expect(await bodies([])).toEqual([]);
  });

  it('notices: one per ticket, clock and kind; compliance counts the decided tickets of the window', async () => {
    const seed = await seedClient(store());
    const met = await store().tickets.create(ticketOf(seed, { firstResponseOutcome: 'met' }));
    await store().tickets.create(ticketOf(seed, { firstResponseOutcome: 'breached' }));
    await store().tickets.create(
      ticketOf(seed, { firstResponseOutcome: 'met', openedAt: later(-60 * 24 * 40) }),
    );
    const notice = {
      ticketId: met.id,
      clock: 'first_response' as const,
      kind: 'at_risk' as const,
      moment: at,
      createdAt: at,
    };
    expect(await store().notices.add(notice)).toBe(true);
    expect(await store().notices.add(notice)).toBe(false);
    expect(
      await store().compliance.complianceCounts(seed.contract.id, later(-60), later(60), at),
    ).toEqual([{ criticality: 'high', met: 1, total: 2 }]);
  });

  it('a stored SLA state is read as of now: filters, urgency order and compliance agree without the watcher', async () => {
    const seed = await seedClient(store());
    const soon = await store().tickets.create(ticketOf(seed, { openedAt: later(-1) }));
    const calm = await store().tickets.create(
      ticketOf(seed, {
        slaDueAt: later(120),
        slaAtRiskAt: later(100),
        firstResponseDueAt: later(120),
      }),
    );
    const filter = {
      clientIds: [seed.client.id],
      sort: 'urgency' as const,
      direction: 'asc' as const,
      limit: 10,
      offset: 0,
    };
    const ids = async (now: Date, slaStates?: TicketFilter['slaStates']) =>
      (await store().tickets.page({ ...filter, now, slaStates })).tickets.map((t) => t.id);
    expect(await ids(later(30), ['running'])).toEqual([soon.id, calm.id]);
    expect(await ids(later(50), ['at_risk'])).toEqual([soon.id]);
    expect(await ids(later(61), ['breached'])).toEqual([soon.id]);
    expect(await ids(later(110), ['at_risk'])).toEqual([calm.id]);
    expect(await ids(later(110))).toEqual([soon.id, calm.id]);
    const counts = (now: Date) =>
      store().compliance.complianceCounts(seed.contract.id, later(-60), later(60), now);
    expect(await counts(later(60))).toEqual([]);
    expect(await counts(later(61))).toEqual([{ criticality: 'high', met: 0, total: 1 }]);
    const breached = await store().compliance.breachedTickets(
      seed.contract.id,
      later(-60),
      later(60),
      later(61),
      5,
    );
    expect(breached.map((t) => [t.id, t.firstResponseOutcome])).toEqual([[soon.id, 'breached']]);
  });

  it('compliance lists the breached tickets of a window, oldest first, up to a limit', async () => {
    const seed = await seedClient(store());
    const breached = (minutes: number) =>
      store().tickets.create(
        ticketOf(seed, { firstResponseOutcome: 'breached', openedAt: later(minutes) }),
      );
    const second = await breached(10);
    const first = await breached(-10);
    await breached(-120);
    await store().tickets.create(ticketOf(seed, { firstResponseOutcome: 'met' }));
    const listed = await store().compliance.breachedTickets(
      seed.contract.id,
      later(-60),
      later(60),
      at,
      5,
    );
    expect(listed.map((t) => t.id)).toEqual([first.id, second.id]);
    const one = await store().compliance.breachedTickets(
      seed.contract.id,
      later(-60),
      later(60),
      at,
      1,
    );
    expect(one.map((t) => t.id)).toEqual([first.id]);
  });

  it('issued reports: versions of one report, the archive newest first, one row per version', async () => {
    const seed = await seedClient(store());
    const issue = (version: number, kind: 'statement' | 'compliance', minutes: number) => ({
      id: randomUUID(),
      contractId: seed.contract.id,
      clientId: seed.client.id,
      kind,
      periodStart: '2026-03-01',
      periodLastDay: '2026-03-31',
      version,
      replacesId: null,
      reason: 'requested' as const,
      issuedOn: '2026-03-02',
      issuedAt: later(minutes),
      issuedBy: null,
      model: { consumedMinutes: 60, nested: [{ on: '2026-03-02' }] },
      contractName: 'Contrato',
      clientName: seed.client.name,
      timeZone: 'America/Santiago',
    });
    const v1 = issue(1, 'statement', 0);
    const v2 = { ...issue(2, 'statement', 5), replacesId: v1.id };
    const other = issue(1, 'compliance', 10);
    for (const record of [v1, v2, other]) await store().issuedReports.add(record);
    await expect(store().issuedReports.add({ ...issue(2, 'statement', 6) })).rejects.toThrow();
    expect(await store().issuedReports.find(v2.id)).toEqual(v2);
    const versions = await store().issuedReports.versions(
      seed.contract.id,
      'statement',
      '2026-03-01',
    );
    expect(versions.map((r) => [r.version, r.replacesId])).toEqual([
      [1, null],
      [2, v1.id],
    ]);
    const archive = await store().issuedReports.list(seed.contract.id);
    expect(archive.map((r) => r.id)).toEqual([other.id, v2.id, v1.id]);
    expect(archive[0]).not.toHaveProperty('model');
  });

  it('outbox: claimed events are skipped until the lease ends; deliveries recorded once; failures retried', async () => {
    const id = randomUUID();
    await store().transact((tx) =>
      tx.outbox.add({ id, type: 'test.event', payload: { n: 1 }, occurredAt: at }),
    );
    const claimed = await store().outbox.claim(later(1), 500, later(6));
    expect(claimed.find((e) => e.id === id)).toEqual({
      id,
      type: 'test.event',
      payload: { n: 1 },
      occurredAt: at,
      attempts: 0,
    });
    expect((await store().outbox.claim(later(2), 500, later(7))).map((e) => e.id)).not.toContain(
      id,
    );
    await store().outbox.markDelivered(id, 'mail', later(2));
    await store().outbox.markDelivered(id, 'mail', later(2));
    expect(await store().outbox.deliveredTo(id)).toEqual(['mail']);
    await store().outbox.markFailed(id, 'down', later(3), later(10));
    expect((await store().outbox.claim(later(9), 500, later(14))).map((e) => e.id)).not.toContain(
      id,
    );
    const retried = (await store().outbox.claim(later(10), 500, later(15))).find(
      (e) => e.id === id,
    );
    expect(retried?.attempts).toBe(1);
    await store().outbox.markDispatched(id, later(11));
    expect((await store().outbox.claim(later(30), 500, later(35))).map((e) => e.id)).not.toContain(
      id,
    );
  });

  it('transact: all or nothing, and after-commit actions run only once committed', async () => {
    const organisation = buildOrganisation({
      id: randomUUID(),
      name: `Rolled back ${randomUUID()}`,
    });
    const told: string[] = [];
    await expect(
      store().transact(async (tx) => {
        await tx.organisations.create(organisation);
        tx.afterCommit(() => told.push('rolled back'));
        throw new Error('fails after writing');
      }),
    ).rejects.toThrow('fails after writing');
    expect(await store().organisations.findById(organisation.id)).toBeUndefined();
    await store().transact(async (tx) => {
      await tx.organisations.create(organisation);
      tx.afterCommit(() => told.push('committed'));
    });
    expect(told).toEqual(['committed']);
  });

  it('audit: newest first, filtered, paged by id', async () => {
    const resourceId = randomUUID();
    const entry = {
      at,
      via: 'cli' as const,
      actorUserId: null,
      actorOrganisationId: null,
      action: 'pacta test',
      resourceType: 'tests',
      resourceId,
      outcome: null,
      ip: null,
      requestId: null,
    };
    await store().transact(async (tx) => {
      await tx.audit.append(entry);
      await tx.audit.append({ ...entry, at: later(1) });
    });
    const [newest, oldest] = await store().audit.list({ resourceId, limit: 10 });
    expect(newest?.at).toEqual(later(1));
    expect(await store().audit.list({ resourceId, limit: 10, before: newest?.id })).toEqual([
      oldest,
    ]);
    expect(await store().audit.list({ resourceId, limit: 10, from: later(1) })).toHaveLength(1);
  });
}
