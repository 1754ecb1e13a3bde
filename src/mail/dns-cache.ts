/**
 * The DNS that mail authentication reads (SPF, DKIM and DMARC records): each lookup bounded in
 * time, the answers (and "no such record") kept for a while, and a question asked once however
 * many messages ask it at the same moment, so a burst of mail from one domain costs one lookup.
 * Other failures (a timeout, a server error) are not kept: the next message asks again.
 */
import { Resolver } from 'node:dns/promises';
import type { DNSResolver } from 'mailauth';

/** How long an answer is kept. */
export const dnsAnswerTtlMs = 5 * 60_000;

/** The most answers kept; the oldest go first. */
export const dnsCacheEntries = 10_000;

/** Errors that are answers: the name or the record does not exist. */
const negativeCodes = new Set(['ENOTFOUND', 'ENODATA']);

/** The system's DNS with every lookup bounded (2 tries of 2 s) instead of c-ares' long default. */
function boundedSystemResolver(): DNSResolver {
  const resolver = new Resolver({ timeout: 2_000, tries: 2 });
  return (name, type) => resolver.resolve(name, type) as ReturnType<DNSResolver>;
}

/** `resolver` (the system's, bounded, by default) behind a cache of `ttlMs`. */
export function cachingResolver(
  resolver: DNSResolver = boundedSystemResolver(),
  options: { ttlMs?: number; now?: () => number } = {},
): DNSResolver {
  const ttlMs = options.ttlMs ?? dnsAnswerTtlMs;
  const now = options.now ?? Date.now;
  const kept = new Map<string, { until: number; answer: ReturnType<DNSResolver> }>();
  return (name, type) => {
    const key = `${type} ${name.toLowerCase()}`;
    const found = kept.get(key);
    if (found && found.until > now()) return found.answer;
    kept.delete(key);
    if (kept.size >= dnsCacheEntries) kept.delete(kept.keys().next().value ?? key);
    const answer = resolver(name, type);
    kept.set(key, { until: now() + ttlMs, answer });
    answer.catch((error: { code?: unknown }) => {
      if (!negativeCodes.has(String(error?.code)) && kept.get(key)?.answer === answer) {
        kept.delete(key);
      }
    });
    return answer;
  };
}
