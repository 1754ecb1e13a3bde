import { describe, expect, it } from 'vitest';
import { monitoredApp } from '../../../test/factories/monitored.js';
import { testOrigin } from '../../../test/support/origin.js';
import type { MonitoringReport } from '../../domain/reports/index.js';
import { issueReport } from './issue-report.js';
import { readIssuedReport } from './read-issued-reports.js';
import { readReport } from './read-report.js';
import { readRecommendations, setRecommendations } from './set-recommendations.js';

async function withMonitoring(monitoring: { rules: []; thresholds: [] } | null) {
  const app = await monitoredApp(monitoring);
  const { modules, seeded, contractId } = app;
  const write = (text: string, actor = seeded.actors.account_manager) =>
    setRecommendations({
      ...modules.reports,
      actor,
      origin: testOrigin,
      contractId,
      date: '2026-03-02',
      text,
    });
  const report = async () =>
    (
      await readReport({
        ...modules.reports,
        actor: seeded.actors.account_manager,
        contractId,
        kind: 'monitoring',
        date: '2026-03-02',
      })
    ).model.report as MonitoringReport;
  return { ...app, write, report };
}

describe('monitoring recommendations', () => {
  it('recommendations written before the issue show in the report and stay in the issued snapshot; a later change reaches only a re-issue', async () => {
    const { modules, seeded, contractId, write, report } = await withMonitoring({
      rules: [],
      thresholds: [],
    });
    await expect(write('  Depurar contactos sin correo.  ')).resolves.toMatchObject({
      periodStart: '2026-03-01',
      text: 'Depurar contactos sin correo.',
    });
    expect((await report()).recommendations).toBe('Depurar contactos sin correo.');
    const actor = seeded.actors.account_manager;
    const issue = () =>
      issueReport({
        ...modules.reports,
        actor,
        origin: testOrigin,
        reason: 'requested',
        contractId,
        kind: 'monitoring',
        date: '2026-03-02',
      });
    const { issued } = await issue();
    await write('Revisar el uso de la API.');
    const archived = await readIssuedReport({ ...modules.reports, actor, reportId: issued.id });
    expect((archived.model.report as MonitoringReport).recommendations).toBe(
      'Depurar contactos sin correo.',
    );
    const again = await issue();
    const reissued = await readIssuedReport({
      ...modules.reports,
      actor,
      reportId: again.issued.id,
    });
    expect((reissued.model.report as MonitoringReport).recommendations).toBe(
      'Revisar el uso de la API.',
    );
    await expect(
      readRecommendations({
        ...modules.reports,
        actor: seeded.actors.client_decision_maker,
        contractId,
        date: '2026-03-10',
      }),
    ).resolves.toEqual({
      periodStart: '2026-03-01',
      periodLastDay: '2026-03-15',
      text: 'Revisar el uso de la API.',
    });
  });

  it("only the provider's account managers write recommendations; a plan without monitoring takes none", async () => {
    const monitored = await withMonitoring({ rules: [], thresholds: [] });
    await expect(
      monitored.write('Hola', monitored.seeded.actors.client_decision_maker),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const unmonitored = await withMonitoring(null);
    await expect(unmonitored.write('Hola')).rejects.toMatchObject({
      rule: 'monitoring_not_included',
    });
    expect(unmonitored.store.tables.recommendations).toEqual([]);
  });
});
