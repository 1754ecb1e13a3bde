/**
 * The client's answer clock on a delivery (seed 004 §3.3): approve or ask for changes within 16
 * business hours of delivery, counted on the contract's calendar, so a delivery at 17:00 on a
 * Friday before a Monday holiday is due on Wednesday. Explained step by step as codes with
 * parameters, like the SLA clocks (sorted by instant): "delivered at Y outside service hours,
 * counted from the opening at Z; due at X …".
 */
import { toSecond } from '../time/second.js';
import type { AgencyCalendar } from './agency-calendar.js';

/** §2.2 and §3.3: "un tiempo máximo de 16 horas hábiles". */
export const clientAnswerSeconds = 16 * 3600;

/** One step of the explanation; instants are epoch ms, durations business seconds. */
export type ApprovalStep =
  | { readonly code: 'delivered'; readonly at: number; readonly targetSeconds: number }
  | { readonly code: 'delivered_outside_hours'; readonly at: number; readonly opensAt: number }
  | { readonly code: 'due'; readonly at: number; readonly targetSeconds: number }
  | { readonly code: 'answered'; readonly at: number; readonly usedSeconds: number }
  | { readonly code: 'overdue'; readonly at: number; readonly lateSeconds: number };

/** Where the clock stands at `now` (or at the answer). */
export type ApprovalState = 'running' | 'answered_in_time' | 'answered_late' | 'overdue';

/** The client's answer clock on one delivery. */
export interface ApprovalClock {
  readonly state: ApprovalState;
  readonly due: number;
  /** Business seconds used until the answer (or `now`). */
  readonly usedSeconds: number;
  /** Business seconds past the due instant; 0 while on time. */
  readonly lateSeconds: number;
  readonly steps: readonly ApprovalStep[];
}

/** The due instant of the client's answer to a delivery at `deliveredAt`. */
export function approvalDueAt(calendar: AgencyCalendar, deliveredAt: number): number {
  return calendar.clock.add(deliveredAt, clientAnswerSeconds);
}

/**
 * The clock of a delivery answered at `answeredAt` (null: not yet), read at `now`; like the SLA
 * clocks it counts whole seconds, so every instant is truncated to its second.
 */
export function approvalClock(
  calendar: AgencyCalendar,
  deliveredAtMs: number,
  answeredAtMs: number | null,
  nowMs: number,
): ApprovalClock {
  const deliveredAt = toSecond(deliveredAtMs);
  const answeredAt = answeredAtMs === null ? null : toSecond(answeredAtMs);
  const now = toSecond(nowMs);
  const due = approvalDueAt(calendar, deliveredAt);
  const until = answeredAt ?? now;
  const usedSeconds = Math.max(0, calendar.clock.between(deliveredAt, until));
  const lateSeconds = until > due ? calendar.clock.between(due, until) : 0;
  const steps: ApprovalStep[] = [
    { code: 'delivered', at: deliveredAt, targetSeconds: clientAnswerSeconds },
  ];
  if (!calendar.clock.isOpen(deliveredAt)) {
    steps.push({
      code: 'delivered_outside_hours',
      at: deliveredAt,
      opensAt: calendar.clock.nextOpen(deliveredAt),
    });
  }
  steps.push({ code: 'due', at: due, targetSeconds: clientAnswerSeconds });
  // Late means business time past the due instant: an answer in the lunch break after a
  // 12:00 deadline is not late.
  const late = lateSeconds > 0;
  if (late) steps.push({ code: 'overdue', at: due, lateSeconds });
  if (answeredAt !== null) steps.push({ code: 'answered', at: answeredAt, usedSeconds });
  steps.sort((a, b) => a.at - b.at);
  const waiting: ApprovalState = late ? 'overdue' : 'running';
  const state = answeredAt === null ? waiting : late ? 'answered_late' : 'answered_in_time';
  return { state, due, usedSeconds, lateSeconds, steps };
}
