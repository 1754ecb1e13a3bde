/**
 * Test-data builders for contracts (`buildX(overrides)`, DESIGN.md rule 8): a seed-002 BASE
 * contract whose fields and plan parameters a test overrides.
 */
import type { Contract } from '../../src/domain/contracts/contract.js';
import { type PlanParamsInput, parsePlanParams } from '../../src/domain/plans/params.js';
import { planPresets } from '../../src/domain/plans/presets.js';

/** A seed-002 BASE contract from 2025-01-01 (10 h a month, UF 25, UF 1.10 per extra hour). */
export function buildContract(
  overrides: Partial<Omit<Contract, 'plan'>> & { plan?: Partial<PlanParamsInput> } = {},
): Contract {
  const base = planPresets.find((preset) => preset.id === 'seed002-base')?.params ?? {};
  const { plan, ...rest } = overrides;
  return {
    id: 'contract-1',
    clientId: 'client-1',
    start: '2025-01-01',
    end: null,
    amendments: [],
    ...rest,
    plan: parsePlanParams({ ...base, ...plan }),
  };
}
