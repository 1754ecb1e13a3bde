import { afterAll, beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import type { JobDefinition } from '../../src/jobs/job.js';
import { type JobQueue, startJobQueue } from '../../src/jobs/queue.js';
import { describeEachEngine } from '../support/engines.js';
import { recordingLog, settledJob } from './support.js';

const echoPayload = z.object({ n: z.number().int(), note: z.string().default('none') });

describeEachEngine('the job queue', (database) => {
  let queue: JobQueue;
  const log = recordingLog();
  const received: z.output<typeof echoPayload>[] = [];
  const echo: JobDefinition<typeof echoPayload> = {
    name: 'test-echo',
    payload: echoPayload,
    handler: async (payload) => {
      received.push(payload);
    },
  };
  const broken: JobDefinition = {
    name: 'test-broken',
    payload: z.object({}),
    handler: async () => {
      throw new Error('boom');
    },
  };

  beforeAll(async () => {
    const { db } = database().handle;
    queue = await startJobQueue({ db, log, jobs: [echo, broken], pollingIntervalSeconds: 0.5 });
  });
  afterAll(() => queue?.stop());

  it('runs a sent job: the handler receives the payload as the schema parsed it', async () => {
    const job = await settledJob(queue.boss, echo.name, await queue.send(echo, { n: 1 }));
    expect(job.state).toBe('completed');
    expect(received).toEqual([{ n: 1, note: 'none' }]);
  });

  it('validates in the worker too: data sent around the schema is parsed before the handler', async () => {
    const id = await queue.boss.send(echo.name, { n: 2, note: 'raw' });
    expect((await settledJob(queue.boss, echo.name, id)).state).toBe('completed');
    expect(received.at(-1)).toEqual({ n: 2, note: 'raw' });
  });

  it('fails a job with an invalid payload at once, naming the field, without calling the handler', async () => {
    const before = received.length;
    const id = await queue.boss.send(echo.name, { n: 'three' });
    const job = await settledJob(queue.boss, echo.name, id);
    expect(job.state).toBe('failed');
    expect(job.retryCount).toBe(0);
    expect(job.output).toMatchObject({
      message: expect.stringMatching(/^invalid payload for job test-echo: payload\.n: /),
    });
    expect(received).toHaveLength(before);
    expect(log.lines).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: 'job payload is invalid; failed without retry',
      }),
    );
  });

  it('refuses to send an invalid payload: nothing is enqueued', async () => {
    const bad = { n: 1.5 };
    await expect(queue.send(echo, bad)).rejects.toMatchObject({
      code: 'invalid_input',
      path: 'payload',
    });
  });

  it('a handler that throws fails its job for a later retry, and the worker keeps working', async () => {
    const failed = await settledJob(queue.boss, broken.name, await queue.send(broken, {}));
    expect(failed.state).toBe('retry');
    expect(failed.output).toMatchObject({ message: 'boom' });
    const next = await settledJob(queue.boss, echo.name, await queue.send(echo, { n: 4 }));
    expect(next.state).toBe('completed');
    expect(received.at(-1)).toEqual({ n: 4, note: 'none' });
  });

  it('stop() waits for a running job to finish and be marked completed', async () => {
    let release = () => {};
    const started = new Promise<void>((resolve) => {
      release = resolve;
    });
    let finished = false;
    const slow: JobDefinition = {
      name: 'test-slow',
      payload: z.object({}),
      handler: async () => {
        release();
        await new Promise((resolve) => setTimeout(resolve, 300));
        finished = true;
      },
    };
    const { db } = database().handle;
    const node = await startJobQueue({ db, log, jobs: [slow], pollingIntervalSeconds: 0.5 });
    const id = await node.send(slow, {});
    await started;
    await node.stop();
    expect(finished).toBe(true);
    expect((await settledJob(node.boss, slow.name, id)).state).toBe('completed');
  });
});
