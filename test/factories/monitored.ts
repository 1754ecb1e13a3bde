/** A seeded app whose contract agreed monitoring terms from March 2026 (null: no monitoring). */
import { amendContract } from '../../src/app/contracts/index.js';
import type { MonitoringTerms } from '../../src/domain/reports/index.js';
import { seededApp } from '../fakes/app.js';
import { testOrigin } from '../support/origin.js';

/** The seeded app, its contract's id, and the terms amended in from 2026-03-01. */
export async function monitoredApp(monitoring: MonitoringTerms | null) {
  const app = await seededApp();
  const contractId = app.seeded.contract.contract.id;
  await amendContract({
    ...app.modules.contracts,
    actor: app.seeded.actors.account_manager,
    origin: testOrigin,
    contractId,
    amendment: { kind: 'parameter_change', from: '2026-03-01', changes: { monitoring } },
  });
  return { ...app, contractId };
}
