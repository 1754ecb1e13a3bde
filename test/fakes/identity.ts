/** Identity repositories in memory (organisations, users, sessions, tokens, the audit log). */
import type { AuditReader, User } from '../../src/app/identity/index.js';
import type { AuditLog } from '../../src/app/shared/index.js';
import type { Repositories, Store } from '../../src/store/index.js';
import { nextValue, type State, uniqueViolation } from './state.js';

/** Reads the tables a call works on: the committed ones, or a transaction's copy. */
export type Tables = () => State;

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const withoutHash = ({ passwordHash: _hidden, ...user }: User & { passwordHash: unknown }) => user;

/** Organisations in memory: one provider at most, listed by kind then name. */
export function organisations(tables: Tables): Repositories['organisations'] {
  return {
    async create(input) {
      const state = tables();
      if (input.kind === 'provider' && state.organisations.some((o) => o.kind === 'provider'))
        throw uniqueViolation('organisations_one_provider');
      state.organisations.push({ ...input });
      return { ...input };
    },
    findById: async (id) => tables().organisations.find((o) => o.id === id),
    findProvider: async () => tables().organisations.find((o) => o.kind === 'provider'),
    async list(ids) {
      return tables()
        .organisations.filter((o) => !ids || ids.includes(o.id))
        .sort((a, b) => byText(a.kind, b.kind) || byText(a.name, b.name));
    },
    managedClientIds: async (partnerId) =>
      tables()
        .organisations.filter((o) => o.partnerId === partnerId)
        .map((o) => o.id),
    async setTimeZone(id, timeZone) {
      const state = tables();
      state.organisations = state.organisations.map((o) => (o.id === id ? { ...o, timeZone } : o));
    },
  };
}

/** Users in memory: emails unique case-insensitively, listed by name. */
export function users(tables: Tables): Repositories['users'] {
  return {
    async create(input) {
      const state = tables();
      const email = input.email.toLowerCase();
      if (state.users.some((u) => u.email.toLowerCase() === email))
        throw uniqueViolation('users_email');
      const row = { ...input, active: true, hasLogin: input.passwordHash !== null };
      state.users.push(row);
      return withoutHash(row);
    },
    async findById(id) {
      const row = tables().users.find((u) => u.id === id);
      return row && withoutHash(row);
    },
    async findByEmail(email) {
      const row = tables().users.find((u) => u.email.toLowerCase() === email.toLowerCase());
      return row && { ...row };
    },
    async list(organisationIds) {
      return tables()
        .users.filter((u) => !organisationIds || organisationIds.includes(u.organisationId))
        .sort((a, b) => byText(a.name, b.name) || byText(a.id, b.id))
        .map(withoutHash);
    },
    async update(id, changes) {
      const row = tables().users.find((u) => u.id === id);
      if (!row) return undefined;
      Object.assign(row, changes);
      return withoutHash(row);
    },
    async setPasswordHash(id, passwordHash) {
      const row = tables().users.find((u) => u.id === id);
      if (row) Object.assign(row, { passwordHash, hasLogin: true });
    },
  };
}

/** Web sessions in memory. */
export function sessions(tables: Tables): Repositories['sessions'] {
  const info = ({ tokenHash: _hidden, userId: _owner, ...session }: State['sessions'][number]) =>
    session;
  const remove = (keep: (session: State['sessions'][number]) => boolean) => {
    const state = tables();
    const before = state.sessions.length;
    state.sessions = state.sessions.filter(keep);
    return state.sessions.length < before;
  };
  return {
    async create({ userAgent, ip, ...input }) {
      tables().sessions.push({ ...input, lastUsedAt: input.createdAt, userAgent, ip });
    },
    async touchActive(tokenHash, now) {
      const row = tables().sessions.find((s) => s.tokenHash === tokenHash && s.expiresAt > now);
      if (row && (row.lastUsedAt === null || row.lastUsedAt.getTime() < now.getTime() - 60_000))
        row.lastUsedAt = now;
      const user = row && tables().users.find((u) => u.id === row.userId);
      return user && { user: withoutHash(user), sessionId: row.id };
    },
    listForUser: async (userId, now) =>
      tables()
        .sessions.filter((s) => s.userId === userId && s.expiresAt > now)
        .sort((a, b) => (b.lastUsedAt?.getTime() ?? 0) - (a.lastUsedAt?.getTime() ?? 0))
        .map(info),
    async delete(tokenHash) {
      remove((s) => s.tokenHash !== tokenHash);
    },
    deleteById: async (id, userId) => remove((s) => s.id !== id || s.userId !== userId),
    async deleteForUser(userId, exceptId) {
      remove((s) => s.userId !== userId || s.id === exceptId);
    },
  };
}

