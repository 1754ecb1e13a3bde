/**
 * Plan parameters: everything a plan (a catalogue entry, or a contract's copy of one) fixes
 * about hours, price, targets and how work consumes the hour bank. Durations are integer
 * minutes; amounts are exact {@link Money}. The zod schema validates the JSON form and
 * decodes it; `z.encode(planParamsSchema, plan)` gives the JSON form back.
 */
import { z } from 'zod';
import { invalidInput } from '../errors.js';
import { isMoney, nonNegativeMoneySchema } from '../money.js';
import { monitoringTermIssues, monitoringTermsSchema } from '../reports/monitoring-terms.js';
import { ticketKinds } from '../tickets/vocabulary.js';

/** Length of an hour-bank period, counted from the contract's start date. */
export const periodUnits = ['month', 'year'] as const;
/** One of {@link periodUnits}. */
export type PeriodUnit = (typeof periodUnits)[number];

/** How a worked duration is brought to the rounding step. */
export const roundingDirections = ['up', 'nearest', 'down'] as const;
/** One of {@link roundingDirections}. */
export type RoundingDirection = (typeof roundingDirections)[number];

const oneDay = 24 * 60;
const businessMinutes = z
  .number()
  .int()
  .positive()
  .max(100 * oneDay)
  .nullable();
const percent = z
  .number()
  .min(0)
  .max(100)
  .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-9, 'at most 2 decimals');

/** Business minutes per criticality (tickets/vocabulary); null: the plan promises nothing for it. */
const targetsSchema = z.strictObject({
  high: businessMinutes,
  medium: businessMinutes,
  low: businessMinutes,
});

const roundingSchema = z.strictObject({
  stepMinutes: z.number().int().min(1).max(oneDay),
  direction: z.enum(roundingDirections),
});

const consumptionSchema = z.strictObject({
  /** Least a ticket is charged in total, however short the work (0: none). */
  minimumPerTicketMinutes: z.number().int().min(0).max(oneDay),
  /** Least charged for each conversation the client opens (0: none). */
  minimumPerConversationMinutes: z.number().int().min(0).max(oneDay),
  /** Applied to each time entry before minimums and the cap. Step 1 means no rounding. */
  rounding: roundingSchema,
  /** Most a ticket is charged in total; past it the work needs a quote (null: no cap). */
  maximumPerTicketMinutes: z
    .number()
    .int()
    .positive()
    .max(100 * oneDay)
    .nullable(),
  /** Kinds that never consume hours (seed 001: incidents). */
  freeKinds: z.array(z.enum(ticketKinds)).max(ticketKinds.length),
  /** Work not solved at the first contact is deducted only once the client approves it. */
  approvalBeyondFirstContact: z.boolean(),
});

const complianceSchema = z.strictObject({
  targetPercent: percent,
  thresholdPercent: percent,
  /** Fewer tickets than this in a period are not judged on the threshold. */
  minimumSample: z.number().int().min(0).max(1_000_000),
  /** What a period under the minimum sample counts as (seed 002: met). */
  belowSample: z.enum(['deemed_met', 'not_judged']),
});

/** What the plan says about mail with the client. */
const mailSchema = z.strictObject({
  /** Each ticket opened is acknowledged to its requester by mail (the plan may opt out). */
  acknowledge: z.boolean(),
  /** Notices to people wait for the service calendar to open; urgencies never wait (seed 004). */
  noticesInServiceHours: z.boolean(),
});

/** Mail settings of plans stored before they had any: acknowledge, notices at once. */
export const defaultMailSettings: z.output<typeof mailSchema> = {
  acknowledge: true,
  noticesInServiceHours: false,
};

const planShape = {
  period: z.enum(periodUnits),
  /** Hours included in each period, in minutes. */
  includedMinutesPerPeriod: z.number().int().min(0).max(1_000_000),
  /** Price per billing interval. */
  price: nonNegativeMoneySchema,
  billing: z.strictObject({
    every: z.enum(['month', 'quarter', 'year']),
    timing: z.enum(['in_advance', 'in_arrears']),
  }),
  term: z.strictObject({ months: z.number().int().min(1).max(120), autoRenew: z.boolean() }),
  /** Reference to a business calendar (calendar-format.md) measuring the targets. */
  calendarId: z.string().trim().min(1).max(200),
  /** First-response targets in business minutes of `calendarId`. */
  responseTargets: targetsSchema,
  resolutionTargets: targetsSchema.nullable(),
  /** Urgencies answered within `minutes` on their own calendar (seed 004: 30 min, even off-hours). */
  urgentResponse: z
    .strictObject({
      minutes: z.number().int().positive().max(oneDay),
      calendarId: z.string().trim().min(1).max(200),
    })
    .nullable(),
  /** Business minutes the client has to answer or approve while a ticket waits on it (seed 004: 16 h; null: no obligation). */
  clientResponseMinutes: z
    .number()
    .int()
    .positive()
    .max(100 * oneDay)
    .nullable()
    .default(null),
  /** How many client people may open tickets (null: no limit). */
  maxRequesters: z.number().int().positive().max(100_000).nullable(),
  consumption: consumptionSchema,
  /** Periods unused hours survive after their own: 0 expire at its end, 1 usable in the next only. */
  rolloverPeriods: z.number().int().min(0).max(12),
  /** Price of an hour consumed beyond the bank (null: the plan prices none). */
  overageRatePerHour: nonNegativeMoneySchema.nullable(),
  compliance: complianceSchema.nullable(),
  /** The biweekly monitoring the plan includes, with its rules and thresholds (null: none). */
  monitoring: monitoringTermsSchema.nullable().default(null),
  mail: mailSchema.default(defaultMailSettings),
};

