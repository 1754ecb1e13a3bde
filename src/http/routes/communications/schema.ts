/** The communications API's request and response schemas. */
import { z } from 'zod';
import {
  consentChannels,
  consentPurposes,
  consentSources,
} from '../../../domain/communications/index.js';
import { instant } from '../common/schema.js';

/** One grant or withdrawal in a contact's consent history. */
export const consentView = z
  .object({
    channel: z.enum(consentChannels),
    purpose: z.enum(consentPurposes),
    state: z.enum(['granted', 'withdrawn']),
    source: z.enum(consentSources),
    at: instant,
    evidence: z.string().nullable(),
  })
  .meta({ id: 'ConsentEvent' });

/** Body of recording a consent or a withdrawal. */
export const consentBody = z.object({
  channel: z.enum(consentChannels),
  purpose: z.enum(consentPurposes),
  state: z.enum(['granted', 'withdrawn']),
  source: z.enum(consentSources),
  evidence: z.string().trim().max(500).nullable().default(null),
});

/** Body of a live segment count: a rule tree (checked by the domain), a channel and a purpose. */
export const segmentCountBody = z.object({
  rule: z.unknown(),
  channel: z.enum(consentChannels).default('email'),
  purpose: z.enum(consentPurposes).default('marketing'),
});

/** A segment's live figures. */
export const segmentCountView = z
  .object({
    members: z.number().int().describe('contacts the rule selects, consent gate passed'),
    contactable: z.number().int().describe('contacts reachable on the channel for the purpose'),
    contacts: z.number().int(),
  })
  .meta({ id: 'SegmentCount' });

/** Body of an unsubscribe: the token of the mailed link (too long for a path parameter). */
export const unsubscribeBody = z.object({ token: z.string().max(2000) });

/** What an unsubscribe link withdrew. */
export const unsubscribedView = z.object({
  channel: z.enum(consentChannels),
  purpose: z.enum(consentPurposes),
});

/** Body of subscribing to the updates section's mail, or unsubscribing. */
export const updateSubscriptionBody = z.strictObject({ subscribed: z.boolean() });

/** The signed-in person's subscription to the updates section's mail. */
export const updateSubscriptionView = z
  .object({
    subscribed: z.boolean(),
    email: z.string().nullable().describe('where the updates are mailed'),
  })
  .meta({ id: 'UpdateSubscription' });
