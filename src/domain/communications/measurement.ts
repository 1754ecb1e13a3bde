/**
 * Campaign measurement (seed 003: "Dashboard Medición", "medir todas las acciones realizadas
 * dentro de una campaña"): counters from delivery events, each event counted once however often
 * it is reported (webhooks and tracking pixels repeat), per message:
 * - `sent` when the message left; `delivered` when accepted by the recipient's server;
 * - `bounced` when its last delivery report is a bounce (a soft bounce followed by a delivery
 *   counts as delivered), `hardBounced` among them (the address is then suppressed);
 * - `opened` and `clicked` count messages (unique), `opens` and `clicks` every distinct event;
 *   a click counts as an open too (images are often blocked);
 * - `unsubscribed` and `complained` once per message.
 * Events for messages the campaign never sent are ignored and listed.
 */
import { type Rate, rateOf } from '../rate.js';

/** What can happen to a sent message. */
export const deliveryEventKinds = [
  'sent',
  'delivered',
  'bounced',
  'opened',
  'clicked',
  'unsubscribed',
  'complained',
] as const;
/** One of {@link deliveryEventKinds}. */
export type DeliveryEventKind = (typeof deliveryEventKinds)[number];

/** One report about one message. */
export interface DeliveryEvent {
  /** The reporter's id for the event (a webhook id, a pixel hit id); repeats are the same event. */
  readonly id: string;
  readonly messageId: string;
  readonly kind: DeliveryEventKind;
  readonly at: number;
  /** For bounces. */
  readonly bounce?: 'hard' | 'soft';
}

/** The dashboard's counters. */
export interface CampaignCounters {
  readonly sent: number;
  readonly delivered: number;
  readonly bounced: number;
  readonly hardBounced: number;
  readonly opened: number;
  readonly opens: number;
  readonly clicked: number;
  readonly clicks: number;
  readonly unsubscribed: number;
  readonly complained: number;
}

/** Counters, their rates, and what was ignored. */
export interface CampaignMeasurement {
  readonly counters: CampaignCounters;
  readonly rates: {
    readonly delivery: Rate | null;
    readonly bounce: Rate | null;
    readonly open: Rate | null;
    readonly click: Rate | null;
    readonly clickToOpen: Rate | null;
    readonly unsubscribe: Rate | null;
  };
  /** Event ids about messages the campaign did not send. */
  readonly ignored: readonly string[];
}

interface MessageState {
  sent: boolean;
  lastDelivery: { at: number; kind: 'delivered' | 'bounced'; hard: boolean } | null;
  opened: boolean;
  clicked: boolean;
  unsubscribed: boolean;
  complained: boolean;
}

/** Measures a campaign from its sent message ids and the events reported (any order). */
export function measureCampaign(
  messageIds: ReadonlySet<string>,
  events: readonly DeliveryEvent[],
): CampaignMeasurement {
  const seen = new Set<string>();
  const ignored: string[] = [];
  const messages = new Map<string, MessageState>();
  let opens = 0;
  let clicks = 0;
  for (const event of events) {
    if (seen.has(event.id)) continue;
    seen.add(event.id);
    if (!messageIds.has(event.messageId)) {
      ignored.push(event.id);
      continue;
    }
    const state = messages.get(event.messageId) ?? {
      sent: false,
      lastDelivery: null,
      opened: false,
      clicked: false,
      unsubscribed: false,
      complained: false,
    };
    messages.set(event.messageId, state);
    if (event.kind === 'delivered' || event.kind === 'bounced') {
      if (state.lastDelivery === null || event.at >= state.lastDelivery.at) {
        state.lastDelivery = { at: event.at, kind: event.kind, hard: event.bounce === 'hard' };
      }
    }
    if (event.kind === 'sent') state.sent = true;
    if (event.kind === 'opened') opens += 1;
    if (event.kind === 'clicked') clicks += 1;
    state.opened ||= event.kind === 'opened' || event.kind === 'clicked';
    state.clicked ||= event.kind === 'clicked';
    state.unsubscribed ||= event.kind === 'unsubscribed';
    state.complained ||= event.kind === 'complained';
  }
  const all = [...messages.values()];
  const count = (test: (state: MessageState) => boolean) => all.filter(test).length;
  const counters: CampaignCounters = {
    sent: count((s) => s.sent),
    delivered: count((s) => s.lastDelivery?.kind === 'delivered'),
    bounced: count((s) => s.lastDelivery?.kind === 'bounced'),
    hardBounced: count((s) => s.lastDelivery?.kind === 'bounced' && s.lastDelivery.hard),
    opened: count((s) => s.opened),
    opens,
    clicked: count((s) => s.clicked),
    clicks,
    unsubscribed: count((s) => s.unsubscribed),
    complained: count((s) => s.complained),
  };
  return {
    counters,
    rates: {
      delivery: rateOf(counters.delivered, counters.sent),
      bounce: rateOf(counters.bounced, counters.sent),
      open: rateOf(counters.opened, counters.delivered),
      click: rateOf(counters.clicked, counters.delivered),
      clickToOpen: rateOf(counters.clicked, counters.opened),
      unsubscribe: rateOf(counters.unsubscribed, counters.delivered),
    },
    ignored,
  };
}
