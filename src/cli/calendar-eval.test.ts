import { PassThrough, Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCalendarEval } from './calendar-eval.js';

const calendar = { timeZone: 'UTC', week: { mon: [['09:00', '17:00']] } };
const line = (id: number) =>
  JSON.stringify({ id, calendar, op: 'add', at: '2026-03-02T09:00:00Z', seconds: id });

async function evaluate(text: string): Promise<string[]> {
  const sink = collect();
  await runCalendarEval(Readable.from([text]), sink);
  return sink.text.split('\n').slice(0, -1);
}

type Sink = Writable & { text: string; maxQueued: number };

/** A writable that keeps what it gets and the most bytes ever queued in front of it. */
function collect(delayMs = 0, highWaterMark = 16_384): Sink {
  const sink = new Writable({
    highWaterMark,
    write(chunk: Buffer, _encoding, done) {
      sink.text += chunk.toString();
      sink.maxQueued = Math.max(sink.maxQueued, sink.writableLength);
      setTimeout(done, delayMs);
    },
  }) as Sink;
  sink.text = '';
  sink.maxQueued = 0;
  return sink;
}

describe('runCalendarEval: JSON lines in, one JSON line out per input line', () => {
  it('answers each line in order', async () => {
    const out = await evaluate(`${line(1)}\n${line(2)}\n`);
    expect(out).toEqual([
      '{"id":1,"at":"2026-03-02T09:00:01Z"}',
      '{"id":2,"at":"2026-03-02T09:00:02Z"}',
    ]);
  });

  it('a malformed line yields invalid_input with id null, and the run goes on', async () => {
    const out = await evaluate(`{"id": 1,\n\n${line(3)}`);
    expect(out).toHaveLength(3);
    expect(JSON.parse(out[0] ?? '')).toMatchObject({
      id: null,
      error: { code: 'invalid_input', path: null },
    });
    expect(JSON.parse(out[1] ?? '')).toMatchObject({ id: null, error: { code: 'invalid_input' } });
    expect(out[2]).toBe('{"id":3,"at":"2026-03-02T09:00:03Z"}');
  });

  it('handles CRLF input', async () => {
    expect(await evaluate(`${line(1)}\r\n${line(2)}\r\n`)).toHaveLength(2);
  });

  it('respects backpressure of a slow output and loses nothing', async () => {
    const input = new PassThrough();
    const sink = collect(1, 1024);
    const done = runCalendarEval(input, sink);
    const count = 20_000; // about 800 kB of output, written in 64 kB batches
    for (let i = 0; i < count; i++) input.write(`${line(i)}\n`);
    input.end();
    await done;
    const out = sink.text.split('\n').slice(0, -1);
    expect(out).toHaveLength(count);
    expect(out.map((l) => (JSON.parse(l) as { id: number }).id)).toEqual([...Array(count).keys()]);
    expect(sink.maxQueued).toBeGreaterThan(0);
    expect(sink.maxQueued).toBeLessThanOrEqual(2 * 64 * 1024);
  });
});
