import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../support/app.js';
import { deskOn, moveClock } from '../support/desk.js';
import { describeEachEngine } from '../support/engines.js';

type Desk = Awaited<ReturnType<typeof deskOn>>;
/** Monday 2 March 2026, 09:00 in Santiago: the seed-002 test calendar (Mon–Tue 09–18) opens. */
const mondayMorning = '2026-03-02T12:00:00Z';

describeEachEngine('SLA clock rules over HTTP', (database) => {
  let test: TestApp;
  let desk: Desk;

  beforeAll(async () => {
    test = await buildTestApp(database().handle);
    test.clock.advance(Date.parse(mondayMorning) - test.clock.now().getTime());
    desk = await deskOn(test);
  });

  const at = (iso: string) => moveClock(test, iso, desk);
  const read = async (id: string) =>
    (await test.app.inject({ url: `/api/tickets/${id}`, headers: desk.agent })).json();
  const post = (id: string, path: string, payload: object, headers = desk.agent) =>
    test.app.inject({ method: 'POST', url: `/api/tickets/${id}${path}`, headers, payload });
  const stepCodes = (clock: { explanation: { code: string }[] }) =>
    clock.explanation.map((step) => step.code);

  describe('waiting on the client', () => {
    it('a status change alone does not pause the first-response clock', async () => {
      await at(mondayMorning);
      const { id } = (await desk.open({ criticality: 'high' })).json();
      await at('2026-03-02T12:10:00Z');
      const waiting = await post(id, '/status', { status: 'waiting_client' });
      expect(waiting.json().ticket.status).toBe('waiting_client');
      expect(waiting.json().sla.firstResponse.state).toBe('running');
      // the 1-business-hour target keeps running: missed at 10:00 Santiago
      await at('2026-03-02T13:30:00Z');
      const late = await read(id);
      expect(late.sla.firstResponse).toMatchObject({ state: 'breached' });
      expect(stepCodes(late.sla.firstResponse)).toContain('waiting_without_question');
      // the late question is the first response, breached, and stops the clock
      await post(id, '/replies', { body: '¿Qué versión usa?' });
      const asked = await read(id);
      expect(asked.sla.firstResponse).toMatchObject({ state: 'breached' });
      expect(stepCodes(asked.sla.firstResponse)).toContain('responded');
      await at(mondayMorning);
    });

    it('a client reply never moves the ticket to waiting on the client', async () => {
      await at(mondayMorning);
      const { id } = (await desk.open()).json();
      const before = await read(id);
      for (const setStatus of ['waiting_client', 'waiting_vendor']) {
        const res = await post(id, '/replies', { body: 'Sigo esperando.', setStatus }, desk.client);
        expect(res.statusCode).toBe(403);
        expect(res.json().error.fields[0].path).toBe('body.setStatus');
      }
      const after = await read(id);
      expect(after.ticket.status).toBe(before.ticket.status);
      expect(after.messages).toHaveLength(before.messages.length);
    });
  });

  it('the stored SLA state and the state in the answer never disagree, without waiting for the watcher', async () => {
    await at(mondayMorning);
    const own = await deskOn(test);
    const { id } = (await own.open({ criticality: 'high' })).json();
    const get = async (url: string) => (await test.app.inject({ url, headers: own.agent })).json();
    const everywhere = async () => {
      const list = async (query: string) =>
        ((await get(`/api/tickets?contractId=${own.contractId}${query}`)).tickets ?? []) as {
          id: string;
          slaState: string;
        }[];
      const detail = await get(`/api/tickets/${id}`);
      const [row] = await list('');
      const compliance = await get(`/api/contracts/${own.contractId}/compliance?date=2026-03-02`);
      return {
        listed: row?.slaState,
        detail: detail.ticket.slaState,
        clock: detail.sla.firstResponse.state,
        filtered: (await list(`&slaState=${detail.sla.firstResponse.state}`)).map((t) => t.id),
        decided: compliance.rows.reduce((sum: number, r: { total: number }) => sum + r.total, 0),
      };
    };
    // 1 business hour from 09:00 Santiago: at risk from 09:45, missed after 10:00
    const moments = [
      ['2026-03-02T12:30:00Z', 'running', 0],
      ['2026-03-02T12:50:00Z', 'at_risk', 0],
      ['2026-03-02T13:00:01Z', 'breached', 1],
    ] as const;
    for (const [moment, state, decided] of moments) {
      await moveClock(test, moment, own);
      expect(await everywhere(), moment).toEqual({
        listed: state,
        detail: state,
        clock: state,
        filtered: [id],
        decided,
      });
    }
    await at(mondayMorning);
  });
});
