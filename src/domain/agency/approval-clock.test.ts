import { describe, expect, it } from 'vitest';
import { bog, bogota, H } from '../../../test/factories/agency.js';
import { approvalClock } from './approval-clock.js';

describe("the client's 16-business-hour answer clock (Bogotá, 08–12 and 14–18, Colombian holidays)", () => {
  it.each([
    ['2026-04-14 09:00', '2026-04-16 09:00', 'a Tuesday morning: 7 h Tue, 8 h Wed, 1 h Thu'],
    [
      '2026-03-20 17:00',
      '2026-03-25 17:00',
      'a Friday before San José (Mon 23 Mar): 1 h Fri, 8 h Tue, 7 h Wed',
    ],
    [
      '2026-03-21 10:00',
      '2026-03-25 18:00',
      'a Saturday: counted from Tuesday 08:00 after the holiday',
    ],
    ['2026-04-01 15:00', '2026-04-07 15:00', 'the Wednesday before Holy Thursday and Good Friday'],
    ['2026-04-14 12:30', '2026-04-16 12:00', 'in the lunch break: counted from 14:00'],
    ['2026-04-14 18:00', '2026-04-16 18:00', 'at closing time: counted from the next morning'],
  ])('a delivery at %s is due at %s (%s)', (delivered, due) => {
    const clock = approvalClock(bogota, bog(delivered), null, bog(delivered));
    expect(clock.due).toBe(bog(due));
    expect(bogota.clock.between(bog(delivered), clock.due)).toBe(16 * H);
  });

  it('the answer clock counts whole seconds, whatever the milliseconds of the instants', () => {
    const delivered = bog('2026-04-14 09:00') + 250;
    const running = approvalClock(bogota, delivered, null, bog('2026-04-14 10:00') + 900);
    expect(running.usedSeconds).toBe(H);
    // 999 ms past the due second is still the due second: in time, not 0.999 s late.
    const atDue = approvalClock(bogota, delivered, bog('2026-04-16 09:00') + 999, 0);
    expect(atDue).toMatchObject({ state: 'answered_in_time', usedSeconds: 16 * H, lateSeconds: 0 });
  });

  it('explains why: delivered outside service hours, counted from the opening, due at X', () => {
    const clock = approvalClock(bogota, bog('2026-03-21 10:00'), null, bog('2026-03-23 10:00'));
    expect(clock).toMatchObject({ state: 'running', usedSeconds: 0, lateSeconds: 0 });
    expect(clock.steps).toEqual([
      { code: 'delivered', at: bog('2026-03-21 10:00'), targetSeconds: 16 * H },
      {
        code: 'delivered_outside_hours',
        at: bog('2026-03-21 10:00'),
        opensAt: bog('2026-03-24 08:00'),
      },
      { code: 'due', at: bog('2026-03-25 18:00'), targetSeconds: 16 * H },
    ]);
  });

  const inTime = ['delivered', 'answered', 'due'];
  const lateAnswer = ['delivered', 'due', 'overdue', 'answered'];
  it.each([
    // answered at, read at, state, business seconds used, late, explanation codes (by instant)
    ['2026-04-16 08:59', '2026-04-20 09:00', 'answered_in_time', 16 * H - 60, 0, inTime],
    // answered at the due instant itself: still in time
    [
      '2026-04-16 09:00',
      '2026-04-20 09:00',
      'answered_in_time',
      16 * H,
      0,
      ['delivered', 'due', 'answered'],
    ],
    ['2026-04-16 11:00', '2026-04-20 09:00', 'answered_late', 18 * H, 2 * H, lateAnswer],
    ['2026-04-17 10:00', '2026-04-20 09:00', 'answered_late', 25 * H, 9 * H, lateAnswer],
    [null, '2026-04-15 18:00', 'running', 15 * H, 0, ['delivered', 'due']],
    [null, '2026-04-16 15:00', 'overdue', 20 * H, 4 * H, ['delivered', 'due', 'overdue']],
  ])(
    'delivered Tue 14 Apr 09:00, answered %s, read %s: %s',
    (answered, now, state, used, late, codes) => {
      const answeredAt = answered === null ? null : bog(answered);
      const clock = approvalClock(bogota, bog('2026-04-14 09:00'), answeredAt, bog(now));
      expect(clock).toMatchObject({ state, usedSeconds: used, lateSeconds: late });
      expect(clock.steps.map((step) => step.code)).toEqual(codes);
    },
  );

  it('an answer in the lunch break after a 12:00 deadline is not late (no business time passed)', () => {
    const clock = approvalClock(
      bogota,
      bog('2026-04-14 12:30'),
      bog('2026-04-16 13:30'),
      bog('2026-04-16 13:30'),
    );
    expect(clock).toMatchObject({
      state: 'answered_in_time',
      lateSeconds: 0,
      due: bog('2026-04-16 12:00'),
    });
  });
});
