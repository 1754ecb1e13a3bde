/**
 * Deflection: while a client types a new request's subject in the portal, matching articles are
 * suggested; "this solved it" closes nothing — there is no ticket yet — and records that the
 * article answered the request. The unit is the portal draft: one new-request form, from the
 * first keystroke until it is submitted or left.
 *
 * What counts, precisely:
 * - A draft is **deflected** when the client marked at least one suggested article "this solved
 *   it" and never submitted the draft. It counts once, however many marks it got (the same article
 *   twice, several articles, a retried event), at the instant of its first mark.
 * - A draft that is submitted is a **submitted** request, even after a mark: the request reached
 *   the desk, so it was not deflected (the mark still credits the article as helpful).
 * - A draft with suggestions and neither outcome is **abandoned**: we cannot know whether the
 *   articles helped, so it is reported apart and left out of the rate.
 * - Each article is credited at most once per draft.
 * - Events carry ids; an id seen twice is the same event (clients retry).
 */
import { type Rate, rateOf } from '../rate.js';
import { knowledgeError } from './errors.js';

/** Something the portal reports about a draft. */
export type DeflectionEvent = {
  /** Unique per event; a repeated id is a retry of the same event. */
  readonly id: string;
  readonly draftId: string;
  readonly clientId: string;
  readonly at: number;
} & (
  | { readonly kind: 'suggested'; readonly articleIds: readonly string[] }
  | { readonly kind: 'solved'; readonly articleId: string }
  | { readonly kind: 'submitted'; readonly ticketId: string }
);

/** How a draft ended (see the module comment). */
export type DraftOutcomeKind = 'deflected' | 'submitted' | 'abandoned';

/** One draft's story, folded from its events. */
export interface DraftOutcome {
  readonly draftId: string;
  readonly clientId: string;
  readonly outcome: DraftOutcomeKind;
  /** Whether the portal showed the draft at least one article. */
  readonly suggested: boolean;
  /** When the outcome happened: first mark, submission, or the draft's last event. */
  readonly at: number;
  /** Articles marked "this solved it", each once, in the order first marked. */
  readonly helpfulArticleIds: readonly string[];
  readonly ticketId: string | null;
}

function byTime(a: DeflectionEvent, b: DeflectionEvent): number {
  return a.at - b.at || a.id.localeCompare(b.id);
}

/** Folds one draft's events (any order, retries included) into its outcome. */
function foldDraft(events: readonly DeflectionEvent[]): DraftOutcome {
  const [first] = events;
  if (first === undefined) throw new Error('a draft has at least one event');
  let suggested = false;
  let firstMarkAt: number | null = null;
  let submitted: { at: number; ticketId: string } | null = null;
  const helpful: string[] = [];
  for (const event of events) {
    if (event.kind === 'suggested') suggested ||= event.articleIds.length > 0;
    if (event.kind === 'solved') {
      firstMarkAt ??= event.at;
      if (!helpful.includes(event.articleId)) helpful.push(event.articleId);
    }
    if (event.kind === 'submitted') submitted ??= { at: event.at, ticketId: event.ticketId };
  }
  const base = {
    draftId: first.draftId,
    clientId: first.clientId,
    suggested,
    helpfulArticleIds: helpful,
  };
  if (submitted !== null) return { ...base, outcome: 'submitted', ...submitted };
  if (firstMarkAt !== null)
    return { ...base, outcome: 'deflected', at: firstMarkAt, ticketId: null };
  const last = events.at(-1)?.at ?? first.at;
  return { ...base, outcome: 'abandoned', at: last, ticketId: null };
}

/** Every draft's outcome, from the events of any number of drafts (duplicates ignored). */
export function draftOutcomes(events: readonly DeflectionEvent[]): DraftOutcome[] {
  const seen = new Set<string>();
  const drafts = new Map<string, DeflectionEvent[]>();
  for (const event of [...events].sort(byTime)) {
    if (seen.has(event.id)) continue;
    seen.add(event.id);
    const list = drafts.get(event.draftId) ?? [];
    list.push(event);
    drafts.set(event.draftId, list);
  }
  return [...drafts.values()].map(foldDraft);
}

/**
 * Refuses an event the draft can no longer take: nothing happens to a draft after it was
 * submitted (a mark then would claim a deflection the desk already received).
 */
export function checkDeflectionEvent(
  history: readonly DeflectionEvent[],
  event: DeflectionEvent,
): void {
  if (history.some((earlier) => earlier.id === event.id)) return;
  const submitted = history.find(
    (earlier) => earlier.draftId === event.draftId && earlier.kind === 'submitted',
  );
  if (submitted !== undefined) {
    throw knowledgeError(
      'draft_already_submitted',
      { draftId: event.draftId },
      `draft ${event.draftId} was already submitted`,
      'event.draftId',
    );
  }
}

/** The dashboard's deflection figures for drafts whose outcome falls in `[from, to)`. */
export interface DeflectionReport {
  readonly deflected: number;
  /** Every submitted draft, whether or not it was shown articles. */
  readonly submitted: number;
  /** Drafts shown articles and then submitted: the rate's other half. */
  readonly submittedAfterSuggestions: number;
  /** Drafts shown articles and left without an outcome. */
  readonly abandoned: number;
  /** deflected / (deflected + submittedAfterSuggestions). */
  readonly rate: Rate | null;
  /** How many drafts each article helped, most helpful first. */
  readonly helpfulArticles: readonly { readonly articleId: string; readonly drafts: number }[];
}

/** The deflection report of a period, optionally for one client. */
export function deflectionReport(
  events: readonly DeflectionEvent[],
  period: { readonly from: number; readonly to: number; readonly clientId?: string },
): DeflectionReport {
  const inPeriod = draftOutcomes(events).filter(
    (draft) =>
      draft.at >= period.from &&
      draft.at < period.to &&
      (period.clientId === undefined || draft.clientId === period.clientId),
  );
  const count = (kind: DraftOutcomeKind, suggested?: boolean) =>
    inPeriod.filter(
      (d) => d.outcome === kind && (suggested === undefined || d.suggested === suggested),
    ).length;
  const deflected = count('deflected');
  const submittedAfterSuggestions = count('submitted', true);
  const helpful = new Map<string, number>();
  for (const draft of inPeriod) {
    for (const id of draft.helpfulArticleIds) helpful.set(id, (helpful.get(id) ?? 0) + 1);
  }
  return {
    deflected,
    submitted: count('submitted'),
    submittedAfterSuggestions,
    abandoned: count('abandoned', true),
    rate: rateOf(deflected, deflected + submittedAfterSuggestions),
    helpfulArticles: [...helpful]
      .map(([articleId, drafts]) => ({ articleId, drafts }))
      .sort((a, b) => b.drafts - a.drafts || a.articleId.localeCompare(b.articleId)),
  };
}
