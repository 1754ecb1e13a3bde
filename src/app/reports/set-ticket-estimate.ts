/**
 * The estimate an agent attaches to a ticket's planned work (issue 14, monthly planning): minutes,
 * planned for a period of the contract's calendar. The planning report of that period forecasts
 * its consumption from the estimates of its open tickets. Only the provider's staff plan work.
 */
import { type Period, periodByIndex, periodOf, scheduleOf } from '../../domain/contracts/index.js';
import type { Principal } from '../../domain/identity/policy.js';
import {
  checkEstimateMinutes,
  isPlannable,
  plannedPeriod,
  reportError,
} from '../../domain/reports/index.js';
import type { LocalDate } from '../../domain/time/index.js';
import { type ContractContext, loadContractContext } from '../contracts/index.js';
import type { TicketRecord } from '../desk/index.js';
import { authorise, authorOf, inReach, type Origin, recordChange } from '../shared/index.js';
import type { ReportsDeps, ReportsTx } from './ports.js';

/** A period's first and last day. */
export interface PeriodSpan {
  start: LocalDate;
  lastDay: LocalDate;
}

/** A ticket's estimate, with the periods it may be planned for. */
export interface TicketEstimateView {
  ticketId: string;
  estimate: (PeriodSpan & { minutes: number }) | null;
  /** Today's period and the two after it, for the planning form. */
  periods: PeriodSpan[];
}

type Asking = Pick<
  ReportsDeps,
  'clock' | 'contracts' | 'calendars' | 'tickets' | 'ticketEstimates'
> & {
  actor: Principal;
  ticketId: string;
};

/** Periods offered beside today's for planning. */
const periodsAhead = 2;

const spanOf = (period: Period): PeriodSpan => ({ start: period.start, lastDay: period.lastDay });

/** The ticket and its contract, both in the actor's reach for planning. */
async function plannedTicket(
  options: Asking,
): Promise<{ ticket: TicketRecord; context: ContractContext }> {
  authorise(options.actor, 'tickets.plan');
  const ticket = inReach(
    options.actor,
    'tickets.plan',
    await options.tickets.find(options.ticketId),
    (t) => ({ organisationId: t.clientId }),
    'ticket',
  );
  const context = await loadContractContext({
    ...options,
    action: 'tickets.plan',
    contractId: ticket.contractId,
  });
  return { ticket, context };
}

async function viewOf(
  options: Asking,
  ticket: TicketRecord,
  context: ContractContext,
): Promise<TicketEstimateView> {
  const schedule = scheduleOf(context.record.contract);
  const today = periodOf(schedule, context.today);
  const stored = await options.ticketEstimates.find(ticket.id);
  return {
    ticketId: ticket.id,
    estimate: stored
      ? { ...spanOf(periodOf(schedule, stored.plannedFor)), minutes: stored.minutes }
      : null,
    periods: Array.from({ length: periodsAhead + 1 }, (_, i) =>
      spanOf(periodByIndex(schedule, today.index + i)),
    ),
  };
}

/** Writes an estimate change and, when `write` changed something, its audit entry; answers the new view. */
async function changeEstimate(
  options: Asking & Pick<ReportsDeps, 'transact'> & { origin: Origin },
  ticket: TicketRecord,
  context: ContractContext,
  write: (tx: ReportsTx, at: Date) => Promise<boolean>,
): Promise<TicketEstimateView> {
  await options.transact(async (tx) => {
    const at = options.clock.now();
    if (!(await write(tx, at))) return;
    await recordChange(tx, {
      ...options,
      at,
      resourceType: 'ticket_estimates',
      resourceId: ticket.id,
    });
  });
  return viewOf(options, ticket, context);
}

/** A ticket's estimate (null when none), for the provider's staff. */
export async function readTicketEstimate(options: Asking): Promise<TicketEstimateView> {
  const { ticket, context } = await plannedTicket(options);
  return viewOf(options, ticket, context);
}

/**
 * Sets a ticket's estimate, replacing any before it: whole minutes from 1 to 100 days, planned
 * for the period holding `period` (today's by default), which must be neither closed in the
 * ledger nor over; the ticket must still be open.
 */
export async function setTicketEstimate(
  options: Asking &
    Pick<ReportsDeps, 'ledger' | 'transact'> & {
      origin: Origin;
      minutes: number;
      period?: LocalDate | undefined;
    },
): Promise<TicketEstimateView> {
  const { ticket, context } = await plannedTicket(options);
  checkEstimateMinutes(options.minutes, 'minutes');
  if (!isPlannable(ticket.status))
    throw reportError(
      'ticket_not_planned',
      { ticket: ticket.number },
      `ticket ${ticket.number} is ${ticket.status}: only open work can be planned`,
    );
  const { contract } = context.record;
  const entries = await options.ledger.entries(contract.id);
  const period = plannedPeriod(contract, entries, options.period ?? context.today, context.today);
  return changeEstimate(options, ticket, context, async (tx, at) => {
    await tx.ticketEstimates.set(
      {
        ticketId: ticket.id,
        contractId: contract.id,
        plannedFor: period.start,
        minutes: options.minutes,
      },
      authorOf(options.actor),
      at,
    );
    return true;
  });
}

/** Removes a ticket's estimate (nothing to remove is not an error): its work is no longer planned. */
export async function clearTicketEstimate(
  options: Asking & Pick<ReportsDeps, 'transact'> & { origin: Origin },
): Promise<TicketEstimateView> {
  const { ticket, context } = await plannedTicket(options);
  return changeEstimate(options, ticket, context, (tx) => tx.ticketEstimates.clear(ticket.id));
}
