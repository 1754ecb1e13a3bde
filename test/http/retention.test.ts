/** Retention rules per organisation, run by the daily job, on both engines (seed 003). */
import { beforeAll, expect, it } from 'vitest';
import { runRetentionRules } from '../../src/app/contacts/index.js';
import { jobOrigin } from '../../src/app/shared/index.js';
import { displayName } from '../../src/domain/contacts/index.js';
import { applyRetentionJob } from '../../src/jobs/apply-retention.js';
import { buildTestApp, type TestApp } from '../support/app.js';
import { demoUserByRole } from '../support/demo.js';
import { deskOn } from '../support/desk.js';
import { describeEachEngine } from '../support/engines.js';

const day = 24 * 3600_000;
const silent = { info: () => {}, error: () => {} };

describeEachEngine('retention rules', (database) => {
  let test: TestApp;
  let requesterId: string;
  let ticketId: string;
  let clientOrg: string;

  const admin = async (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object) =>
    test.app.inject({
      method,
      url,
      headers: { cookie: await test.cookieFor(demoUserByRole.provider_admin, true) },
      ...(payload ? { payload } : {}),
    });
  const contactOf = async (userId: string) =>
    (await test.store.contacts.list({ limit: 500 })).find(
      (c) => c.kind === 'person' && c.userId === userId,
    );

  beforeAll(async () => {
    test = await buildTestApp(database().handle);
    const desk = await deskOn(test);
    requesterId = desk.requesterId;
    ticketId = (await desk.open({ subject: 'Factura duplicada' })).json().id;
    for (const status of ['resolved', 'closed']) {
      const moved = await test.app.inject({
        method: 'POST',
        url: `/api/tickets/${ticketId}/status`,
        headers: desk.agent,
        payload: { status },
      });
      expect(moved.statusCode).toBe(200);
    }
    clientOrg = (await test.store.users.findById(requesterId))?.organisationId ?? '';
    // the requester left the client: she no longer signs in
    expect((await admin('PATCH', `/api/users/${requesterId}`, { active: false })).statusCode).toBe(
      200,
    );
  });

  it('a rule is set per organisation by an administrator; a bad one is refused by field', async () => {
    const bad = await admin('PUT', `/api/organisations/${clientOrg}/retention-rule`, {
      rule: { anonymiseAfterMonths: 6, timeZone: 'Mars/Olympus' },
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('timeZone');
    const set = await admin('PUT', `/api/organisations/${clientOrg}/retention-rule`, {
      rule: { anonymiseAfterMonths: 6, timeZone: 'America/Santiago' },
    });
    expect(set.statusCode).toBe(200);
    expect((await admin('GET', '/api/retention-rules')).json()).toEqual([
      { organisationId: clientOrg, anonymiseAfterMonths: 6, timeZone: 'America/Santiago' },
    ]);
  });

  const run = () =>
    runRetentionRules({
      ...test.modules.contacts,
      actor: { system: 'job' },
      origin: jobOrigin('test'),
    });

  it('a closed ticket’s contact is not due before N months in the rule’s zone', async () => {
    const contact = await contactOf(requesterId);
    test.clock.advance(180 * day); // not yet six months in Santiago
    const early = await run();
    expect(early.anonymised).toEqual([]);
    expect(early.kept).toContainEqual(
      expect.objectContaining({ contactId: contact?.id, reason: 'not_due' }),
    );
    test.clock.advance(5 * day);
  });

  it('a contact under legal hold is not anonymised by retention', async () => {
    const contact = await contactOf(requesterId);
    const ticket = await test.store.tickets.find(ticketId);
    const hold = async (target: object) => {
      const res = await admin('POST', '/api/legal-holds', {
        ...target,
        reason: 'Reclamación 2026-114',
      });
      expect(res.statusCode).toBe(201);
      return res.json().id as string;
    };
    const lift = async (id: string) =>
      expect(
        (await admin('POST', `/api/legal-holds/${id}/lift`, { reason: 'Archivada' })).statusCode,
      ).toBe(200);
    for (const target of [{ contactId: contact?.id }, { contractId: ticket?.contractId }]) {
      const holdId = await hold(target);
      const held = await run();
      expect(held.anonymised).toEqual([]);
      expect(held.kept).toContainEqual(
        expect.objectContaining({ contactId: contact?.id, reason: 'legal_hold' }),
      );
      // an erasure request is refused too, naming the hold
      const erasure = await admin('POST', `/api/contacts/${contact?.id}/anonymisation`, {
        confirm: true,
      });
      expect(erasure.statusCode).toBe(422);
      expect(erasure.json().error.rule).toBe('contacts.rule.legal_hold');
      expect(erasure.json().error.message).toContain('Reclamación 2026-114');
      await lift(holdId);
    }
    const holds = (await admin('GET', '/api/legal-holds')).json();
    expect(holds.map((h: { lifted: { reason: string } | null }) => h.lifted?.reason)).toEqual([
      'Archivada',
      'Archivada',
    ]);
    // the list names the held contact; a hold on a contract names none
    const names = holds.map((h: { contactName: string | null }) => h.contactName);
    expect(names).toHaveLength(2);
    expect(names).toEqual(expect.arrayContaining([null, contact && displayName(contact)]));
    expect(names).not.toContain(undefined);
    const audited = await test.store.audit.list({ resourceType: 'legal_holds', limit: 10 });
    expect(audited).toHaveLength(4);
  });

  it('closed tickets’ contacts are anonymised N months after the last closure, by the retention job', async () => {
    const job = applyRetentionJob({ ...test.modules.contacts, log: silent });
    await job.handler({});
    const after = await contactOf(requesterId);
    expect(after?.state).toBe('anonymised');
    const ticket = await test.store.tickets.find(ticketId);
    expect(ticket?.status).toBe('closed');
    expect(ticket?.requesterId).toBe(requesterId);
    expect((await run()).anonymised).toEqual([]); // nobody twice
    const decider = await test.store.users.findByEmail(demoUserByRole.client_decision_maker);
    expect((await contactOf(decider?.id ?? ''))?.state).toBe('active');
  });
});
