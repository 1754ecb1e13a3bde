import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../support/app.js';
import { demoUserByRole } from '../support/demo.js';
import { describeEachEngine } from '../support/engines.js';
import { signInfinity25 } from '../support/hour-bank.js';

describeEachEngine('hour-bank rules over HTTP', (database) => {
  let test: TestApp;
  let admin: { cookie: string };
  let agent: { cookie: string };

  beforeAll(async () => {
    test = await buildTestApp(database().handle);
    admin = { cookie: await test.cookieFor(demoUserByRole.provider_admin) };
    agent = { cookie: await test.cookieFor(demoUserByRole.agent) };
  });

  /** Moves the test clock to an instant and signs in again (sessions last 12 h). */
  const travelTo = async (iso: string) => {
    test.clock.advance(Date.parse(iso) - test.clock.now().getTime());
    admin = { cookie: await test.cookieFor(demoUserByRole.provider_admin, true) };
    agent = { cookie: await test.cookieFor(demoUserByRole.agent, true) };
  };
  const post = (url: string, payload: object, headers = admin) =>
    test.app.inject({ method: 'POST', url, headers, payload });
  const get = (url: string, headers = admin) => test.app.inject({ url, headers });
  const ledgerSize = async (contractId: string) =>
    (await get(`/api/contracts/${contractId}/entries?limit=500`)).json().length;

  describe('a negative adjustment is never overage', () => {
    it('removes at most what the bank holds; overage is only consumption past it', async () => {
      await travelTo('2026-03-02T15:00:00Z');
      const { contractId } = await signInfinity25(test);
      const url = (path: string) => `/api/contracts/${contractId}${path}`;
      const removal = (minutes: number) =>
        post(url('/adjustments'), { minutes, reason: 'horas mal cargadas' });
      expect((await removal(-1400)).statusCode).toBe(201);
      const before = await ledgerSize(contractId);
      const tooMuch = await removal(-200);
      expect(tooMuch.statusCode).toBe(409);
      expect(tooMuch.json().error.fields[0].path).toBe('body.minutes');
      expect(await ledgerSize(contractId)).toBe(before);
      const work = await post(
        url('/work'),
        { ticketRef: 'T-A', kind: 'question', minutes: 300, firstContact: true },
        agent,
      );
      expect(work.json().charge.minutes).toBe(300);
      await travelTo('2026-04-02T15:00:00Z');
      await post(url('/close-periods'), {});
      const march = (await get(url('/statement?date=2026-03-31'))).json();
      // 1500 granted − 1400 removed = 100 held; 300 consumed → 200 past the bank, at UF 1.10 an hour
      expect(march).toMatchObject({ closed: true, adjustedMinutes: -1400 });
      expect(march.overage).toMatchObject({
        minutes: 200,
        amount: { amount: '3.6667', currency: 'CLF' },
      });
    });
  });
});
