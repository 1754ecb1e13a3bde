/** Serialises contracts for the API (plan parameters and amendments in their JSON form). */
import { z } from 'zod';
import type { ContractRecord } from '../../../app/contracts/index.js';
import { amendmentSchema } from '../../../domain/contracts/index.js';
import { planParamsSchema } from '../../../domain/plans/params.js';
import type { contractView } from './schema.js';

/** Serialises a contract. */
export function presentContract(record: ContractRecord): z.infer<typeof contractView> {
  const { contract } = record;
  return {
    id: contract.id,
    name: record.name,
    clientId: contract.clientId,
    planId: record.planId,
    start: contract.start,
    end: contract.end,
    plan: z.encode(planParamsSchema, contract.plan) as Record<string, unknown>,
    amendments: contract.amendments.map((a) => {
      const json = z.encode(amendmentSchema, a);
      return json.kind === 'parameter_change'
        ? { ...json, changes: json.changes as Record<string, unknown> }
        : json;
    }),
    createdAt: record.createdAt.toISOString(),
  };
}
