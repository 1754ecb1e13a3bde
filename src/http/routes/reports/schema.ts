/** The reports API's request and response schemas (the web app types its calls from these). */
import { z } from 'zod';
import {
  issueReasons,
  maxBatchRows,
  maxEstimateMinutes,
  reportKinds,
} from '../../../domain/reports/index.js';
import { localDateSchema } from '../../../domain/time/index.js';
import { instant, localDate, moneyView } from '../common/schema.js';

/** The reports served from the store. */
export const servedReportKinds = reportKinds;

/** `:kind` of `/api/contracts/:id/reports/:kind`. */
export const reportKindParams = z.object({
  id: z.string(),
  kind: z.enum(servedReportKinds),
});

/** How a report is asked for: its period, format and language. */
export const reportQuery = z.object({
  period: localDateSchema.optional().describe('any day of the period; the current one by default'),
  format: z.enum(['json', 'pdf', 'csv']).default('json'),
  lang: z.enum(['es', 'en']).default('en'),
});

/** How an archived report is downloaded. */
export const issuedQuery = reportQuery.omit({ period: true });

/** What a new issue names: any day of its period. */
export const issueBody = z.strictObject({
  period: localDateSchema.optional().describe('any day of the period; the current one by default'),
});

/** One typed value of a document. */
export const cellView = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string() }),
  z.object({ kind: z.literal('count'), value: z.number() }),
  z.object({ kind: z.literal('minutes'), minutes: z.number().int() }),
  z.object({ kind: z.literal('money'), money: moneyView }),
  z.object({ kind: z.literal('hundredths'), value: z.number().int(), percent: z.boolean() }),
  z.object({ kind: z.literal('date'), date: localDate }),
  z.object({ kind: z.literal('empty') }),
]);

const factView = z.object({ label: z.string(), value: cellView, strong: z.boolean() });

/** A piece of a section: facts, a table, a chart (as the PDF's SVG) or text. */
export const blockView = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('facts'), facts: z.array(factView) }),
  z.object({
    kind: z.literal('table'),
    headers: z.array(z.string()),
    rows: z.array(z.array(cellView)),
    empty: z.string(),
  }),
  z.object({ kind: z.literal('chart'), title: z.string(), svg: z.string() }),
  z.object({ kind: z.literal('text'), text: z.string(), tone: z.enum(['plain', 'note', 'alert']) }),
]);

/** A report laid out in the reader's language, with its values typed (minutes, amounts, dates). */
export const documentView = z.object({
  locale: z.enum(['es', 'en']),
  title: z.string(),
  subtitle: z.string(),
  facts: z.array(factView),
  sections: z.array(
    z.object({
      heading: z.string(),
      blocks: z.array(blockView),
      /** Set when the detail is too long to print: what the PDF shows instead (the CSV has every row). */
      condensed: z.array(blockView).nullable(),
    }),
  ),
  footer: z.string(),
});

/** An archived issue, without its content. */
export const issuedSummaryView = z.object({
  id: z.string(),
  contractId: z.string(),
  kind: z.enum(reportKinds),
  periodStart: localDate,
  periodLastDay: localDate,
  version: z.number().int().positive(),
  replacesId: z.string().nullable(),
  reason: z.enum(issueReasons),
  issuedOn: localDate,
  issuedAt: instant,
  contractName: z.string(),
  clientName: z.string(),
});

/** A report as JSON: which it is, whether archived, and its document. */
export const reportView = z.object({
  kind: z.enum(reportKinds),
  contractId: z.string(),
  periodStart: localDate,
  periodLastDay: localDate,
  issued: issuedSummaryView.nullable(),
  document: documentView,
});

/** A metrics file uploaded from the web app, with the language it was saved in. */
export const metricsUploadBody = z.strictObject({
  csv: z
    .string()
    .min(1)
    .max(maxBatchRows * 200),
  lang: z.enum(['es', 'en']),
});

/** What a batch of metrics did to the store. */
export const recordedMetricsView = z.object({
  created: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
});

/** Which monitoring window's recommendations are read. */
export const recommendationsQuery = z.object({
  period: localDateSchema
    .optional()
    .describe('any day of the 15-day window; the current one by default'),
});

/** The account manager's recommendations for a monitoring window (free text; empty clears them). */
export const recommendationsBody = z.strictObject({
  period: localDateSchema
    .optional()
    .describe('any day of the 15-day window; the current one by default'),
  text: z.string().max(4000),
});

/** A monitoring window's recommendations. */
export const recommendationsView = z.object({
  periodStart: localDate,
  periodLastDay: localDate,
  text: z.string(),
});

/** An estimate of a ticket's planned work: whole minutes, planned for the period holding `period`. */
export const estimateBody = z.strictObject({
  minutes: z
    .number()
    .int()
    .min(1)
    .max(maxEstimateMinutes)
    .describe('the work expected, in whole minutes (at most 100 days)'),
  period: localDateSchema
    .optional()
    .describe('any day of the period the work is planned for; today’s by default'),
});

const periodSpanView = z.object({ start: localDate, lastDay: localDate });

/** A ticket's estimate (null when none) and the periods it may be planned for. */
export const ticketEstimateView = z.object({
  ticketId: z.string(),
  estimate: periodSpanView.extend({ minutes: z.number().int().positive() }).nullable(),
  periods: z.array(periodSpanView),
});
