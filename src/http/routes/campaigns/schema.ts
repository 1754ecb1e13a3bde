/** The campaigns API's request and response schemas. */
import { z } from 'zod';
import {
  campaignStates,
  consentPurposes,
  suppressionReasons,
} from '../../../domain/communications/index.js';
import { contactLanguages } from '../../../domain/contacts/index.js';
import { instant } from '../common/schema.js';

const key = z.string().trim().min(1).max(40);

/** One version of the mail: a segment's, in a language, with `{{ field }}` placeholders. */
export const campaignVersionSchema = z.strictObject({
  key,
  segmentId: key,
  language: z.enum(contactLanguages),
  subject: z.string().max(300),
  html: z.string().max(100_000),
  text: z.string().max(100_000),
});

const segmentBody = z.strictObject({
  id: key,
  name: z.string().trim().min(1).max(200),
  rule: z.unknown().describe('a segment rule, as for /api/segments/count'),
});

/** Body of creating a campaign or replacing a draft's content. */
export const campaignBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  purpose: z.enum(consentPurposes).default('marketing'),
  defaultLanguage: z.enum(contactLanguages),
  segments: z.array(segmentBody).min(1).max(20),
  versions: z.array(campaignVersionSchema).min(1).max(40),
  perMinute: z.number().int().min(1).max(10_000).default(100),
});

/** A campaign as the API shows it. */
export const campaignView = z
  .object({
    id: z.string(),
    name: z.string(),
    purpose: z.enum(consentPurposes),
    defaultLanguage: z.enum(contactLanguages),
    segments: z.array(z.object({ id: z.string(), name: z.string(), rule: z.unknown() })),
    versions: z.array(campaignVersionSchema),
    links: z.array(z.string()),
    state: z.enum(campaignStates),
    perMinute: z.number().int(),
    startAt: instant.nullable(),
    createdAt: instant,
    updatedAt: instant,
    finishedAt: instant.nullable(),
  })
  .meta({ id: 'Campaign' });

const rate = z
  .object({ numerator: z.number().int(), denominator: z.number().int(), percent: z.number() })
  .nullable();

/** A campaign's figures and rates, for its dashboard. */
export const campaignFiguresView = z
  .object({
    queued: z.number().int(),
    sent: z.number().int(),
    delivered: z.number().int().describe('accepted by the SMTP server and not returned'),
    bounced: z
      .number()
      .int()
      .describe('refused by the SMTP server, or returned later by a bounce report'),
    opened: z.number().int(),
    opens: z.number().int(),
    clicked: z.number().int(),
    clicks: z.number().int(),
    unsubscribed: z.number().int(),
    rates: z.object({ delivery: rate, bounce: rate, open: rate, click: rate, unsubscribe: rate }),
  })
  .meta({ id: 'CampaignFigures' });

/** One campaign with its figures. */
export const campaignDashboardView = z.object({
  campaign: campaignView,
  figures: campaignFiguresView,
});

/** Body of scheduling a draft. */
export const scheduleBody = z.strictObject({
  startAt: instant,
  perMinute: z.number().int().min(1).max(10_000),
});

/** Body of a preview: a version, and optionally the contact to personalise for. */
export const previewBody = z.strictObject({
  versionKey: key.optional(),
  contactId: z.string().max(200).optional(),
});

/** A personalised message as one recipient would get it. */
export const previewView = z.object({
  contactId: z.string(),
  to: z.string(),
  versionKey: z.string(),
  language: z.enum(contactLanguages),
  subject: z.string(),
  html: z.string(),
  text: z.string(),
});

/** A campaign a contact received (its 360° view). */
export const receivedCampaignView = z.object({
  campaignId: z.string(),
  name: z.string(),
  queuedAt: instant,
  status: z.enum(['queued', 'sending', 'sent', 'held', 'failed']),
  opened: z.boolean(),
  clicked: z.boolean(),
});

/** Path of a tracked click: the message's signed token and the link's index. */
export const clickParams = z.object({
  token: z.string().max(500),
  link: z.coerce.number().int().min(0).max(10_000),
});

/** Path of a tracking pixel. */
export const openParams = z.object({ token: z.string().max(500) });

/** An address suppressed after a hard bounce or soft ones in a row, in a contact's 360° view. */
export const suppressionView = z.object({
  address: z.string(),
  reason: z.enum(suppressionReasons),
  /** The DSN status (`5.1.1`), the SMTP reply code (`550`), or the last soft bounce's (or ''). */
  status: z.string(),
  campaignId: z.string(),
  suppressedAt: instant,
  liftedAt: instant.nullable(),
  liftedBy: z.string().nullable(),
});

/** Body of lifting a suppression: the contact's suppressed address. */
export const liftSuppressionBody = z.strictObject({ address: z.string().trim().min(3).max(320) });
