/**
 * Business-calendar benchmark: Pacta's engine against moment-business-time (with
 * moment-timezone) and dayjs-business-time on the same cases, printed as a table.
 *   npx tsx bench/calendar.ts
 * Calendar: Mon–Fri 08:00–12:00 + 14:00–18:00, Europe/Madrid, public holidays of ES-MD.
 * Cases: an 8-hour add, a 40-hour add, and `between` across a month, from 1024 instants in 2026.
 */
import dayjs from 'dayjs';
import dayjsBusinessTime from 'dayjs-business-time';
import moment from 'moment-timezone';
import 'moment-business-time';
import { compileCalendar } from '../src/domain/calendar/calendar.js';
import { publicHolidays } from '../src/domain/calendar/holidays.js';
import { formatInstant } from '../src/domain/calendar/instant.js';
import { DAY_MS } from '../src/domain/calendar/time.js';
import { buildCalendarSpec, officeHours } from '../test/factories/calendar.js';

const ZONE = 'Europe/Madrid';
// dayjs-business-time only works in process-local time, so the process runs in the zone.
process.env.TZ = ZONE;

const office = officeHours;
const pacta = compileCalendar(
  buildCalendarSpec({ holidayRegions: [{ country: 'ES', region: 'MD' }] }),
);
const holidays = [2026, 2027]
  .flatMap((year) => [...publicHolidays('ES', 'MD', year)])
  .map((day) => formatInstant(day * DAY_MS).slice(0, 10));

moment.updateLocale('en', {
  workinghours: {
    0: null,
    1: ['08:00:00', '12:00:00', '14:00:00', '18:00:00'],
    2: ['08:00:00', '12:00:00', '14:00:00', '18:00:00'],
    3: ['08:00:00', '12:00:00', '14:00:00', '18:00:00'],
    4: ['08:00:00', '12:00:00', '14:00:00', '18:00:00'],
    5: ['08:00:00', '12:00:00', '14:00:00', '18:00:00'],
    6: null,
  },
  holidays,
} as moment.LocaleSpecification);

dayjs.extend(dayjsBusinessTime);
const segments = office.map(([start, end]) => ({ start: `${start}:00`, end: `${end}:00` }));
dayjs.setBusinessTime({
  sunday: null,
  monday: segments,
  tuesday: segments,
  wednesday: segments,
  thursday: segments,
  friday: segments,
  saturday: null,
});
dayjs.setHolidays(holidays);

/** 1024 instants in 2026, on whole minutes, from a fixed linear congruential sequence. */
const instants: number[] = [];
for (let i = 0, seed = 42; i < 1024; i++) {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  instants.push(Date.UTC(2026, 0, 1) + (seed % (360 * 1440)) * 60_000);
}
const MONTH_MS = 30 * DAY_MS;

type Engine = Record<'add8' | 'add40' | 'month', (at: number) => number>;
/** `moment-business-time` module typings are missing; these are the methods it adds. */
type WorkingMoment = moment.Moment & {
  addWorkingTime(amount: number, unit: 'hours'): WorkingMoment;
  workingDiff(other: moment.Moment, unit: 'seconds'): number;
};
const m = (at: number) => moment.tz(at, ZONE) as WorkingMoment;

const engines: Record<string, Engine> = {
  Pacta: {
    add8: (at) => pacta.add(at, 8 * 3600),
    add40: (at) => pacta.add(at, 40 * 3600),
    month: (at) => pacta.between(at, at + MONTH_MS),
  },
  'moment-business-time': {
    add8: (at) => m(at).addWorkingTime(8, 'hours').valueOf(),
    add40: (at) => m(at).addWorkingTime(40, 'hours').valueOf(),
    month: (at) => m(at + MONTH_MS).workingDiff(m(at), 'seconds'),
  },
  'dayjs-business-time': {
    add8: (at) => dayjs(at).addBusinessHours(8).valueOf(),
    add40: (at) => dayjs(at).addBusinessHours(40).valueOf(),
    month: (at) => dayjs(at).businessMinutesDiff(dayjs(at + MONTH_MS)) * 60,
  },
};
const cases = [
  ['add 8 h', 'add8'],
  ['add 40 h', 'add40'],
  ['between, a month', 'month'],
] as const;

function opsPerSecond(fn: (at: number) => number, budgetMs: number): number {
  let ops = 0;
  let sink = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < budgetMs) {
    for (let i = 0; i < 256; i++) sink += fn(instants[(ops + i) & 1023] ?? 0);
    ops += 256;
    elapsed = performance.now() - start;
  }
  if (Number.isNaN(sink)) console.log('unexpected NaN');
  return (ops / elapsed) * 1000;
}

const show = (key: string, value: number) =>
  key === 'month' ? `${value / 3600} h` : formatInstant(value);
const sample = instants[0] ?? 0;
console.log(`Node ${process.version}. Agreement check from ${formatInstant(sample)}:`);
for (const [label, key] of cases) {
  const values = Object.entries(engines).map(
    ([name, engine]) => `${name} ${show(key, engine[key](sample))}`,
  );
  console.log(`  ${label.padEnd(17)} ${values.join(' | ')}`);
}
console.log(`Same result as Pacta over all ${instants.length} instants:`);
for (const [label, key] of cases) {
  const counts = Object.entries(engines)
    .slice(1)
    .map(([name, engine]) => {
      const differ = instants.filter((at) => engine[key](at) !== engines.Pacta?.[key](at));
      const first = differ[0];
      const example =
        first === undefined
          ? ''
          : ` (e.g. from ${formatInstant(first)}: ${show(key, engine[key](first))} vs ${show(key, engines.Pacta?.[key](first) ?? 0)})`;
      return `${name} ${instants.length - differ.length}/${instants.length}${example}`;
    });
  console.log(`  ${label.padEnd(17)} ${counts.join(', ')}`);
}

opsPerSecond(engines.Pacta?.add8 ?? Number, 300); // warm-up
console.log(
  '\n| case | Pacta ops/s | moment-business-time ops/s | dayjs-business-time ops/s | Pacta / faster peer |',
);
console.log('|---|---:|---:|---:|---:|');
for (const [label, key] of cases) {
  const [ours = 0, viaMoment = 0, viaDayjs = 0] = Object.values(engines).map((e, i) =>
    opsPerSecond(e[key], i === 0 ? 1500 : 1000),
  );
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  const ratio = ours / Math.max(viaMoment, viaDayjs);
  console.log(
    `| ${label} | ${fmt(ours)} | ${fmt(viaMoment)} | ${fmt(viaDayjs)} | ${fmt(ratio)}× |`,
  );
}
