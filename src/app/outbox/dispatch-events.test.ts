import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fakeApp } from '../../../test/fakes/app.js';
import { defineEvent, type RecordedEvent, recordEvent } from '../shared/index.js';
import { dispatchEvents, maxAttempts } from './dispatch-events.js';
import { checkHandlers, onEvent } from './handlers.js';

const pinged = defineEvent('test.pinged', z.object({ n: z.number() }));
const ignored = defineEvent('test.ignored', z.object({}));

async function withEvents(count: number) {
  const app = fakeApp();
  await app.store.transact(async (tx) => {
    for (let n = 1; n <= count; n++) await recordEvent(tx, app.ids, app.clock.now(), pinged, { n });
    await recordEvent(tx, app.ids, app.clock.now(), ignored, {});
  });
  return app;
}

describe('dispatchEvents', () => {
  it('hands each event to its handlers once, oldest first, with the payload parsed', async () => {
    const { store, clock } = await withEvents(2);
    const seen: number[] = [];
    const handlers = [onEvent(pinged, 'count', async (payload) => void seen.push(payload.n))];
    const deps = { clock, outbox: store.outbox, handlers };
    expect(await dispatchEvents(deps)).toEqual({ dispatched: 3, retried: 0, failed: 0 });
    expect(await dispatchEvents(deps)).toEqual({ dispatched: 0, retried: 0, failed: 0 });
    expect(seen).toEqual([1, 2]);
    expect(store.tables.outbox.every((row) => row.dispatchedAt !== null)).toBe(true);
  });

  it('a failing handler is retried after a backoff; handlers that succeeded are not run again', async () => {
    const { store, clock } = await withEvents(1);
    const calls: string[] = [];
    let broken = true;
    const handlers = [
      onEvent(pinged, 'mail', async () => void calls.push('mail')),
      onEvent(pinged, 'webhook', async (_payload, event: RecordedEvent) => {
        calls.push('webhook');
        if (broken) throw new Error(`webhook down for ${event.id}`);
      }),
    ];
    const deps = { clock, outbox: store.outbox, handlers };
    expect(await dispatchEvents(deps)).toMatchObject({ dispatched: 1, retried: 1 });
    expect(await dispatchEvents(deps)).toMatchObject({ dispatched: 0, retried: 0 });
    broken = false;
    clock.advance(30_000);
    expect(await dispatchEvents(deps)).toMatchObject({ dispatched: 1, retried: 0 });
    expect(calls).toEqual(['mail', 'webhook', 'webhook']);
    expect(store.tables.deliveries.map((d) => d.handler).sort()).toEqual(['mail', 'webhook']);
  });

  it(`gives an event up after ${maxAttempts} failed attempts and leaves it marked for an operator`, async () => {
    const { store, clock } = await withEvents(1);
    const handlers = [onEvent(pinged, 'always-fails', async () => Promise.reject(new Error('no')))];
    const deps = { clock, outbox: store.outbox, handlers };
    let failed = 0;
    for (let attempt = 0; attempt < maxAttempts + 2; attempt++) {
      failed += (await dispatchEvents(deps)).failed;
      clock.advance(3600_000);
    }
    expect(failed).toBe(1);
    const row = store.tables.outbox.find((r) => r.event.type === 'test.pinged');
    expect(row).toMatchObject({ attempts: maxAttempts, lastError: 'no', dispatchedAt: null });
    expect(row?.failedAt).not.toBeNull();
  });

  it('two handlers of one event may not share a name', () => {
    const handle = async () => {};
    expect(() =>
      checkHandlers([onEvent(pinged, 'x', handle), onEvent(pinged, 'x', handle)]),
    ).toThrow(/two handlers named x/);
  });
});
