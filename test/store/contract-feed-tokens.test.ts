/**
 * Migration 0038 moves the calendar-feed tokens from agency set-ups to contracts: a URL handed
 * out before it keeps opening the same feed after it, on both engines; undone, the tokens of
 * agency contracts stay and the others go (their contract has no agency set-up to hang from).
 */
import { Migrator } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/store/migrate.js';
import { migrations } from '../../src/store/migrations/index.js';
import { madridSpec } from '../factories/agency.js';
import { callerAs, signAgencyContract, tiendaSolPeople } from '../support/agency.js';
import { buildTestApp, type TestApp } from '../support/app.js';
import { describeEachEngine } from '../support/engines.js';

const names = Object.keys(migrations).sort();
const before = names[names.indexOf('0038_contract_feed_tokens') - 1] ?? '';

describeEachEngine('contract feed tokens (migration 0038)', (database) => {
  let test: TestApp;
  let call: ReturnType<typeof callerAs>['call'];

  beforeAll(async () => {
    test = await buildTestApp(database().handle);
    call = callerAs(test).call;
  });

  it('a feed URL issued before the migration still opens its feed after it', async () => {
    const agency = await signAgencyContract(test, madridSpec);
    const setUp = await call('account_manager', 'PUT', `/api/agency/contracts/${agency}/setup`, {
      operationStart: '2026-03-16',
      people: await tiendaSolPeople(test),
    });
    expect(setUp.statusCode, setUp.payload).toBe(200);
    const plain = await signAgencyContract(test, madridSpec, { clientName: 'Clínica Norte' });
    const issue = async (contractId: string) =>
      (
        await call('account_manager', 'POST', `/api/agency/contracts/${contractId}/feed-tokens`)
      ).json().path as string;
    const agencyPath = await issue(agency);
    const plainPath = await issue(plain);
    const open = async (path: string) => (await test.app.inject({ url: path })).statusCode;

    const migrator = new Migrator({
      db: database().handle.db,
      provider: { getMigrations: async () => migrations },
    });
    const down = await migrator.migrateTo(before);
    expect(down.error).toBeUndefined();
    expect(await migrateToLatest(database().handle.db)).toContain('0038_contract_feed_tokens');

    expect(await open(agencyPath)).toBe(200);
    // Undone, the plain contract's token had nothing to reference: it was removed.
    expect(await open(plainPath)).toBe(404);
    expect(await open(await issue(plain))).toBe(200);
  });
});
