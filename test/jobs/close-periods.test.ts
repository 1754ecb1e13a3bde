import { afterAll, beforeAll, expect, it } from 'vitest';
import { runClosePeriodCommand } from '../../src/cli/close-period-command.js';
import { parseCommandLine } from '../../src/cli/command-line.js';
import { closePeriodCommandSpec } from '../../src/cli/commands.js';
import { closePeriodsJob } from '../../src/jobs/close-periods.js';
import { type JobQueue, startJobQueue } from '../../src/jobs/queue.js';
import { buildTestApp, type TestApp } from '../support/app.js';
import { demoUserByRole } from '../support/demo.js';
import { describeEachEngine } from '../support/engines.js';
import { signInfinity25 } from '../support/hour-bank.js';
import { recordingLog, settledJob } from './support.js';

const month = 31 * 24 * 3600 * 1000;

describeEachEngine('closing hour-bank periods in the background', (database) => {
  let test: TestApp;
  let contractId: string;
  let queue: JobQueue | undefined;
  const log = recordingLog();
  const closedPeriods = async (id = contractId) =>
    (await test.store.ledger.entries(id)).flatMap((e) =>
      e.type === 'overage' ? [e.periodKey] : [],
    );
  const job = () => closePeriodsJob({ ...test.modules.contracts, log });
  const command = async (argv: string[]) => {
    const parsed = parseCommandLine(['close-period', ...argv], [closePeriodCommandSpec]);
    if (parsed.kind !== 'command') throw new Error(`not a command: ${JSON.stringify(parsed)}`);
    const lines: string[] = [];
    await runClosePeriodCommand(parsed.values, test.modules.contracts, (line) => lines.push(line));
    return lines;
  };

  beforeAll(async () => {
    test = await buildTestApp(database().handle);
    ({ contractId } = await signInfinity25(test));
  });
  afterAll(() => queue?.stop());

  it('the job closes nothing while the first month runs', async () => {
    await job().handler({});
    expect(await closedPeriods()).toEqual([]);
  });

  it('run twice after the first month ended, the job closes it once', async () => {
    test.clock.advance(month); // 2026-04-02
    await job().handler({});
    await job().handler({});
    expect(await closedPeriods()).toEqual(['2026-03-01']);
    const closings = log.lines.filter((line) => line.message === 'hour-bank periods closed');
    expect(closings.map((line) => line.data)).toContainEqual({
      contractId,
      periods: ['2026-03-01'],
    });
    expect(
      closings.filter((line) => 'contractId' in line.data && line.data.contractId === contractId),
    ).toHaveLength(1);
  });

  it('the closing is in the audit log as the job’s change, once per contract it closed', async () => {
    const entries = await test.store.audit.list({ action: 'job close-periods', limit: 10 });
    expect(entries.filter((entry) => entry.resourceId === contractId)).toMatchObject([
      { via: 'job', actorUserId: null, resourceType: 'contracts', outcome: null },
    ]);
  });

  it('through the queue, the next month closes once however many runs are sent', async () => {
    test.clock.advance(month); // 2026-05-03
    const definition = job();
    queue = await startJobQueue({
      db: test.database.db,
      log,
      jobs: [definition],
      pollingIntervalSeconds: 0.5,
    });
    for (let run = 0; run < 2; run++) {
      const sent = await queue.send(definition, {});
      expect((await settledJob(queue.boss, definition.name, sent)).state).toBe('completed');
    }
    expect(await closedPeriods()).toEqual(['2026-03-01', '2026-04-01']);
  });

  it('the job is scheduled hourly at minute 5', async () => {
    const schedules = (await queue?.boss.getSchedules()) ?? [];
    expect(schedules.map((s) => [s.name, s.cron])).toEqual([['close-periods', '5 * * * *']]);
  });

  it('pacta close-period prints, per contract, what it closed or "nothing to close"', async () => {
    await test.cookieFor(demoUserByRole.provider_admin, true); // the clock has moved: sign in again
    const { contractId: otherId } = await signInfinity25(test, {}, 'Clínica Norte');
    // signed from 2026-03-01 after April ended: its past months were closed when it was created
    expect(await command(['--contract', otherId])).toEqual([
      `Soporte (${otherId}): nothing to close`,
    ]);
    test.clock.advance(31 * 24 * 3600 * 1000); // into June: May has ended for both
    const all = await command([]);
    expect(all).toContain(`Soporte (${contractId}): closed the period starting 2026-05-01`);
    expect(all).toContain(`Soporte (${otherId}): closed the period starting 2026-05-01`);
    expect(await command(['--contract', otherId])).toEqual([
      `Soporte (${otherId}): nothing to close`,
    ]);
  });

  it('pacta close-period names --contract when no contract has that id', async () => {
    await expect(command(['--contract', 'nope'])).rejects.toMatchObject({ path: '--contract' });
  });
});
