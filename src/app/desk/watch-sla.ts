import type { SlaClock } from '../../domain/sla/index.js';
import { projectSla } from '../../domain/sla/index.js';
import type { DeskDeps } from './act-on-ticket.js';
import type { SlaNotice } from './ports.js';
import { slaContextForTicket } from './sla-context.js';

/** Most tickets one watcher run re-examines; the rest wait for the next run. */
const batchSize = 500;

function noticesOf(clock: SlaClock | null, ticketId: string, now: Date): Omit<SlaNotice, 'id'>[] {
  if (!clock) return [];
  if (clock.state === 'breached') {
    return [
      {
        ticketId,
        clock: clock.name,
        kind: 'breached',
        moment: new Date(clock.breachedAt ?? now.getTime()),
        createdAt: now,
      },
    ];
  }
  if (clock.state === 'at_risk') {
    return [
      {
        ticketId,
        clock: clock.name,
        kind: 'at_risk',
        moment: new Date(clock.atRiskAt ?? now.getTime()),
        createdAt: now,
      },
    ];
  }
  return [];
}

/**
 * The breach watcher: re-examines tickets whose SLA may have changed state by now, stores their
 * new projection and records an at-risk (75 %) or breach (100 %) notice per clock, each at most
 * once (the store refuses a second one), so a restart neither loses nor repeats a notice.
 */
export async function watchSla(options: DeskDeps): Promise<Omit<SlaNotice, 'id'>[]> {
  const now = options.clock.now();
  const sent: Omit<SlaNotice, 'id'>[] = [];
  for (const ticketId of await options.tickets.dueForCheck(now, batchSize)) {
    const ticket = await options.tickets.find(ticketId);
    const record = ticket && (await options.contracts.find(ticket.contractId));
    if (!ticket || !record) continue;
    const context = await slaContextForTicket({ ...options, record, openedAt: ticket.openedAt });
    const result = await options.tickets.withLock(ticketId, async (session) => {
      const computed = projectSla(session.events, context.policy, context.calendars, now);
      await session.save({
        events: [],
        message: null,
        changes: {},
        projection: computed.projection,
        actorId: null,
        at: now,
      });
      return computed.result;
    });
    for (const clock of [result.firstResponse, result.resolution, result.client]) {
      for (const notice of noticesOf(clock, ticketId, now)) {
        if (await options.tickets.addNotice(notice)) sent.push(notice);
      }
    }
  }
  return sent;
}
