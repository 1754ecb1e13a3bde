/**
 * The dashboard's figures, read from the API the rest of the app uses: open tickets counted by
 * SLA state (the queue's own totals, so the numbers match what the queue lists), and per
 * contract the current period's first-response compliance and hours used against granted.
 */
import { type SlaState, slaStates } from '../../domain/sla/projection.js';
import { ticketStatuses } from '../../domain/tickets/status.js';
import { type Compliance, desk, type Statement } from '../api/desk.js';

/** The statuses of a ticket still being worked. */
const openStatuses = ticketStatuses.filter(
  (status) => status !== 'resolved' && status !== 'closed',
);

/** Open tickets in each SLA state, all of them and those assigned to the reader. */
export interface SlaCounts {
  state: SlaState;
  all: number;
  mine: number;
}

/** One contract's current period: its compliance and its hours. */
export interface ContractFigures {
  id: string;
  name: string;
  compliance: Compliance | null;
  statement: Statement | null;
}

async function countOpen(state: SlaState, mine: boolean): Promise<number> {
  const totals = await Promise.all(
    openStatuses.map((status) =>
      desk
        .tickets({ slaState: state, status, limit: 1, ...(mine ? { assignee: 'mine' } : {}) })
        .then((page) => page.total),
    ),
  );
  return totals.reduce((sum, total) => sum + total, 0);
}

/** Open tickets by SLA state, worst first. */
export function slaCounts(): Promise<SlaCounts[]> {
  return Promise.all(
    slaStates.map(async (state) => {
      const [all, mine] = await Promise.all([countOpen(state, false), countOpen(state, true)]);
      return { state, all, mine };
    }),
  );
}

/** Every contract in reach with its current period's compliance and statement. */
export async function contractFigures(): Promise<ContractFigures[]> {
  const contracts = await desk.contracts();
  return Promise.all(
    contracts.map(async (contract) => {
      const [compliance, statement] = await Promise.all([
        desk.compliance(contract.id).catch(() => null),
        desk.statement(contract.id).catch(() => null),
      ]);
      return { id: contract.id, name: contract.name, compliance, statement };
    }),
  );
}

/** First responses counted in the period and how many missed their target. */
export function responsesOf(compliance: Compliance | null): { total: number; missed: number } {
  const rows = compliance?.rows ?? [];
  const total = rows.reduce((sum, row) => sum + row.total, 0);
  const met = rows.reduce((sum, row) => sum + row.met, 0);
  return { total, missed: total - met };
}