/** A problem found across fields, with its path inside the plan. */
export interface PlanIssue {
  path: string[];
  message: string;
}

/** Rules that tie fields together; shared by the schema and by amended plans. */
export function planIssues(plan: PlanParams): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const { maximumPerTicketMinutes: max, minimumPerTicketMinutes: min } = plan.consumption;
  if (max !== null && max < min) {
    issues.push({
      path: ['consumption', 'maximumPerTicketMinutes'],
      message: `must be at least the minimum per ticket (${min})`,
    });
  }
  if (
    plan.overageRatePerHour !== null &&
    plan.overageRatePerHour.currency !== plan.price.currency
  ) {
    issues.push({
      path: ['overageRatePerHour', 'currency'],
      message: `must be the price currency (${plan.price.currency})`,
    });
  }
  if (
    plan.compliance !== null &&
    plan.compliance.thresholdPercent > plan.compliance.targetPercent
  ) {
    issues.push({
      path: ['compliance', 'thresholdPercent'],
      message: 'must not exceed the target',
    });
  }
  for (const issue of plan.monitoring ? monitoringTermIssues(plan.monitoring) : [])
    issues.push({ path: ['monitoring', issue.path], message: issue.message });
  return issues;
}

/** zod schema of plan parameters (JSON in, {@link PlanParams} out). */
export const planParamsSchema = z.strictObject(planShape).superRefine((plan, ctx) => {
  for (const issue of planIssues(plan))
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});

/** Validated plan parameters, as the domain uses them. */
export type PlanParams = z.output<typeof planParamsSchema>;
/** Plan parameters in their JSON form (decimal strings for amounts). */
export type PlanParamsInput = z.input<typeof planParamsSchema>;

/**
 * zod schema of a parameter change: any field but the period unit; `consumption`,
 * `responseTargets`, `billing` and `term` may change in part, the rest is replaced whole.
 */
export const planChangeSchema = z
  .strictObject({
    ...planShape,
    consumption: consumptionSchema.partial(),
    responseTargets: targetsSchema.partial(),
    billing: planShape.billing.partial(),
    term: planShape.term.partial(),
    mail: mailSchema.partial(),
  })
  .omit({ period: true })
  .partial();

/** A validated parameter change (see {@link planChangeSchema}). */
export type PlanChange = z.output<typeof planChangeSchema>;

/** Formats a zod path as `a.b[0].c`, the way DomainError paths are written. */
function formatPath(prefix: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`),
    prefix,
  );
}

/** Validates with a zod schema, failing with invalid_input naming the first bad field under `path`. */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  path: string,
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  throw invalidInput(formatPath(path, issue?.path ?? []), issue?.message ?? 'invalid');
}

/** Parses plan parameters from JSON; errors name the field, e.g. `plan.consumption.rounding.stepMinutes`. */
export function parsePlanParams(input: unknown, path = 'plan'): PlanParams {
  return parseOrThrow(planParamsSchema, input, path);
}

function isGroup(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isMoney(value);
}

/**
 * The plan after a change: partial groups merge into the current ones, other fields are
 * replaced. The result is checked again; a broken rule fails naming `path` and the field.
 */
export function applyPlanChange(
  plan: PlanParams,
  change: PlanChange,
  path = 'changes',
): PlanParams {
  const merged: Record<string, unknown> = { ...plan };
  for (const [key, value] of Object.entries(change)) {
    if (value === undefined) continue;
    const current = merged[key];
    merged[key] = isGroup(value) && isGroup(current) ? { ...current, ...value } : value;
  }
  const next = merged as PlanParams;
  const [issue] = planIssues(next);
  if (issue) throw invalidInput(formatPath(path, issue.path), issue.message);
  return next;
}
