/**
 * Typed calls of the Pacta API the web app uses, with the shapes of their answers (as in
 * `/openapi.json`: User, Organisation, AuditEntry, Calendar).
 */
import type { OrganisationKind, Role } from '../../domain/identity/roles.js';
import type { Locale } from '../../i18n/index.js';
import type { CalendarSpec } from '../calendar/spec.js';
import { request } from './client.js';

/** A user as the API shows it. */
export interface User {
  id: string;
  organisationId: string;
  email: string;
  name: string;
  locale: Locale;
  role: Role;
  active: boolean;
  hasLogin: boolean;
  createdAt: string;
}

/** An organisation as the API shows it. */
export interface Organisation {
  id: string;
  kind: OrganisationKind;
  name: string;
  partnerId: string | null;
  createdAt: string;
}

/** The signed-in user and their organisation. */
export interface Me {
  user: User;
  organisation: Organisation;
}

/** One line of the audit log. */
export interface AuditEntry {
  id: string;
  at: string;
  actorUserId: string | null;
  actorOrganisationId: string | null;
  action: string;
  resourceType: string | null;
  resourceId: string | null;
  outcome: number;
  ip: string | null;
  requestId: string | null;
}

/** Filters of the audit log (all optional); `before` is the id of the last entry of the previous page. */
export type AuditFilter = {
  actorUserId?: string;
  action?: string;
  resourceType?: string;
  resourceId?: string;
  from?: string;
  to?: string;
  limit?: number;
  before?: string;
};

/** A stored calendar. */
export interface StoredCalendar {
  id: string;
  name: string;
  spec: CalendarSpec;
  createdAt: string;
  updatedAt: string;
}

/** The fields of a new user; a null password makes a contact who cannot sign in. */
export interface NewUser {
  organisationId: string;
  email: string;
  name: string;
  locale: Locale;
  role: Role;
  password: string | null;
}

/** The fields of a new client or partner. */
export interface NewOrganisation {
  kind: 'client' | 'partner';
  name: string;
  partnerId: string | null;
}

/** One answer of `POST /api/calendars/evaluate`. */
export type EvaluateResult =
  | { id: unknown; at: string }
  | { id: unknown; seconds: number }
  | { id: unknown; open: boolean }
  | { id: unknown; error: { code: string; message: string; path: string | null } };

/** Every API call of the web app. */
export const api = {
  signIn: (email: string, password: string) =>
    request<{ user: User }>('POST', '/api/auth/login', { body: { email, password } }),
  signOut: () => request<undefined>('POST', '/api/auth/logout'),
  me: () => request<Me>('GET', '/api/me'),
  users: (organisationId?: string) =>
    request<User[]>('GET', '/api/users', { query: { organisationId } }),
  createUser: (user: NewUser) => request<User>('POST', '/api/users', { body: user }),
  updateUser: (id: string, changes: Partial<Pick<User, 'name' | 'locale' | 'role' | 'active'>>) =>
    request<User>('PATCH', `/api/users/${encodeURIComponent(id)}`, { body: changes }),
  organisations: () => request<Organisation[]>('GET', '/api/organisations'),
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
    request<{ start: string; end: string }[]>(
      'GET',
      `/api/calendars/${encodeURIComponent(id)}/open-intervals`,
      { query: { from, to } },
    ),
  evaluate: (cases: readonly Record<string, unknown>[]) =>
    request<EvaluateResult[]>('POST', '/api/calendars/evaluate', { body: cases }),
};
