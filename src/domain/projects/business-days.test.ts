import { describe, expect, it } from 'vitest';
import {
  buildOfficeSpec,
  businessDaysFor,
  type ZoneName,
} from '../../../test/factories/projects.js';
import { roundTheClockSpec } from '../calendar/round-the-clock.js';

function closedDays(zone: ZoneName, month: string, last: number): string {
  const days = businessDaysFor(buildOfficeSpec(zone));
  const closed: string[] = [];
  for (let day = 1; day <= last; day++) {
    const date = `${month}-${String(day).padStart(2, '0')}`;
    if (!days.isBusinessDay(date)) closed.push(date.slice(8));
  }
  return closed.join(' ');
}

describe("a contract's business days", () => {
  it('are the dates its calendar is open, without weekends and the holidays of its country', () => {
    // April 2026: Holy Thursday 2 (ES-MD, CO), Good Friday 3, Chile's Holy Saturday 4; Easter 5.
    // March 2026: Colombia moves San José to Monday 23.
    const cases: [ZoneName, month: string, last: number, closed: string, count: number][] = [
      ['madrid', '2026-04', 30, '02 03 04 05 11 12 18 19 25 26', 20],
      ['santiago', '2026-04', 30, '03 04 05 11 12 18 19 25 26', 21],
      ['bogota', '2026-04', 30, '02 03 04 05 11 12 18 19 25 26', 20],
      ['madrid', '2026-03', 31, '01 07 08 14 15 21 22 28 29', 22],
      ['bogota', '2026-03', 31, '01 07 08 14 15 21 22 23 28 29', 21],
      ['santiago', '2026-05', 31, '01 02 03 09 10 16 17 21 23 24 30 31', 19], // 1 Labour Day, 21 Navy Day
    ];
    for (const [zone, month, last, closed, count] of cases) {
      expect(closedDays(zone, month, last), `${zone} ${month}`).toBe(closed);
      const days = businessDaysFor(buildOfficeSpec(zone));
      expect(days.count(`${month}-01`, `${month}-${last}`)).toBe(count);
    }
  });

  it('step over weekends and holidays to the next or previous business day', () => {
    const cases: [ZoneName, date: string, onOrAfter: string, onOrBefore: string][] = [
      ['madrid', '2026-04-02', '2026-04-06', '2026-04-01'],
      ['santiago', '2026-04-02', '2026-04-02', '2026-04-02'],
      ['santiago', '2026-04-03', '2026-04-06', '2026-04-02'],
      ['bogota', '2026-03-21', '2026-03-24', '2026-03-20'],
      ['bogota', '2026-05-16', '2026-05-19', '2026-05-15'], // Ascension moved to Monday 18
      ['madrid', '2026-12-05', '2026-12-09', '2026-12-04'], // 6 Sunday, 7 and 8 holidays
    ];
    for (const [zone, date, after, before] of cases) {
      const days = businessDaysFor(buildOfficeSpec(zone));
      expect([days.onOrAfter(date), days.onOrBefore(date)], `${zone} ${date}`).toEqual([
        after,
        before,
      ]);
    }
  });

  it('follow overrides, round-the-clock service across a DST change, and night shifts', () => {
    const halfDay = businessDaysFor(
      buildOfficeSpec('madrid', {
        overrides: { '2026-04-02': [['09:00', '13:00']], '2026-04-07': [] },
      }),
    );
    expect(halfDay.isBusinessDay('2026-04-02')).toBe(true); // an override wins over the holiday
    expect(halfDay.isBusinessDay('2026-04-07')).toBe(false);
    // Santiago turns its clocks back at 00:00 on 2026-04-05 and forward on 2026-09-06.
    const roundTheClock = businessDaysFor({ ...roundTheClockSpec, timeZone: 'America/Santiago' });
    expect(roundTheClock.count('2026-04-01', '2026-04-30')).toBe(30);
    expect(roundTheClock.count('2026-09-01', '2026-09-30')).toBe(30);
    expect(roundTheClock.count('2026-01-01', '2026-12-31')).toBe(365);
    // A shift that runs overnight makes the morning after a business day too.
    const nights = businessDaysFor({
      timeZone: 'America/Bogota',
      week: { fri: [['22:00', '06:00']] },
    });
    expect(
      ['2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08'].map(nights.isBusinessDay),
    ).toEqual([false, true, true, false]);
  });

  it('refuse bad dates and calendars that never open', () => {
    const days = businessDaysFor(buildOfficeSpec('madrid'));
    expect(() => days.isBusinessDay('2026-02-30')).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: 'date' }),
    );
    expect(() => days.count('2026-03-01', 'soon')).toThrow(expect.objectContaining({ path: 'to' }));
    expect(days.count('2026-03-31', '2026-03-01')).toBe(0);
    const never = businessDaysFor({ timeZone: 'Europe/Madrid', week: {} });
    expect(() => never.onOrAfter('2026-03-01')).toThrow(
      expect.objectContaining({ code: 'rule_violation' }),
    );
    expect(() => never.onOrBefore('2026-03-01')).toThrow(
      expect.objectContaining({ code: 'rule_violation' }),
    );
  });
});
