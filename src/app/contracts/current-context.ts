/**
 * Contract contexts kept in memory per contract version, for the hot path of ticket intake: each
 * use first takes, in one query, fingerprints of the stored contract, amendments and calendars
 * and whether the requester is authorised now, and reuses the cached context only when both
 * fingerprints are equal to those it was read under. A change made through any node is thus
 * seen by the next use on every node; a fingerprint is always taken before the rows it labels,
 * so a change racing a read can only cause one more read, never a stale context.
 */
import type { CalendarSpec } from '../../domain/calendar/spec.js';
import { calendarRefsOf } from '../../domain/contracts/index.js';
import type { Action, Principal } from '../../domain/identity/policy.js';
import { authorise, inReach } from '../shared/index.js';
import { type ContractContext, calendarSpecsOf, contextOf } from './load-contract-context.js';
import type { ContractFingerprint, ContractRecord, ContractsDeps } from './ports.js';

/** A contract as read under its fingerprints, with the calendars its versions name. */
interface Cached {
  contract: string;
  calendars: string;
  refs: readonly string[];
  record: ContractRecord;
  specs: ReadonlyMap<string, CalendarSpec>;
}

/** Cached contract contexts by contract id, the least recently used dropped beyond `capacity`. */
export class ContractContextCache {
  readonly #entries = new Map<string, Cached>();

  constructor(readonly capacity = 1000) {}

  /** The entry of a contract, now the most recently used. */
  get(contractId: string): Cached | undefined {
    const entry = this.#entries.get(contractId);
    if (entry) {
      this.#entries.delete(contractId);
      this.#entries.set(contractId, entry);
    }
    return entry;
  }

  /** Keeps (or forgets, with undefined) the entry of a contract. */
  set(contractId: string, entry: Cached | undefined): void {
    this.#entries.delete(contractId);
    if (!entry) return;
    this.#entries.set(contractId, entry);
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= this.capacity) break;
      this.#entries.delete(oldest);
    }
  }

  /** How many contracts are cached. */
  get size(): number {
    return this.#entries.size;
  }
}

const sameRefs = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((ref) => b.includes(ref));

/** Reads a contract and its calendars afresh, labelled with fingerprints taken before them. */
async function readAfresh(
  options: Pick<ContractsDeps, 'contracts' | 'calendars'> & { contractId: string },
  seen: ContractFingerprint,
  checkedRefs: readonly string[],
): Promise<Cached | undefined> {
  const record = await options.contracts.find(options.contractId);
  if (!record) return undefined;
  const refs = calendarRefsOf(record.contract);
  const calendars = sameRefs(refs, checkedRefs)
    ? seen.calendars
    : (await options.contracts.fingerprint(options.contractId, refs, null))?.calendars;
  if (calendars === undefined) return undefined;
  const specs = await calendarSpecsOf(options.calendars, refs);
  return { contract: seen.contract, calendars, refs, record, specs };
}

/**
 * The context of a contract the actor may act on (as `loadContractContext`), from the cache when
 * the stored contract and calendars have not changed, and whether `requesterId` is one of the
 * contract's authorised requesters now.
 */
export async function loadCurrentContractContext(
  options: Pick<ContractsDeps, 'contracts' | 'calendars' | 'clock'> & {
    contractContexts: ContractContextCache;
    actor: Principal;
    action: Action;
    contractId: string;
    requesterId: string | undefined;
  },
): Promise<{ context: ContractContext; requesterAuthorised: boolean }> {
  authorise(options.actor, options.action);
  const { contractContexts: cache, contractId } = options;
  const cached = cache.get(contractId);
  const checkedRefs = cached?.refs ?? [];
  const seen = await options.contracts.fingerprint(
    contractId,
    checkedRefs,
    options.requesterId ?? null,
  );
  let entry = seen && cached;
  if (!seen) cache.set(contractId, undefined);
  else if (seen.contract !== cached?.contract || seen.calendars !== cached.calendars) {
    entry = await readAfresh(options, seen, checkedRefs);
    cache.set(contractId, entry);
  }
  const record = inReach(
    options.actor,
    options.action,
    entry?.record,
    (found) => ({ organisationId: found.contract.clientId }),
    'contract',
  );
  return {
    context: contextOf(record, entry?.specs ?? new Map(), options.clock),
    requesterAuthorised: seen?.requester ?? false,
  };
}
