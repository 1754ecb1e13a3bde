import { expect, it } from 'vitest';
import { spawnTs } from '../support/processes.js';

it('pacta calendar eval answers one JSON line per input line, in order, through bad lines', async () => {
  const calendar = { timeZone: 'UTC', week: { mon: [['09:00', '17:00']] } };
  const lines = [
    JSON.stringify({ id: 1, calendar, op: 'add', at: '2026-03-02T16:00:00Z', seconds: 7200 }),
    'this is not json',
    JSON.stringify({ id: 3, calendar, op: 'isOpen', at: '2026-03-03T10:00:00Z' }),
  ];
  const child = spawnTs(
    'src/main/cli.ts',
    ['calendar', 'eval'],
    {},
    { stdin: `${lines.join('\n')}\n` },
  );
  expect(await child.exited).toBe(0);
  const out = child
    .output()
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  expect(out[0]).toEqual({ id: 1, at: '2026-03-09T10:00:00Z' });
  expect(out[1]).toMatchObject({ id: null, error: { code: 'invalid_input' } });
  expect(out[2]).toEqual({ id: 3, open: false });
}, 30_000);
