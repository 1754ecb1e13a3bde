import { z } from 'zod';

/** Most cases one evaluate request may carry (larger batches belong to `pacta calendar eval`). */
export const maxEvaluateCases = 10_000;

/** A stored calendar as the API shows it. */
export const calendarView = z
  .object({
    id: z.string(),
    name: z.string(),
    spec: z.record(z.string(), z.unknown()).describe('calendar-format.md v1'),
    createdAt: z.string(),
    updatedAt: z.string(),
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

/** The result of one case: `at`, `seconds`, `open` or `error`. */
export const evaluateResult = z.record(z.string(), z.unknown());

/** Query of the open-intervals preview. */
export const openIntervalsQuery = z.object({
  from: z.iso.datetime({ offset: true }),
  to: z.iso.datetime({ offset: true }),
});
