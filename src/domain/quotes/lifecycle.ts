/**
 * The quote's state machine. Every action reads the current version's state on the action's
 * day (a sent version past its validity is expired), appends to the history and returns a
 * new quote; nothing is changed in place.
 *
 * | action   | from                    | to                                   | by                          |
 * |----------|-------------------------|--------------------------------------|-----------------------------|
 * | edit     | draft                   | draft, content replaced              | the provider                |
 * | send     | draft                   | sent                                 | the provider                |
 * | approve  | sent, within validity   | approved                             | the client's decision-maker |
 * | reject   | sent, within validity   | rejected                             | the client's decision-maker |
 * | expire   | sent, past validity     | expired                              | the system                  |
 * | withdraw | draft, sent             | withdrawn (a reason is required)     | the provider                |
 * | revise   | sent, rejected, expired | superseded + version n + 1, a draft  | the provider                |
 *
 * Who may act for the provider is the use-case's authorisation; who decides is a rule of the
 * agreement (seed 004 §2.4: the client's single decision-maker), so it is checked here.
 */
import { DomainError, invalidInput } from '../errors.js';
import type { Actor } from '../identity/policy.js';
import type { LocalDate } from '../time/index.js';
import type { QuoteContent } from './content.js';
import {
  checkContentOn,
  checkEventDate,
  currentVersion,
  type Quote,
  type QuoteAction,
  type QuoteState,
  type QuoteVersion,
  quoteStateOn,
} from './quote.js';

/** Who decides a quote: the user, their organisation and role. */
export type Decider = Pick<Actor, 'userId' | 'organisationId' | 'role'>;

/** When an action happens and who does it. */
export interface QuoteStep {
  readonly on: LocalDate;
  readonly by: string;
}

type Action = 'edit' | 'send' | 'approve' | 'reject' | 'expire' | 'withdraw' | 'revise';

/** The states (on the action's day) each action starts from; expiry is checked on its own. */
const allowedFrom: Record<Exclude<Action, 'expire'>, readonly QuoteState[]> = {
  edit: ['draft'],
  send: ['draft'],
  approve: ['sent'],
  reject: ['sent'],
  withdraw: ['draft', 'sent'],
  revise: ['sent', 'rejected', 'expired'],
};

const pastTense: Record<Action, QuoteAction> = {
  edit: 'edited',
  send: 'sent',
  approve: 'approved',
  reject: 'rejected',
  expire: 'expired',
  withdraw: 'withdrawn',
  revise: 'revised',
};

/** The current version, if `action` is allowed on `on`; a `conflict` naming the state otherwise. */
function versionFor(quote: Quote, action: Exclude<Action, 'expire'>, on: LocalDate): QuoteVersion {
  checkEventDate(quote, on);
  const state = quoteStateOn(quote, on);
  if (!allowedFrom[action].includes(state)) {
    throw new DomainError(
      'conflict',
      `a quote that is ${state} cannot be ${pastTense[action]} (allowed from: ${allowedFrom[action].join(', ')})`,
      'quote.state',
    );
  }
  return currentVersion(quote);
}

function record(
  quote: Quote,
  versions: readonly QuoteVersion[],
  action: Action,
  event: { version: number; on: LocalDate; by: string | null; reason?: string | null },
): Quote {
  const step = { ...event, action: pastTense[action], reason: event.reason ?? null };
  return { ...quote, versions, history: [...quote.history, step] };
}

function replaceCurrent(quote: Quote, version: QuoteVersion): readonly QuoteVersion[] {
  return [...quote.versions.slice(0, -1), version];
}

/** Replaces a draft's content (a draft was never seen by the client: no new version). */
export function editDraft(quote: Quote, content: QuoteContent, step: QuoteStep): Quote {
  const version = versionFor(quote, 'edit', step.on);
  checkContentOn(content, quote.currency, step.on);
  return record(quote, replaceCurrent(quote, { ...version, content }), 'edit', {
    version: version.number,
    ...step,
  });
}

/** Sends the draft to the client's decision-maker; its validity must not have passed. */
export function sendQuote(quote: Quote, step: QuoteStep): Quote {
  const version = versionFor(quote, 'send', step.on);
  checkContentOn(version.content, quote.currency, step.on);
  return record(quote, replaceCurrent(quote, { ...version, state: 'sent' }), 'send', {
    version: version.number,
    ...step,
  });
}

/** The client's decision on a version it was sent. */
export interface QuoteDecision {
  /** The version the client saw: deciding a superseded version is a conflict. */
  readonly version: number;
  readonly decision: 'approved' | 'rejected';
  readonly on: LocalDate;
  readonly by: Decider;
  readonly reason: string | null;
}

/**
 * Approves or rejects the current version: only the client's decision-maker may, only on the
 * version they were sent, and only within its validity.
 */
export function decideQuote(quote: Quote, decision: QuoteDecision): Quote {
  const { by } = decision;
  if (by.role !== 'client_decision_maker' || by.organisationId !== quote.clientId) {
    throw new DomainError('forbidden', "only the client's decision-maker decides a quote", 'by');
  }
  const action = decision.decision === 'approved' ? 'approve' : 'reject';
  const version = versionFor(quote, action, decision.on);
  if (decision.version !== version.number) {
    throw new DomainError(
      'conflict',
      `version ${decision.version} is not the current one (${version.number})`,
      'version',
    );
  }
  return record(quote, replaceCurrent(quote, { ...version, state: decision.decision }), action, {
    version: version.number,
    on: decision.on,
    by: by.userId,
    reason: decision.reason,
  });
}

/** Records that a sent version passed its validity (the expiry job); a conflict before that. */
export function expireQuote(quote: Quote, on: LocalDate): Quote {
  checkEventDate(quote, on);
  const version = currentVersion(quote);
  if (version.state !== 'sent') {
    throw new DomainError(
      'conflict',
      `a quote that is ${version.state} cannot be expired`,
      'quote.state',
    );
  }
  if (on <= version.content.validUntil) {
    throw new DomainError(
      'conflict',
      `the quote is valid until ${version.content.validUntil}`,
      'on',
    );
  }
  return record(quote, replaceCurrent(quote, { ...version, state: 'expired' }), 'expire', {
    version: version.number,
    on,
    by: null,
  });
}

/** Withdraws a draft or sent quote; the reason is required and kept in the history. */
export function withdrawQuote(quote: Quote, step: QuoteStep & { reason: string }): Quote {
  if (step.reason.trim() === '') throw invalidInput('reason', 'a withdrawal needs a reason');
  const version = versionFor(quote, 'withdraw', step.on);
  return record(quote, replaceCurrent(quote, { ...version, state: 'withdrawn' }), 'withdraw', {
    version: version.number,
    ...step,
  });
}

/**
 * Revises a sent, rejected or expired quote: the current version is superseded and version
 * n + 1 is a draft with the new content, to be sent again.
 */
export function reviseQuote(quote: Quote, content: QuoteContent, step: QuoteStep): Quote {
  const version = versionFor(quote, 'revise', step.on);
  checkContentOn(content, quote.currency, step.on);
  const next: QuoteVersion = { number: version.number + 1, content, state: 'draft' };
  const versions = [...replaceCurrent(quote, { ...version, state: 'superseded' }), next];
  return record(quote, versions, 'revise', { version: next.number, ...step });
}
