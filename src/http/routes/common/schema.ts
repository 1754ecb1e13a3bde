/**
 * The pieces every response schema is built from, so an instant, a local date or an amount of
 * money reads the same in every answer (and in the types the web app derives from them).
 */
import { z } from 'zod';
import { localDateSchema } from '../../../domain/time/index.js';

/** An instant, ISO 8601 in UTC (`2026-03-02T09:00:00.000Z`). */
export const instant = z.iso.datetime();

/** A local calendar date of the contract's zone (`2026-03-02`). */
export const localDate = localDateSchema;

/** An exact amount: a decimal string and an ISO 4217 code (UF is `CLF`). */
export const moneyView = z
  .object({
    amount: z.string().regex(/^-?\d+(\.\d+)?$/),
    currency: z.string().regex(/^[A-Z]{3}$/),
  })
  .meta({ id: 'Money' });

/** A JSON object whose shape another schema of the domain describes (plan parameters, specs). */
export const jsonObject = z.record(z.string(), z.unknown());
