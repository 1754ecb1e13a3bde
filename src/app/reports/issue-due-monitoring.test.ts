import { describe, expect, it } from 'vitest';
import { seededApp } from '../../../test/fakes/app.js';
import { issueDueMonitoring } from './issue-due-monitoring.js';

const day = 24 * 3600 * 1000;

describe('the biweekly monitoring schedule', () => {
  it('every 15 days each contract’s monitoring report is issued once, catching up the windows a stopped server missed', async () => {
    const { modules, store, clock } = await seededApp();
    const contracts = (await store.contracts.list()).map((r) => r.contract.id).sort();
    const scheduled = () =>
      store.tables.issuedReports
        .filter((r) => r.kind === 'monitoring')
        .map((r) => `${r.contractId} ${r.periodStart} v${r.version} ${r.reason}`)
        .sort();
    await expect(issueDueMonitoring(modules.reports)).resolves.toEqual([]); // 2 March: no window ended
    clock.advance(14 * day); // 16 March: the first window (1–15 March) has ended
    await issueDueMonitoring(modules.reports);
    await issueDueMonitoring(modules.reports); // run again: nothing twice
    expect(contracts.length).toBeGreaterThan(1);
    expect(scheduled()).toEqual(contracts.map((id) => `${id} 2026-03-01 v1 scheduled`));
    clock.advance(31 * day); // 16 April, after a stop: windows of 16 March and 31 March are due
    const issued = await issueDueMonitoring(modules.reports);
    expect(issued.map((i) => `${i.contractId} ${i.windowStart}`).sort()).toEqual(
      contracts.flatMap((id) => [`${id} 2026-03-16`, `${id} 2026-03-31`]),
    );
    expect(scheduled()).toHaveLength(3 * contracts.length);
    expect(store.tables.outbox.filter((r) => r.event.type === 'report.issued')).toHaveLength(
      3 * contracts.length,
    );
  });
});
