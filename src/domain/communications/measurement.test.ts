import { describe, expect, it } from 'vitest';
import { type DeliveryEvent, measureCampaign } from './measurement.js';

let n = 0;
const event = (
  messageId: string,
  kind: DeliveryEvent['kind'],
  at: number,
  extra: Partial<DeliveryEvent> = {},
): DeliveryEvent => {
  n += 1;
  return { id: `ev${n}`, messageId, kind, at, ...extra };
};
const messages = new Set(['m1', 'm2', 'm3', 'm4']);

describe('campaign measurement counts each event once', () => {
  const events = [
    ...['m1', 'm2', 'm3', 'm4'].map((m) => event(m, 'sent', 0)),
    event('m1', 'delivered', 1),
    event('m2', 'bounced', 1, { bounce: 'soft' }),
    event('m2', 'delivered', 5), // retried and delivered
    event('m3', 'bounced', 1, { bounce: 'hard' }),
    event('m4', 'delivered', 1),
    event('m1', 'opened', 2),
    event('m1', 'opened', 3),
    event('m1', 'clicked', 4),
    event('m4', 'clicked', 6), // a click without an open (images blocked) is an open too
    event('m4', 'unsubscribed', 7),
    event('ghost', 'opened', 3),
  ];

  it('counters per message and in total, with rates', () => {
    const measured = measureCampaign(messages, events);
    expect(measured.counters).toEqual({
      sent: 4,
      delivered: 3,
      bounced: 1,
      hardBounced: 1,
      opened: 2,
      opens: 2,
      clicked: 2,
      clicks: 2,
      unsubscribed: 1,
      complained: 0,
    });
    expect(measured.rates.delivery).toEqual({ numerator: 3, denominator: 4, percent: 75 });
    expect(measured.rates.open).toEqual({ numerator: 2, denominator: 3, percent: 66.7 });
    expect(measured.rates.clickToOpen?.percent).toBe(100);
    expect(measured.ignored).toEqual([events.at(-1)?.id]);
  });

  it('a repeated report (same event id), in any order, changes nothing', () => {
    const once = measureCampaign(messages, events);
    const twice = measureCampaign(messages, [...events, ...events].reverse());
    expect(twice.counters).toEqual(once.counters);
  });

  it('distinct events of one kind count in totals, not in unique counts', () => {
    const more = [...events, event('m1', 'opened', 9), event('m1', 'clicked', 9)];
    expect(measureCampaign(messages, more).counters).toMatchObject({
      opened: 2,
      opens: 3,
      clicked: 2,
      clicks: 3,
    });
  });

  it('the last delivery report decides between delivered and bounced', () => {
    const late = [event('m1', 'delivered', 1), event('m1', 'bounced', 8, { bounce: 'hard' })];
    expect(measureCampaign(messages, late).counters).toMatchObject({
      delivered: 0,
      bounced: 1,
      hardBounced: 1,
    });
    expect(measureCampaign(new Set(), []).rates.open).toBeNull();
  });
});
