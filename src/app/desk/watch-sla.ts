import type { SystemActor } from '../../domain/identity/policy.js';
import { projectSla, type SlaClock } from '../../domain/sla/index.js';
import { contractContextOf } from '../contracts/index.js';
import { jobOrigin, recordChange, recordEvent } from '../shared/index.js';
import { slaAtRisk, slaBreached } from './events.js';
import type { DeskDeps, DeskTx, SlaNotice } from './ports.js';

/** Most tickets one watcher run re-examines; the rest wait for the next run. */
const batchSize = 500;

const watcher: SystemActor = { system: 'job' };
const origin = jobOrigin('watch-sla');

function noticesOf(clock: SlaClock | null, ticketId: string, now: Date): Omit<SlaNotice, 'id'>[] {
  if (!clock || (clock.state !== 'breached' && clock.state !== 'at_risk')) return [];
  const moment = clock.state === 'breached' ? clock.breachedAt : clock.atRiskAt;
  return [
    {
      ticketId,
      clock: clock.name,
      kind: clock.state,
      moment: new Date(moment ?? now.getTime()),
      createdAt: now,
    },
  ];
}

async function recordNotice(
  tx: DeskTx,
  options: Pick<DeskDeps, 'ids'>,
  notice: Omit<SlaNotice, 'id'>,
): Promise<boolean> {
  if (!(await tx.notices.add(notice))) return false;
  const at = notice.createdAt;
  await recordChange(tx, {
    origin,
    actor: watcher,
    at,
    resourceType: 'tickets',
    resourceId: notice.ticketId,
  });
  const payload = {
    ticketId: notice.ticketId,
    clock: notice.clock,
    moment: notice.moment.toISOString(),
  };
  await recordEvent(
    tx,
    options.ids,
    at,
    notice.kind === 'breached' ? slaBreached : slaAtRisk,
    payload,
  );
  return true;
}

/**
 * The breach watcher: re-examines tickets whose SLA may have changed state by now, stores their
 * new projection and records an at-risk (75 %) or breach (100 %) notice per clock, each at most
 * once (the store refuses a second one), with its audit entry and event in the same
 * transaction, so a restart neither loses nor repeats a notice.
 */
export async function watchSla(
  options: Pick<DeskDeps, 'clock' | 'ids' | 'contracts' | 'calendars' | 'tickets' | 'transact'>,
): Promise<Omit<SlaNotice, 'id'>[]> {
  const now = options.clock.now();
  const sent: Omit<SlaNotice, 'id'>[] = [];
  for (const ticketId of await options.tickets.dueForCheck(now, batchSize)) {
    const ticket = await options.tickets.find(ticketId);
    const record = ticket && (await options.contracts.find(ticket.contractId));
    if (!ticket || !record) continue;
    const context = await contractContextOf({ ...options, record });
    const sla = context.slaOfTicket(ticket.openedAt);
    const recorded = await options.transact(async (tx) => {
      await tx.tickets.lock(ticketId);
      const events = await tx.tickets.events(ticketId);
      const computed = projectSla(events, sla.policy, sla.calendars, now);
      await tx.tickets.update(ticketId, { changes: {}, projection: computed.projection, at: now });
      const { firstResponse, resolution, client } = computed.result;
      const notices = [firstResponse, resolution, client].flatMap((clock) =>
        noticesOf(clock, ticketId, now),
      );
      const added: Omit<SlaNotice, 'id'>[] = [];
      for (const notice of notices) if (await recordNotice(tx, options, notice)) added.push(notice);
      return added;
    });
    sent.push(...recorded);
  }
  return sent;
}
