import type { Principal } from '../../domain/identity/policy.js';
import type { LocalDate } from '../../domain/time/index.js';
import { loadContractContext } from '../contracts/index.js';
import { gatherReport, type ReportModel, type ServedKind } from './gather-report.js';
import type { ReportsDeps } from './ports.js';

/** What a report's heading names, as of the moment it is computed or was issued. */
export interface ReportNames {
  contractName: string;
  clientName: string;
  timeZone: string;
  issuedOn: LocalDate;
}

/** A report computed on request: its model and the names its heading shows. */
export interface ComputedReport {
  model: ReportModel;
  /** The client organisation of the contract. */
  clientId: string;
  names: ReportNames;
}

/** The options every report use-case takes. */
export type ReportRequest = Pick<
  ReportsDeps,
  | 'clock'
  | 'contracts'
  | 'calendars'
  | 'ledger'
  | 'workLog'
  | 'tickets'
  | 'compliance'
  | 'users'
  | 'organisations'
  | 'metricReadings'
  | 'recommendations'
  | 'ticketEstimates'
  | 'quotes'
  | 'projects'
> & {
  actor: Principal;
  contractId: string;
  kind: ServedKind;
  /** Any day of the period (today, in the contract's zone, by default). */
  date?: LocalDate | undefined;
};

/**
 * A report of a contract for the period containing `date`, computed now from the store (not
 * archived): what the report pages and the API's `GET …/reports/<kind>` show. Provider staff
 * and the client's decision-maker, each within reach of the contract.
 */
export async function readReport(
  options: ReportRequest & { action?: 'reports.read' | 'reports.issue' },
): Promise<ComputedReport> {
  const context = await loadContractContext({
    ...options,
    action: options.action ?? 'reports.read',
  });
  const { contract } = context.record;
  const date = options.date ?? context.today;
  const model = await gatherReport(options, context, options.kind, date);
  const client = await options.organisations.findById(contract.clientId);
  return {
    model,
    clientId: contract.clientId,
    names: {
      contractName: context.record.name,
      clientName: client?.name ?? '',
      timeZone: context.timeZone,
      issuedOn: context.today,
    },
  };
}
