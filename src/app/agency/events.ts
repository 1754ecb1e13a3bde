/** The agency module's domain events. */
import { z } from 'zod';
import { defineEvent } from '../shared/index.js';

/**
 * An activity was declined as out of scope (seed 004 §3.4.1): the quotes module prices it
 * (estimated hours × rate) for the client's decision-maker to approve or reject.
 */
export const quoteRequested = defineEvent(
  'agency.quote_requested',
  z.object({
    contractId: z.string(),
    activityId: z.string(),
    title: z.string(),
    reason: z.string(),
    /** The agency's estimate; absent on events recorded before estimates were asked for. */
    estimatedMinutes: z.number().int().positive().optional(),
    requestedBy: z.string(),
    requestedAt: z.number(),
  }),
);

/**
 * The client's decision-maker answered a delivery (approved it or asked for changes), through
 * the portal or by mail: the approval mail about that delivery still pending is withdrawn.
 */
export const deliveryAnswered = defineEvent(
  'agency.delivery_answered',
  z.object({ contractId: z.string(), deliverableId: z.string(), delivery: z.number() }),
);

/**
 * A deliverable was delivered (or re-delivered after changes) for the client's approval: the
 * decision-maker can be asked by mail; `delivery` counts its deliveries, 1 for the first.
 */
export const deliverableDelivered = defineEvent(
  'agency.deliverable_delivered',
  z.object({
    contractId: z.string(),
    deliverableId: z.string(),
    title: z.string(),
    delivery: z.number(),
  }),
);
