/**
 * SPF, DKIM and DMARC of a received message (mailauth), reduced to the domain's `AuthVerdict`.
 * Mail that reaches Pacta through one of the organisation's own relays (listed in config by IP
 * or CIDR) is vouched for by that relay. Mail read from an IMAP mailbox has no SMTP client to
 * check: SPF is evaluated against the top Received header the mailbox provider wrote.
 */
import { BlockList, isIP } from 'node:net';
import { authenticate, type DNSResolver } from 'mailauth';
import type { AuthVerdict, DmarcPolicy, DmarcResult } from '../domain/mail/auth.js';
import { cachingResolver } from './dns-cache.js';
import type { MailEnvelope } from './envelope.js';

/** How messages are checked. */
export interface AuthCheckOptions {
  /** Relays whose mail is trusted: IPs or CIDR ranges, IPv4 or IPv6. */
  readonly trustedRelays: readonly string[];
  /** This server's name, written into the results. */
  readonly serverName: string;
  /** A DNS resolver to use instead of the system's (tests serve their own records); cached either way. */
  readonly resolver?: DNSResolver;
}

/** Whether an entry is an IP address or a CIDR range (`10.0.0.5`, `10.0.0.0/8`, `2001:db8::/32`). */
export function isTrustedRelayEntry(entry: string): boolean {
  const [address = '', prefix, extra] = entry.trim().split('/');
  const bits = Number(prefix);
  const widest = isIP(address) === 6 ? 128 : 32;
  return (
    isIP(address) !== 0 &&
    extra === undefined &&
    (prefix === undefined || (/^\d+$/.test(prefix) && bits <= widest))
  );
}

/** Reads `10.0.0.5` or `10.0.0.0/8` entries into a block list; a bad entry throws naming it. */
function trustedRelayList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', prefix] = entry.trim().split('/');
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    const bits = Number(prefix);
    if (!isTrustedRelayEntry(entry)) {
      throw new Error(`trusted relay ${JSON.stringify(entry)} is not an IP address or CIDR range`);
    }
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, bits, family);
  }
  return list;
}

const dmarcResults: readonly DmarcResult[] = ['pass', 'fail', 'none', 'temperror', 'permerror'];
const dmarcPolicies: readonly NonNullable<DmarcPolicy>[] = ['none', 'quarantine', 'reject'];

/** Checks a raw message as received with its envelope; DNS failures end as temperror. */
export type AuthChecker = (raw: Buffer, envelope: MailEnvelope) => Promise<AuthVerdict>;

/** A checker for these options; a malformed trusted relay fails here, at start-up. */
export function createAuthChecker(options: AuthCheckOptions): AuthChecker {
  const relays = trustedRelayList(options.trustedRelays);
  const resolver = cachingResolver(options.resolver);
  return (raw, envelope) => check(raw, envelope, relays, { ...options, resolver });
}

async function check(
  raw: Buffer,
  envelope: MailEnvelope,
  relays: BlockList,
  options: AuthCheckOptions,
): Promise<AuthVerdict> {
  const ip = envelope.remoteAddress;
  const viaTrustedRelay =
    ip !== undefined && isIP(ip) !== 0 && relays.check(ip, isIP(ip) === 6 ? 'ipv6' : 'ipv4');
  const result = await authenticate(raw, {
    ip,
    helo: envelope.heloName,
    sender: envelope.mailFrom,
    trustReceived: ip === undefined,
    mta: options.serverName,
    resolver: options.resolver,
    disableArc: true,
    disableBimi: true,
  });
  const dmarc = result.dmarc || null;
  const status = dmarc?.status.result;
  const fromDomain = dmarc?.status.header?.from;
  return {
    fromDomain: typeof fromDomain === 'string' ? fromDomain.toLowerCase() : null,
    dkimAligned: Boolean(dmarc?.alignment?.dkim?.result),
    spfAligned: Boolean(dmarc?.alignment?.spf?.result),
    dmarc: {
      result:
        dmarcResults.find((known) => known === (status === 'temperr' ? 'temperror' : status)) ??
        'none',
      policy: dmarcPolicies.find((known) => known === dmarc?.policy) ?? null,
    },
    viaTrustedRelay,
  };
}
