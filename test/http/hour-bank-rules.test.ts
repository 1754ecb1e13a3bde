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

  it('work awaiting approval belongs to the period it was logged in; a later statement lists it apart', async () => {
    await travelTo('2026-03-10T15:00:00Z');
    const { contractId } = await signInfinity25(test);
    const url = (path: string) => `/api/contracts/${contractId}${path}`;
    const logged = await post(
      url('/work'),
      { ticketRef: 'T-P', kind: 'evolutive', minutes: 120, firstContact: false },
      agent,
    );
    expect(logged.json().charge).toMatchObject({ minutes: 120, approvalRequired: true });
    await travelTo('2026-04-02T15:00:00Z');
    await post(url('/close-periods'), {});
    const march = (await get(url('/statement?date=2026-03-31'))).json();
    const april = (await get(url('/statement?date=2026-04-15'))).json();
    expect(march).toMatchObject({ pendingMinutes: 120, pendingFromEarlierMinutes: 0 });
    expect(april).toMatchObject({ pendingMinutes: 0, pendingFromEarlierMinutes: 120 });
  });

  it('a statement, balance or compliance report of a period that has not begun is a clear error naming the date', async () => {
    await travelTo('2026-03-10T15:00:00Z');
    const { contractId } = await signInfinity25(test, {}, 'Tienda Sol', { end: '2027-03-01' });
    const url = (path: string) => `/api/contracts/${contractId}${path}`;
    for (const path of ['/statement', '/balance', '/compliance']) {
      for (const date of ['9999-12-31', '2026-12-01', '2026-04-01', '2027-03-01']) {
        const res = await get(url(`${path}?date=${date}`));
        expect(res.statusCode, `${path} ${date}`).toBe(400);
        const [field] = res.json().error.fields;
        expect(field.path).toBe('querystring.date');
        expect(field.message).not.toMatch(/NaN/);
        expect(field.message).toMatch(date === '2027-03-01' ? /2027-03-01/ : /2026-04-01/);
      }
      // later in the current period is fine: a projection of the period under way
      expect((await get(url(`${path}?date=2026-03-31`))).statusCode).toBe(200);
    }
    // once April has begun, its reports exist
    await travelTo('2026-04-01T15:00:00Z');
    expect((await get(url('/statement?date=2026-04-01'))).statusCode).toBe(200);
  });

  describe('dates and amounts outside the contract are refused, naming the field, and nothing is written', () => {
    it('work dated after today is refused', async () => {
      await travelTo('2026-03-10T15:00:00Z');
      const { contractId } = await signInfinity25(test);
      const url = `/api/contracts/${contractId}/work`;
      const work = { ticketRef: 'T-F', kind: 'question', minutes: 30, firstContact: true };
      const before = await ledgerSize(contractId);
      for (const on of ['2026-03-11', '2027-01-01']) {
        const future = await post(url, { ...work, on }, agent);
        expect(future.statusCode).toBe(400);
        expect(future.json().error.fields[0].path).toBe('body.on');
      }
      expect((await get(`${url}?limit=500`)).json()).toHaveLength(0);
      expect(await ledgerSize(contractId)).toBe(before);
      expect((await post(url, { ...work, on: '2026-03-10' }, agent)).statusCode).toBe(201);
    });

    it('a contract starts at most a year before today', async () => {
      await travelTo('2026-03-10T15:00:00Z');
      const { planId } = await signInfinity25(test);
      const client = (await test.store.organisations.list()).find((o) => o.name === 'Tienda Sol');
      const sign = (start: string) =>
        post('/api/contracts', {
          clientId: client?.id,
          planId,
          name: 'Antiguo',
          start,
          overrides: {},
        });
      const before = (await get('/api/contracts')).json().length;
      const tooOld = await sign('2025-03-09');
      expect(tooOld.statusCode).toBe(400);
      expect(tooOld.json().error.fields[0].path).toBe('body.start');
      expect((await get('/api/contracts')).json()).toHaveLength(before);
      expect((await sign('2025-03-10')).statusCode).toBe(201);
    });

    it('growth or prepaid hours dated in a closed period are refused, not silently lost', async () => {
      await travelTo('2026-04-02T15:00:00Z');
      const { contractId } = await signInfinity25(test); // from 2026-03-01: March is closed at once
      const url = (path: string) => `/api/contracts/${contractId}${path}`;
      const amend = (payload: object) => post(url('/amendments'), payload);
      const prepaid = { kind: 'prepaid_hours', minutes: 600, price: null };
      const growth = { kind: 'temporary_growth', extraMinutesPerPeriod: 300, periods: 2 };
      const late = await amend({ ...prepaid, on: '2026-03-15' });
      expect(late.statusCode).toBe(409);
      expect(late.json().error.fields[0].path).toBe('body.on');
      const lateGrowth = await amend({ ...growth, from: '2026-03-15' });
      expect(lateGrowth.statusCode).toBe(409);
      expect(lateGrowth.json().error.fields[0].path).toBe('body.from');
      expect((await get(url(''))).json().amendments).toHaveLength(0);
      expect((await amend({ ...prepaid, on: '2026-04-10' })).statusCode).toBe(201);
      const balance = (await get(url('/balance?date=2026-04-10'))).json();
      // April's 1500, March's unused 1500 rolled over, and the 600 prepaid
      expect(balance.availableMinutes).toBe(1500 + 1500 + 600);
    });

    it('a plan or prepaid hours with a negative price or rate is refused', async () => {
      const plan = (params: object) =>
        post('/api/plans', {
          name: `Negativo ${Math.random()}`,
          presetId: 'seed002-infinity-plus',
          params,
        });
      const base = { includedMinutesPerPeriod: 600, price: { amount: '20', currency: 'CLF' } };
      const before = (await get('/api/plans')).json().length;
      const negativePrice = await plan({ ...base, price: { amount: '-20', currency: 'CLF' } });
      expect(negativePrice.statusCode).toBe(400);
      expect(negativePrice.json().error.fields[0].path).toMatch(/price\.amount$/);
      const negativeRate = await plan({
        ...base,
        overageRatePerHour: { amount: '-1.10', currency: 'CLF' },
      });
      expect(negativeRate.statusCode).toBe(400);
      expect(negativeRate.json().error.fields[0].path).toMatch(/overageRatePerHour\.amount$/);
      expect((await get('/api/plans')).json()).toHaveLength(before);
      expect((await plan({ ...base, price: { amount: '0', currency: 'CLF' } })).statusCode).toBe(
        201,
      );
      await travelTo('2026-03-10T15:00:00Z');
      const { contractId } = await signInfinity25(test);
      const prepaid = await post(`/api/contracts/${contractId}/amendments`, {
        kind: 'prepaid_hours',
        on: '2026-03-10',
        minutes: 600,
        price: { amount: '-5', currency: 'CLF' },
      });
      expect(prepaid.statusCode).toBe(400);
      expect(prepaid.json().error.fields[0].path).toBe('body.price.amount');
    });

    it('a plan, a contract or a parameter change on a calendar that does not exist is refused', async () => {
      await travelTo('2026-03-10T15:00:00Z');
      const presets = (await get('/api/plans/presets')).json();
      const infinity = presets.find((p: { id: string }) => p.id === 'seed002-infinity-25').params;
      const plan = (params: object) =>
        post('/api/plans', { name: `Sin calendario ${Math.random()}`, presetId: null, params });
      const before = (await get('/api/plans')).json().length;
      const unknown = await plan({ ...infinity, calendarId: 'calendario-inexistente' });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().error.fields[0].path).toBe('body.params.calendarId');
      const urgent = await plan({
        ...infinity,
        calendarId: '24x7',
        urgentResponse: { minutes: 30, calendarId: 'otro-inexistente' },
      });
      expect(urgent.statusCode).toBe(400);
      expect(urgent.json().error.fields[0].path).toBe('body.params.urgentResponse.calendarId');
      expect((await get('/api/plans')).json()).toHaveLength(before);
      const { contractId, planId } = await signInfinity25(test);
      const client = (await test.store.organisations.list()).find((o) => o.name === 'Tienda Sol');
      const contracts = (await get('/api/contracts')).json().length;
      const overridden = await post('/api/contracts', {
        clientId: client?.id,
        planId,
        name: 'Otro calendario',
        start: '2026-03-01',
        overrides: { calendarId: 'calendario-inexistente' },
      });
      expect(overridden.statusCode).toBe(400);
      expect(overridden.json().error.fields[0].path).toBe('body.overrides.calendarId');
      expect((await get('/api/contracts')).json()).toHaveLength(contracts);
      const change = await post(`/api/contracts/${contractId}/amendments`, {
        kind: 'parameter_change',
        from: '2026-03-10',
        changes: { calendarId: 'calendario-inexistente' },
      });
      expect(change.statusCode).toBe(400);
      expect(change.json().error.fields[0].path).toBe('body.changes.calendarId');
      expect((await get(`/api/contracts/${contractId}`)).json().amendments).toHaveLength(0);
    });
  });

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
