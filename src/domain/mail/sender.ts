/**
 * Who may open a ticket by mail. Seed 002 limits who reports tickets ("Contraparte: la
 * cantidad de personas que el cliente determina que podrá reportar un ticket"); the limit
 * holds by mail too: only an authorised requester of exactly one contract opens a ticket,
 * everything else waits in quarantine with the reason for an administrator.
 */
import { baseAddress } from './address.js';
import { type AuthVerdict, failsDmarcReject } from './auth.js';

/** What the directory knows of the From address. */
export type SenderMatch =
  | { readonly kind: 'unknown' }
  | {
      readonly kind: 'known';
      readonly userId: string;
      /** The contracts on which this user is an authorised requester. */
      readonly requesterOf: readonly string[];
    };

/** Everything the decision reads, as plain data. */
export interface SenderFacts {
  /** The From address, or null when the message has none. */
  readonly from: string | null;
  /** The desk's own addresses: mail claiming to come from them is not trusted. */
  readonly ownAddresses: readonly string[];
  readonly auth: AuthVerdict;
  readonly match: SenderMatch;
}

/** Why a message from this sender waits in quarantine instead of opening a ticket. */
export const senderQuarantineReasons = [
  'no_sender',
  'claims_own_address',
  'dmarc_reject',
  'unknown_sender',
  'not_authorised',
  'several_contracts',
] as const;
/** One of {@link senderQuarantineReasons}. */
export type QuarantineReason = (typeof senderQuarantineReasons)[number];

/** A ticket on the one contract the sender may report on, or quarantine with the reason. */
export type SenderDecision =
  | { readonly outcome: 'ticket'; readonly userId: string; readonly contractId: string }
  | { readonly outcome: 'quarantine'; readonly reason: QuarantineReason };

/** Who wrote a message, once the forgery and directory checks passed, or why it waits in quarantine. */
export type ScreenedSender =
  | { readonly outcome: 'known'; readonly userId: string; readonly requesterOf: readonly string[] }
  | { readonly outcome: 'quarantine'; readonly reason: QuarantineReason };

/**
 * The checks every message from a person passes before anything it asks is done (a new ticket,
 * a reply): it has a sender, does not claim one of our own addresses, does not fail a DMARC
 * reject policy, and the directory knows the address.
 */
export function screenSender(facts: SenderFacts): ScreenedSender {
  if (facts.from === null) return quarantine('no_sender');
  const own = new Set(facts.ownAddresses.map(baseAddress));
  if (own.has(baseAddress(facts.from))) return quarantine('claims_own_address');
  if (failsDmarcReject(facts.auth)) return quarantine('dmarc_reject');
  const { match } = facts;
  if (match.kind === 'unknown') return quarantine('unknown_sender');
  return { outcome: 'known', userId: match.userId, requesterOf: match.requesterOf };
}

/** Decides what a new message from this sender becomes; forged mail is caught before the match. */
export function decideSender(facts: SenderFacts): SenderDecision {
  const screened = screenSender(facts);
  if (screened.outcome === 'quarantine') return screened;
  const contracts = [...new Set(screened.requesterOf)];
  const [only] = contracts;
  if (only === undefined) return quarantine('not_authorised');
  if (contracts.length > 1) return quarantine('several_contracts');
  return { outcome: 'ticket', userId: screened.userId, contractId: only };
}

function quarantine(reason: QuarantineReason): { outcome: 'quarantine'; reason: QuarantineReason } {
  return { outcome: 'quarantine', reason };
}
