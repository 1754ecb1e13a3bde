/**
 * The words a ticket (a client's request) is described with: how it came in, what kind of
 * request it is, how critical the client says it is, which support level handles it and how
 * the provider answered it. Lists are `as const` arrays so zod edges can reuse them.
 */

/** Ways a request reaches the provider (seed 004: email is official, WhatsApp secondary). */
export const channels = ['email', 'portal', 'chat', 'phone', 'whatsapp'] as const;
/** One of {@link channels}. */
export type Channel = (typeof channels)[number];

/** What a request is about; incidents and urgencies carry a sub-type (see {@link Classification}). */
export const ticketKinds = [
  'question',
  'incident',
  'corrective',
  'evolutive',
  'urgency',
  'out_of_scope',
] as const;
/** One of {@link ticketKinds}. */
export type TicketKind = (typeof ticketKinds)[number];

/**
 * Incident severity as seed 001 classifies it:
 * - `critical`: data loss not recoverable from the platform's backups; nobody can access the
 *   system; or wrong data about to reach e-commerce with significant impact and no workaround.
 * - `major`: some main functions are affected or disabled and use is severely degraded.
 * - `minor`: basic functions misbehave without an important effect on usability.
 */
export const incidentSeverities = ['critical', 'major', 'minor'] as const;
/** One of {@link incidentSeverities}. */
export type IncidentSeverity = (typeof incidentSeverities)[number];

/**
 * The five urgencies of seed 004 (§3.4.2), answered within 30 minutes even off-hours:
 * - `digital_asset_down`: a digital asset run by the provider is down (site, form, blog, landing page).
 * - `published_content_error`: spelling mistakes or wrong data (figures, prices, dates) in published pieces.
 * - `conversion_cost_out_of_bounds`: cost per conversion outside the agreed limits.
 * - `campaign_misconfiguration`: campaign settings errors that hit the budget.
 * - `email_to_wrong_recipients`: emails sent to the wrong people.
 */
export const urgencyTypes = [
  'digital_asset_down',
  'published_content_error',
  'conversion_cost_out_of_bounds',
  'campaign_misconfiguration',
  'email_to_wrong_recipients',
] as const;
/** One of {@link urgencyTypes}. */
export type UrgencyType = (typeof urgencyTypes)[number];

/** A request's kind with the detail its kind needs: a severity for incidents, a type for urgencies. */
export type Classification =
  | { readonly kind: 'question' }
  | { readonly kind: 'incident'; readonly severity: IncidentSeverity }
  | { readonly kind: 'corrective' }
  | { readonly kind: 'evolutive' }
  | { readonly kind: 'urgency'; readonly urgency: UrgencyType }
  | { readonly kind: 'out_of_scope' };

/** Criticality the client chooses for a request (seed 002: "prerrogativa del cliente"). */
export const criticalities = ['high', 'medium', 'low'] as const;
/** One of {@link criticalities}. */
export type Criticality = (typeof criticalities)[number];

/**
 * Support levels of seed 002:
 * - `L1`: administration, solvable at the first interaction (e.g. add a user).
 * - `L2`: advanced support (validation rules, data updates, new sharing models).
 * - `L3`: product — escalated to the platform vendor (Salesforce); only an L3 ticket may wait
 *   on the vendor (status `waiting_vendor`).
 */
export const supportLevels = ['L1', 'L2', 'L3'] as const;
/** One of {@link supportLevels}. */
export type SupportLevel = (typeof supportLevels)[number];

/**
 * The possible answers to a request: seed 002's five ("respuestas posibles para el requerimiento")
 * and seed 001's "redirected to documentation".
 */
export const RequestOutcome = {
  /**
   * Solved within the same communication: the time spent is recorded and the plan's minimum
   * per ticket is deducted from the month's hours.
   */
  answeredInFirstContact: 'answered_in_first_contact',
  /**
   * Will be solved by a date the provider commits to according to the service level; the time
   * spent is deducted from the month's hours once the client approves it.
   */
  scheduled: 'scheduled',
  /**
   * Cannot be served because the month's hours are used up (or the work needs more than what
   * is left): the overage hourly rate applies from here on.
   */
  hoursExhausted: 'hours_exhausted',
  /**
   * Does not qualify for the service (outside the included services): the provider may offer a
   * quote for additional services instead.
   */
  notCovered: 'not_covered',
  /** Cannot be fixed because of technical limitations of the platform or of the implemented application. */
  platformLimitation: 'platform_limitation',
  /**
   * Answered with the help centre's documentation (seed 001: "Redirige a nuestra documentación"):
   * a public reply links a published public article; charged as a first-contact answer.
   */
  redirectedToDocumentation: 'redirected_to_documentation',
} as const;
/** One of the values of {@link RequestOutcome}. */
export type RequestOutcome = (typeof RequestOutcome)[keyof typeof RequestOutcome];
/** Every {@link RequestOutcome} value, for validation at the edges. */
export const requestOutcomes: readonly RequestOutcome[] = Object.values(RequestOutcome);