/** Password-reset links in memory. */
export function passwordResets(tables: Tables): Repositories['passwordResets'] {
  return {
    async create(input) {
      tables().passwordResets.push({ ...input, usedAt: null });
    },
    async consume(tokenHash, now) {
      const row = tables().passwordResets.find(
        (r) => r.tokenHash === tokenHash && r.usedAt === null && r.expiresAt > now,
      );
      if (row) row.usedAt = now;
      return row?.userId;
    },
    async voidForUser(userId, now) {
      for (const row of tables().passwordResets)
        if (row.userId === userId && row.usedAt === null) row.usedAt = now;
    },
  };
}

/** API tokens in memory. */
export function tokens(tables: Tables): Repositories['tokens'] {
  const publicPart = ({ tokenHash: _hidden, ...token }: { tokenHash: string } & object) => token;
  return {
    async create(input) {
      const row = { ...input, revokedAt: null, lastUsedAt: null };
      tables().tokens.push(row);
      return publicPart(row) as Awaited<ReturnType<Repositories['tokens']['create']>>;
    },
    async touchActiveToken(tokenHash, now) {
      const row = tables().tokens.find(
        (t) =>
          t.tokenHash === tokenHash &&
          t.revokedAt === null &&
          (t.expiresAt === null || t.expiresAt > now),
      );
      if (row) row.lastUsedAt = now;
      return row && { userId: row.userId, expiresAt: row.expiresAt };
    },
    listForUser: async (userId) =>
      tables()
        .tokens.filter((t) => t.userId === userId)
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
        .map((t) => publicPart(t) as Awaited<ReturnType<Repositories['tokens']['create']>>),
    async revoke(id, userId, now) {
      const row = tables().tokens.find(
        (t) => t.id === id && t.userId === userId && t.revokedAt === null,
      );
      if (row) row.revokedAt = now;
      return row !== undefined;
    },
    async revokeAllForUser(userId, now) {
      for (const row of tables().tokens)
        if (row.userId === userId && row.revokedAt === null) row.revokedAt = now;
    },
  };
}

/** Sign-in attempts in memory, per key in a fixed window. */
export function signInAttempts(tables: Tables): Store['signInAttempts'] {
  const counts = () => tables().signInAttempts;
  return {
    async count(key, now, windowMs) {
      const known = counts().get(key);
      const expired = !known || known.windowStartedAt.getTime() <= now.getTime() - windowMs;
      const next = expired
        ? { attempts: 1, windowStartedAt: now }
        : { ...known, attempts: known.attempts + 1 };
      counts().set(key, next);
      return next;
    },
    async takeBack(key) {
      const known = counts().get(key);
      if (known) counts().set(key, { ...known, attempts: Math.max(0, known.attempts - 1) });
    },
    async clear(key) {
      counts().delete(key);
    },
  };
}

/** The audit log in memory: appended with an increasing id, listed newest first. */
export function audit(tables: Tables): AuditLog & AuditReader {
  return {
    async append(entry) {
      const state = tables();
      state.audit.push({ ...entry, id: String(nextValue(state, 'audit')) });
    },
    async list(filter) {
      return tables()
        .audit.filter(
          (e) =>
            (!filter.actorUserId || e.actorUserId === filter.actorUserId) &&
            (!filter.action || e.action === filter.action) &&
            (!filter.resourceType || e.resourceType === filter.resourceType) &&
            (!filter.resourceId || e.resourceId === filter.resourceId) &&
            (!filter.from || e.at >= filter.from) &&
            (!filter.to || e.at < filter.to) &&
            (!filter.before || Number(e.id) < Number(filter.before)),
        )
        .sort((a, b) => Number(b.id) - Number(a.id))
        .slice(0, filter.limit);
    },
  };
}
