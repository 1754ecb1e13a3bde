import { z } from 'zod';
import { errorCodes } from '../../../domain/errors.js';
import { instant, jsonObject } from '../common/schema.js';

/** A stored calendar as the API shows it. */
export const calendarView = z
  .object({
    id: z.string(),
    name: z.string(),
    spec: jsonObject.describe('calendar-format.md v1'),
    createdAt: instant,
    updatedAt: instant,
  })
  .meta({ id: 'Calendar' });

/** Body of create and replace. */
export const calendarBody = z.object({
  name: z.string().trim().min(1).max(200),
  spec: z
    .unknown()
    .describe('calendar-format.md v1; validated with paths such as spec.week.mon[1][0]'),
});

/** One evaluate case, as in `pacta calendar eval`; checked case by case, never all-or-nothing. */
export const evaluateCase = z
  .unknown()
  .describe('{id, calendar, op: add|between|isOpen|nextOpen, …}');

/** The result of one case: `at`, `seconds`, `open` or `error`, with the case's own `id`. */
export const evaluateResult = z.union([
  z.object({ id: z.unknown(), at: z.string() }),
  z.object({ id: z.unknown(), seconds: z.number() }),
  z.object({ id: z.unknown(), open: z.boolean() }),
  z.object({
    id: z.unknown(),
    error: z.object({ code: z.enum(errorCodes), message: z.string(), path: z.string().nullable() }),
  }),
]);

/** An open stretch of a calendar. */
export const openIntervalView = z.object({ start: z.string(), end: z.string() });

/** Query of the open-intervals preview. */
export const openIntervalsQuery = z.object({
  from: z.iso.datetime({ offset: true }),
  to: z.iso.datetime({ offset: true }),
});
