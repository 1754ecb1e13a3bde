/**
 * What SPF, DKIM and DMARC said about a received message, reduced to what Pacta decides on:
 * whether the From domain publishes a reject policy that the message fails, and whether the
 * message is vouched for a person's domain (approvals by mail require it).
 */
import { domainOf, normaliseAddress } from './address.js';

/** A DMARC evaluation result (RFC 7489 with the temporary and permanent errors). */
export type DmarcResult = 'pass' | 'fail' | 'none' | 'temperror' | 'permerror';

/** The policy a domain publishes for mail that fails DMARC; null when none was found. */
export type DmarcPolicy = 'none' | 'quarantine' | 'reject' | null;

/** The authentication of one received message. */
export interface AuthVerdict {
  /** The domain of the From header, lower-case, or null. */
  readonly fromDomain: string | null;
  /** A DKIM signature that verified is aligned with the From domain. */
  readonly dkimAligned: boolean;
  /** SPF passed for a MAIL FROM domain aligned with the From domain. */
  readonly spfAligned: boolean;
  readonly dmarc: { readonly result: DmarcResult; readonly policy: DmarcPolicy };
  /** The message came through a relay listed as trusted in the configuration. */
  readonly viaTrustedRelay: boolean;
}

/** A verdict for mail whose authentication was not checked (nothing passes, nothing fails). */
export const uncheckedAuth: AuthVerdict = {
  fromDomain: null,
  dkimAligned: false,
  spfAligned: false,
  dmarc: { result: 'none', policy: null },
  viaTrustedRelay: false,
};

/** The message fails DMARC for a domain that asks receivers to reject such mail. */
export function failsDmarcReject(auth: AuthVerdict): boolean {
  return auth.dmarc.result === 'fail' && auth.dmarc.policy === 'reject';
}

/**
 * The message is vouched for the person at `address`: it came through a trusted relay, or its
 * From domain is the person's and DKIM or SPF passed aligned with it.
 */
export function vouchesFor(auth: AuthVerdict, address: string): boolean {
  if (auth.viaTrustedRelay) return true;
  const domain = domainOf(normaliseAddress(address));
  if (domain === null || domain !== auth.fromDomain) return false;
  return auth.dkimAligned || auth.spfAligned;
}
