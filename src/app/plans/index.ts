/** The plans module's public surface: the catalogue of plans and the seed presets. */
export type { PlanReader, PlanRepository, PlansDeps, PlansTx, StoredPlan } from './ports.js';
export { listPlans, listPresets, readPlan } from './read-plans.js';
export { savePlan } from './save-plan.js';
export { plansData } from './stored-data.js';
