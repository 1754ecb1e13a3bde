import { type ContractsDeps, closeDuePeriods } from '../app/contracts/index.js';
import { commandLineOrigin } from '../app/shared/index.js';
import { invalidInput } from '../domain/errors.js';

/** Runs `pacta close-period`, writing one line per contract with the periods it closed. */
export async function runClosePeriodCommand(
  values: Record<string, string | boolean | undefined>,
  deps: ContractsDeps,
  write: (line: string) => void,
): Promise<void> {
  const only = values.contract;
  const all = await deps.contracts.list();
  const records = typeof only === 'string' ? all.filter((r) => r.contract.id === only.trim()) : all;
  if (typeof only === 'string' && records.length === 0)
    throw invalidInput('--contract', `no contract with id ${only}`);
  const closed = await closeDuePeriods({
    ...deps,
    actor: { system: 'cli' },
    origin: commandLineOrigin('close-period'),
    contractIds: records.map((record) => record.contract.id),
  });
  const byContract = new Map(closed.map((result) => [result.contractId, result.periods]));
  for (const record of records) {
    const periods = byContract.get(record.contract.id) ?? [];
    const outcome =
      periods.length === 0
        ? 'nothing to close'
        : `closed the period${periods.length > 1 ? 's' : ''} starting ${periods.join(', ')}`;
    write(`${record.name} (${record.contract.id}): ${outcome}`);
  }
  if (records.length === 0) write('no contracts: nothing to close');
}
