/**
 * The peer of `pacta calendar eval` in bench/calendar-eval.ts: a moment-business-time CLI, JSON
 * lines in (`{"id", "cal", "op", "at"}`), one JSON line out per line. `process.argv[2]` is a JSON
 * file of the calendars by name: zone, working hours per weekday (0 = Sunday) and holidays
 * (YYYY-MM-DD); moment-business-time reads them from the global locale, so each is a locale.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import moment from 'moment-timezone';
import 'moment-business-time';

const calendars = JSON.parse(readFileSync(process.argv[2], 'utf8'));
for (const [name, { workinghours, holidays }] of Object.entries(calendars)) {
  moment.defineLocale(name, { parentLocale: 'en', workinghours, holidays });
}

let batch = '';
const flush = () => {
  process.stdout.write(batch);
  batch = '';
};
const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
lines.on('line', (line) => {
  const { id, cal, op, at, seconds } = JSON.parse(line);
  moment.locale(cal);
  const start = moment.tz(at, calendars[cal].zone);
  const result =
    op === 'add'
      ? { id, at: start.addWorkingTime(seconds, 'seconds').toISOString() }
      : op === 'isOpen'
        ? { id, open: start.isWorkingTime() }
        : { id, at: start.nextWorkingTime().toISOString() };
  batch += `${JSON.stringify(result)}\n`;
  if (batch.length > 65_536) flush();
});
lines.on('close', flush);
