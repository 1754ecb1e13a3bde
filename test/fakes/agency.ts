/** The agency records in memory, ordered as the real store orders them. */
import type { AgencyRepository, UserFeedToken } from '../../src/app/agency/index.js';
import type { Tables } from './identity.js';

/** Replaces the row `same` finds, or appends `row`. */
function upsert<T>(rows: T[], row: T, same: (a: T) => boolean): void {
  const index = rows.findIndex(same);
  if (index === -1) rows.push(row);
  else rows[index] = row;
}

/** The in-memory agency repository. */
export function agency(tables: Tables): AgencyRepository {
  const t = () => tables().agency;
  const of = <R extends { contractId: string }, T>(rows: R[], id: string, pick: (r: R) => T) =>
    rows.filter((row) => row.contractId === id).map(pick);
  return {
    async accountIds() {
      return t()
        .accounts.map((a) => a.contractId)
        .sort();
    },
    async findAccount(contractId) {
      return t().accounts.find((a) => a.contractId === contractId);
    },
    async lockAccount(contractId) {
      return t().accounts.find((a) => a.contractId === contractId);
    },
    async saveAccount(account) {
      upsert(t().accounts, account, (a) => a.contractId === account.contractId);
    },
    async ceremonies(contractId) {
      return of(t().ceremonies, contractId, (r) => r.ceremony).sort(
        (a, b) => a.slot.start - b.slot.start || a.key.localeCompare(b.key),
      );
    },
    async saveCeremonies(contractId, ceremonies) {
      for (const ceremony of ceremonies) {
        upsert(
          t().ceremonies,
          { contractId, ceremony },
          (r) => r.contractId === contractId && r.ceremony.key === ceremony.key,
        );
      }
    },
    async activities(contractId) {
      return of(t().activities, contractId, (r) => r.activity).sort(
        (a, b) => a.suggestedAt - b.suggestedAt || a.id.localeCompare(b.id),
      );
    },
    async saveActivity(contractId, activity) {
      upsert(
        t().activities,
        { contractId, activity },
        (r) => r.contractId === contractId && r.activity.id === activity.id,
      );
    },
    async deliverables(contractId) {
      return of(t().deliverables, contractId, (r) => r.deliverable).sort(
        (a, b) => a.due - b.due || a.id.localeCompare(b.id),
      );
    },
    async saveDeliverables(contractId, deliverables) {
      for (const deliverable of deliverables) {
        upsert(
          t().deliverables,
          { contractId, deliverable },
          (r) => r.contractId === contractId && r.deliverable.id === deliverable.id,
        );
      }
    },
    async facts(contractId) {
      return of(t().facts, contractId, (r) => r.recorded).sort(
        (a, b) => a.fact.at - b.fact.at || a.id.localeCompare(b.id),
      );
    },
    async addFacts(contractId, facts) {
      t().facts.push(...facts.map((recorded) => ({ contractId, recorded })));
    },
    async impasses(contractId) {
      return of(t().impasses, contractId, (r) => r.impasse).sort(
        (a, b) => a.declaredAt - b.declaredAt,
      );
    },
    async saveImpasse(contractId, impasse) {
      upsert(
        t().impasses,
        { contractId, impasse },
        (r) => r.contractId === contractId && r.impasse.id === impasse.id,
      );
    },
    async addFeedToken(token, tokenHash) {
      t().feedTokens.push({ ...token, tokenHash });
    },
    async revokeFeedTokens(contractId, at) {
      const live = (f: { contractId: string; revokedAt: number | null }) =>
        f.contractId === contractId && f.revokedAt === null;
      const count = t().feedTokens.filter(live).length;
      t().feedTokens = t().feedTokens.map((f) => (live(f) ? { ...f, revokedAt: at.getTime() } : f));
      return count;
    },
    async findFeedToken(tokenHash) {
      const found = t().feedTokens.find((f) => f.tokenHash === tokenHash && f.revokedAt === null);
      return (
        found && {
          id: found.id,
          contractId: found.contractId,
          createdAt: found.createdAt,
          revokedAt: null,
        }
      );
    },
    async addUserFeedToken(token, tokenHash) {
      t().userFeedTokens.push({ ...token, tokenHash });
    },
    async revokeUserFeedTokens(userId, at) {
      const live = (f: UserFeedToken) => f.userId === userId && f.revokedAt === null;
      const count = t().userFeedTokens.filter(live).length;
      t().userFeedTokens = t().userFeedTokens.map((f) =>
        live(f) ? { ...f, revokedAt: at.getTime() } : f,
      );
      return count;
    },
    async findUserFeedToken(tokenHash) {
      const found = t().userFeedTokens.find((f) => f.tokenHash === tokenHash && !f.revokedAt);
      return (
        found && { id: found.id, userId: found.userId, createdAt: found.createdAt, revokedAt: null }
      );
    },
  };
}
