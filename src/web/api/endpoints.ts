/**
 * Typed calls of the identity and calendar API; the shapes of their answers are the server's own
 * response schemas (type-only imports: nothing of the server is bundled).
 */
import type { z } from 'zod';
import type {
  calendarView,
  evaluateResult,
  openIntervalView,
} from '../../http/routes/calendars/schema.js';
import type {
  auditEntryView,
  auditQuery,
  meView,
  newOrganisationBody,
  newUserBody,
  organisationView,
  sessionInfoView,
  sessionView,
  userView,
} from '../../http/routes/identity/schema.js';
import type { CalendarSpec } from '../calendars/spec.js';
import { request } from './client.js';

/** A user as the API shows it. */
export type User = z.infer<typeof userView>;

/** An organisation as the API shows it. */
export type Organisation = z.infer<typeof organisationView>;

/** The signed-in user and their organisation. */
export type Me = z.infer<typeof meView>;

/** One of the signed-in user's own web sessions. */
export type OwnSession = z.infer<typeof sessionInfoView>;

/** One line of the audit log. */
export type AuditEntry = z.infer<typeof auditEntryView>;

/** Filters of the audit log (all optional); `before` is the id of the last entry of the previous page. */
export type AuditFilter = Omit<Partial<z.input<typeof auditQuery>>, 'limit'> & { limit?: number };

/** A stored calendar (its spec as the editor reads it). */
export type StoredCalendar = Omit<z.infer<typeof calendarView>, 'spec'> & { spec: CalendarSpec };

/** The fields of a new user; a null password makes a contact who cannot sign in. */
export type NewUser = z.input<typeof newUserBody>;

/** The fields of a new client or partner. */
export type NewOrganisation = z.input<typeof newOrganisationBody>;

/** One answer of `POST /api/calendars/evaluate`. */
export type EvaluateResult = z.infer<typeof evaluateResult>;

/** Every API call of the web app. */
export const api = {
  signIn: (email: string, password: string, code?: string) =>
    request<z.infer<typeof sessionView>>('POST', '/api/auth/login', {
      body: { email, password, ...(code ? { code } : {}) },
    }),
  oidcProvider: () => request<{ name: string | null }>('GET', '/api/auth/oidc'),
  signOut: () => request<undefined>('POST', '/api/auth/logout'),
  me: () => request<Me>('GET', '/api/me'),
  requestPasswordReset: (email: string) =>
    request<null>('POST', '/api/auth/password-reset', { body: { email } }),
  completePasswordReset: (token: string, password: string) =>
    request<undefined>('POST', '/api/auth/password-reset/complete', { body: { token, password } }),
  sessions: () => request<OwnSession[]>('GET', '/api/me/sessions'),
  endSession: (id: string) =>
    request<undefined>('DELETE', `/api/me/sessions/${encodeURIComponent(id)}`),
  endOtherSessions: () => request<undefined>('DELETE', '/api/me/sessions'),
  twoFactor: () =>
    request<{ on: boolean; available: boolean; recoveryCodesLeft: number }>(
      'GET',
      '/api/me/two-factor',
    ),
  startTwoFactor: () => request<{ secret: string; uri: string }>('POST', '/api/me/two-factor'),
  confirmTwoFactor: (code: string) =>
    request<{ recoveryCodes: string[] }>('POST', '/api/me/two-factor/confirm', { body: { code } }),
  turnOffTwoFactor: (password: string) =>
    request<undefined>('POST', '/api/me/two-factor/turn-off', { body: { password } }),
  users: (organisationId?: string) =>
    request<User[]>('GET', '/api/users', { query: { organisationId } }),
  createUser: (user: NewUser) => request<User>('POST', '/api/users', { body: user }),
  updateUser: (id: string, changes: Partial<Pick<User, 'name' | 'locale' | 'role' | 'active'>>) =>
    request<User>('PATCH', `/api/users/${encodeURIComponent(id)}`, { body: changes }),
  resetTwoFactor: (id: string) =>
    request<undefined>('POST', `/api/users/${encodeURIComponent(id)}/two-factor/reset`),
  organisations: () => request<Organisation[]>('GET', '/api/organisations'),
  setOrganisationTimeZone: (id: string, timeZone: string) =>
    request<Organisation>('PUT', `/api/organisations/${encodeURIComponent(id)}/time-zone`, {
      body: { timeZone },
    }),
  createOrganisation: (organisation: NewOrganisation) =>
    request<Organisation>('POST', '/api/organisations', { body: organisation }),
  audit: (filter: AuditFilter) => request<AuditEntry[]>('GET', '/api/audit', { query: filter }),
  calendars: () => request<StoredCalendar[]>('GET', '/api/calendars'),
  calendar: (id: string) =>
    request<StoredCalendar>('GET', `/api/calendars/${encodeURIComponent(id)}`),
  createCalendar: (name: string, spec: unknown) =>
    request<StoredCalendar>('POST', '/api/calendars', { body: { name, spec } }),
  replaceCalendar: (id: string, name: string, spec: unknown) =>
    request<StoredCalendar>('PUT', `/api/calendars/${encodeURIComponent(id)}`, {
      body: { name, spec },
    }),
  openIntervals: (id: string, from: string, to: string) =>
    request<z.infer<typeof openIntervalView>[]>(
      'GET',
      `/api/calendars/${encodeURIComponent(id)}/open-intervals`,
      { query: { from, to } },
    ),
  evaluate: (cases: readonly Record<string, unknown>[]) =>
    request<EvaluateResult[]>('POST', '/api/calendars/evaluate', { body: cases }),
};
