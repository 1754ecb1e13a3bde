import { expect, it } from 'vitest';
import { createApiToken, actorFor as identityActorFor } from '../../src/app/identity/index.js';
import { acceptMail, processMail, releaseQuarantinedMail } from '../../src/app/mail/index.js';
import { type Role, roles } from '../../src/domain/identity/roles.js';
import { bogotaSpec } from '../factories/agency.js';
import { buildUser } from '../factories/identity.js';
import { buildArticle, buildCategoryInput } from '../factories/knowledge.js';
import { signAgencyContract, tiendaSolPeople } from '../support/agency.js';
import { buildTestApp, randomIds, type TestApp } from '../support/app.js';
import { demoUserByRole, otherTenantName } from '../support/demo.js';
import { describeEachEngine } from '../support/engines.js';
import { signInfinity25 } from '../support/hour-bank.js';
import { testOrigin } from '../support/origin.js';
import { campaignsContext, campaignsRows } from './matrix-campaigns.js';
import { quotesProjectsContext, quotesProjectsRows } from './matrix-quotes-projects.js';
import { successRows } from './matrix-success.js';

const staff: Role[] = ['provider_admin', 'agent', 'account_manager'];
const everyone: Role[] = [...roles];
const staffAndPartners: Role[] = [...staff, 'partner_agent'];
const reportReaders: Role[] = [...staff, 'client_decision_maker'];
const reportIssuers: Role[] = ['provider_admin', 'account_manager'];
const updateSubscribers: Role[] = ['client_requester', 'client_decision_maker', 'partner_agent'];

/** What a route needs for one call as one role: the URL and body for "own" and "other tenant" targets. */
interface Target {
  url: string;
  payload?: unknown;
}

interface Row {
  /** 'public': no credentials needed; otherwise the roles that may call it. */
  allowed: Role[] | 'public';
  own: (ctx: Context, role: Role) => Target;
  /** A target in another tenant's data: must answer 404 for roles that cannot reach it. */
  other?: (ctx: Context) => Target;
}

interface Context {
  orgOf: Record<Role, string>;
  otherOrg: string;
  userOf: Record<Role, string>;
  otherUser: string;
  tokenOf: Record<Role, string>;
  tokenIdOf: Record<Role, string>;
  /** A web session of each role's user, to end. */
  sessionIdOf: Record<Role, string>;
  calendarId: string;
  planId: string;
  contractOf: Record<Role, string>;
  otherContract: string;
  ticketOf: Record<Role, string>;
  otherTicket: string;
  /** A statement issued on the own contract, and one on another client's. */
  ownReport: string;
  otherReport: string;
  categoryId: string;
  articleId: string;
  /** A draft campaign (the campaign rows schedule and cancel it). */
  campaignId: string;
  /** Quarantined messages: one to release, one to discard. */
  quarantined: { release: string; discard: string };
  /** An attachment of a mail on a ticket each role reaches. */
  attachmentOf: Record<Role, string>;
  otherAttachment: string;
  releaseTo: { contractId: string; requesterId: string };
  /** IMAP mailboxes: one kept for reading and changing, one the administrator removes. */
  mailboxes: { kept: string; removed: string };
  /** Agency set-ups: Tienda Sol's for every role, the partner's client's for the partner. */
  agencyOf: Record<Role, string>;
  otherAgency: string;
  activityId: string;
  deliverableId: string;
  quoteOf: Record<Role, string>;
  otherQuote: string;
  projectOf: Record<Role, string>;
  otherProject: string;
}

const fixed = (url: string, payload?: unknown) => () => ({ url, payload });
/** A mailbox's settings (the test app has no PACTA_SECRET_KEY: saving answers 422, not 403). */
const mailboxSettings = {
  name: 'Soporte',
  host: '127.0.0.1',
  port: 143,
  secure: false,
  username: 'soporte',
  password: 'clave-del-buzon',
};
/**
 * An agency route on each role's set-up; with `other`, also on another tenant's (for routes whose
 * body passes validation or that have none, so the tenant check is what answers).
 */
const agencyRoute = (
  suffix: (ctx: Context) => string,
  payload?: unknown,
  other: 'other' | 'own only' = 'own only',
) => ({
  own: (ctx: Context, role: Role) => ({
    url: `/api/agency/contracts/${ctx.agencyOf[role]}${suffix(ctx)}`,
    payload,
  }),
  ...(other === 'other'
    ? {
        other: (ctx: Context) => ({
          url: `/api/agency/contracts/${ctx.otherAgency}${suffix(ctx)}`,
          payload,
        }),
      }
    : {}),
});
const agencyStaff: Role[] = [...staff, 'client_decision_maker'];
const contractRoute = scopedRoute('contracts');
const ticketRoute = scopedRoute('tickets');

/** Every documented route with who may call it. A route missing here fails the test. */
const matrix: Record<string, Row> = {
  'GET /health': { allowed: 'public', own: fixed('/health') },
  'GET /health/ready': { allowed: 'public', own: fixed('/health/ready') },
  'GET /health/live': { allowed: 'public', own: fixed('/health/live') },
  'POST /api/auth/login': { allowed: 'public', own: fixed('/api/auth/login', {}) },
  'GET /api/auth/oidc': { allowed: 'public', own: fixed('/api/auth/oidc') },
  'GET /api/auth/oidc/start': { allowed: 'public', own: fixed('/api/auth/oidc/start') },
  'GET /api/auth/oidc/callback': {
    allowed: 'public',
    own: fixed('/api/auth/oidc/callback?state=x&code=y'),
  },
  'POST /api/auth/logout': { allowed: everyone, own: fixed('/api/auth/logout') },
  'GET /api/me': { allowed: everyone, own: fixed('/api/me') },
  'POST /api/auth/password-reset': {
    allowed: 'public',
    own: fixed('/api/auth/password-reset', {}),
  },
  'POST /api/auth/password-reset/complete': {
    allowed: 'public',
    own: fixed('/api/auth/password-reset/complete', {}),
  },
  'GET /api/me/sessions': { allowed: everyone, own: fixed('/api/me/sessions') },
  // one session before all the others: the bulk end would leave nothing to end one by one
  'DELETE /api/me/sessions/{id}': {
    allowed: everyone,
    own: (ctx, role) => ({ url: `/api/me/sessions/${ctx.sessionIdOf[role]}` }),
  },
  'DELETE /api/me/sessions': { allowed: everyone, own: fixed('/api/me/sessions') },
  'GET /api/me/two-factor': { allowed: everyone, own: fixed('/api/me/two-factor') },
  'POST /api/me/two-factor': { allowed: everyone, own: fixed('/api/me/two-factor') },
  'POST /api/me/two-factor/confirm': {
    allowed: everyone,
    own: fixed('/api/me/two-factor/confirm', { code: '000000' }),
  },
  'POST /api/me/two-factor/turn-off': {
    allowed: everyone,
    own: fixed('/api/me/two-factor/turn-off', { password: 'not the password' }),
  },
  'POST /api/tokens': { allowed: everyone, own: fixed('/api/tokens', { name: 'matrix' }) },
  'GET /api/tokens': { allowed: everyone, own: fixed('/api/tokens') },
  'DELETE /api/tokens/{id}': {
    allowed: everyone,
    own: (ctx, role) => ({ url: `/api/tokens/${ctx.tokenIdOf[role]}` }),
  },
  'GET /api/organisations': { allowed: everyone, own: fixed('/api/organisations') },
  'POST /api/organisations': {
    allowed: ['provider_admin'],
    own: fixed('/api/organisations', { kind: 'client', name: 'Matrix client' }),
  },
  'PUT /api/organisations/{id}/time-zone': {
    allowed: ['provider_admin'],
    own: (ctx) => ({
      url: `/api/organisations/${ctx.otherOrg}/time-zone`,
      payload: { timeZone: 'America/Bogota' },
    }),
  },
  'GET /api/organisations/{id}': {
    allowed: everyone,
    own: (ctx, role) => ({ url: `/api/organisations/${ctx.orgOf[role]}` }),
    other: (ctx) => ({ url: `/api/organisations/${ctx.otherOrg}` }),
  },
  'GET /api/users': { allowed: everyone, own: fixed('/api/users') },
  'POST /api/users': { allowed: ['provider_admin'], own: fixed('/api/users', {}) },
  'GET /api/users/{id}': {
    allowed: everyone,
    own: (ctx, role) => ({ url: `/api/users/${ctx.userOf[role]}` }),
    other: (ctx) => ({ url: `/api/users/${ctx.otherUser}` }),
  },
  'PATCH /api/users/{id}': {
    allowed: ['provider_admin'],
    own: (ctx, role) => ({ url: `/api/users/${ctx.userOf[role]}`, payload: {} }),
  },
  'POST /api/users/{id}/two-factor/reset': {
    allowed: ['provider_admin'],
    own: (ctx) => ({ url: `/api/users/${ctx.userOf.agent}/two-factor/reset` }),
    other: (ctx) => ({ url: `/api/users/${ctx.otherUser}/two-factor/reset` }),
  },
  'GET /api/audit': { allowed: ['provider_admin'], own: fixed('/api/audit') },
  'POST /api/calendars/evaluate': {
    allowed: staffAndPartners,
    own: fixed('/api/calendars/evaluate', []),
  },
  'GET /api/calendars': { allowed: staffAndPartners, own: fixed('/api/calendars') },
  'POST /api/calendars': { allowed: ['provider_admin'], own: fixed('/api/calendars', {}) },
  'GET /api/calendars/{id}': {
    allowed: staffAndPartners,
    own: (ctx) => ({ url: `/api/calendars/${ctx.calendarId}` }),
  },
  'PUT /api/calendars/{id}': {
    allowed: ['provider_admin'],
    own: (ctx) => ({ url: `/api/calendars/${ctx.calendarId}`, payload: {} }),
  },
  'GET /api/calendars/{id}/open-intervals': {
    allowed: staffAndPartners,
    own: (ctx) => ({
      url: `/api/calendars/${ctx.calendarId}/open-intervals?from=2026-03-02T00:00:00Z&to=2026-03-09T00:00:00Z`,
    }),
  },
  'GET /api/plans/presets': { allowed: staff, own: fixed('/api/plans/presets') },
  'GET /api/plans': { allowed: staff, own: fixed('/api/plans') },
  'POST /api/plans': { allowed: ['provider_admin'], own: fixed('/api/plans', {}) },
  'GET /api/plans/{id}': { allowed: staff, own: (ctx) => ({ url: `/api/plans/${ctx.planId}` }) },
  'PUT /api/plans/{id}': {
    allowed: ['provider_admin'],
    own: (ctx) => ({ url: `/api/plans/${ctx.planId}`, payload: {} }),
  },
  'GET /api/contracts': { allowed: everyone, own: fixed('/api/contracts') },
  'POST /api/contracts': {
    allowed: ['provider_admin', 'account_manager'],
    own: fixed('/api/contracts', {}),
  },
  ...contractRoute('GET', '', everyone),
  ...contractRoute('POST', '/amendments', ['provider_admin', 'account_manager'], {}),
  ...contractRoute('GET', '/balance', everyone),
  ...contractRoute('GET', '/statement', everyone),
  ...contractRoute('GET', '/entries', everyone),
  ...contractRoute('GET', '/work', everyone),
  ...contractRoute('POST', '/work', staff, {}),
  ...contractRoute('POST', '/decisions', ['client_decision_maker'], {
    consumeId: '1',
    decision: 'approved',
  }),
  ...contractRoute('POST', '/adjustments', ['provider_admin'], {}),
  ...contractRoute('POST', '/reversals', ['provider_admin'], {}),
  ...contractRoute('POST', '/close-periods', ['provider_admin']),
  ...contractRoute('PUT', '/requesters', ['provider_admin', 'account_manager'], { userIds: [] }),
  ...contractRoute('GET', '/compliance', everyone),
  ...contractRoute('GET', '/requesters', everyone),
  ...contractRoute('GET', '/reports', reportReaders),
  ...kindOf(contractRoute('GET', '/reports/statement', reportReaders)),
  ...kindOf(contractRoute('POST', '/reports/statement/issues', reportIssuers, {})),
  ...contractRoute('POST', '/metrics', reportIssuers, {}),
  ...contractRoute('POST', '/metrics/upload', reportIssuers, {}),
  ...contractRoute('GET', '/reports/monitoring/recommendations', reportReaders),
  ...contractRoute('PUT', '/reports/monitoring/recommendations', reportIssuers, { text: '' }),
  'GET /api/reports/{id}': {
    allowed: reportReaders,
    own: (ctx) => ({ url: `/api/reports/${ctx.ownReport}` }),
    other: (ctx) => ({ url: `/api/reports/${ctx.otherReport}` }),
  },
  'POST /api/tickets': { allowed: everyone, own: fixed('/api/tickets', {}) },
  'GET /api/tickets': { allowed: everyone, own: fixed('/api/tickets') },
  'GET /api/notices': { allowed: staff, own: fixed('/api/notices') },
  'POST /api/tickets/bulk': { allowed: staffAndPartners, own: fixed('/api/tickets/bulk', {}) },
  ...ticketRoute('GET', '', everyone),
  ...ticketRoute('PATCH', '', staffAndPartners, {}),
  ...ticketRoute('POST', '/replies', everyone, { body: 'matrix' }),
  ...ticketRoute('POST', '/notes', staffAndPartners, { body: 'matrix' }),
  ...ticketRoute('POST', '/status', staffAndPartners, { status: 'open' }),
  ...ticketRoute('POST', '/time', staff, {}),
  ...ticketRoute('GET', '/estimate', staff),
  ...ticketRoute('PUT', '/estimate', staff, { minutes: 60 }),
  ...ticketRoute('DELETE', '/estimate', staff),
  ...ticketRoute('GET', '/assignees', staffAndPartners),
  ...ticketRoute('POST', '/escalate', ['partner_agent'], { reason: 'matrix' }),
  'GET /api/knowledge/categories': { allowed: everyone, own: fixed('/api/knowledge/categories') },
  'POST /api/knowledge/categories': { allowed: staff, own: fixed('/api/knowledge/categories', {}) },
  'PUT /api/knowledge/categories/{id}': {
    allowed: staff,
    own: (ctx) => ({ url: `/api/knowledge/categories/${ctx.categoryId}`, payload: {} }),
  },
  'GET /api/knowledge/articles': { allowed: everyone, own: fixed('/api/knowledge/articles') },
  'POST /api/knowledge/articles': { allowed: staff, own: fixed('/api/knowledge/articles', {}) },
  'GET /api/knowledge/articles/{id}': {
    allowed: everyone,
    own: (ctx) => ({ url: `/api/knowledge/articles/${ctx.articleId}` }),
  },
  'PUT /api/knowledge/articles/{id}': {
    allowed: staff,
    own: (ctx) => ({ url: `/api/knowledge/articles/${ctx.articleId}`, payload: {} }),
  },
  'POST /api/knowledge/articles/{id}/publication': {
    allowed: staff,
    own: (ctx) => ({ url: `/api/knowledge/articles/${ctx.articleId}/publication`, payload: {} }),
  },
  'GET /api/knowledge/help/{language}/{slug}': {
    allowed: everyone,
    own: fixed('/api/knowledge/help/es/importar-productos'),
  },
  'POST /api/knowledge/deflection-events': {
    allowed: ['client_requester', 'client_decision_maker'],
    own: fixed('/api/knowledge/deflection-events', {
      id: '00000000-0000-4000-8000-00000000d001',
      draftId: '00000000-0000-4000-8000-00000000d002',
      kind: 'suggested',
      articleIds: [],
    }),
  },
  'GET /api/knowledge/deflection': {
    allowed: staff,
    own: fixed('/api/knowledge/deflection?from=2026-01-01T00:00:00Z&to=2027-01-01T00:00:00Z'),
  },
  'GET /api/knowledge/search': { allowed: everyone, own: fixed('/api/knowledge/search?q=csv') },
  'GET /api/knowledge/out-of-support': {
    allowed: everyone,
    own: fixed('/api/knowledge/out-of-support'),
  },
  'PUT /api/agency/contracts/{contractId}/setup': {
    allowed: ['provider_admin', 'account_manager'],
    ...agencyRoute(() => '/setup', {}, 'other'),
  },
  'GET /api/agency/contracts/{contractId}/board': {
    allowed: everyone,
    ...agencyRoute(() => '/board', undefined, 'other'),
  },
  'POST /api/agency/contracts/{contractId}/activities': {
    allowed: ['client_requester', 'client_decision_maker'],
    ...agencyRoute(() => '/activities', { title: 'matrix' }, 'other'),
  },
  'POST /api/agency/contracts/{contractId}/activities/{activityId}/channel': {
    allowed: ['client_decision_maker'],
    ...agencyRoute((ctx) => `/activities/${ctx.activityId}/channel`),
  },
  'POST /api/agency/contracts/{contractId}/activities/{activityId}/decision': {
    allowed: staff,
    ...agencyRoute((ctx) => `/activities/${ctx.activityId}/decision`, {}),
  },
  'POST /api/agency/contracts/{contractId}/deliverables': {
    allowed: staff,
    ...agencyRoute(() => '/deliverables', {}),
  },
  'POST /api/agency/contracts/{contractId}/deliverables/{deliverableId}/start': {
    allowed: staff,
    ...agencyRoute((ctx) => `/deliverables/${ctx.deliverableId}/start`),
  },
  'POST /api/agency/contracts/{contractId}/deliverables/{deliverableId}/delivery': {
    allowed: staff,
    ...agencyRoute((ctx) => `/deliverables/${ctx.deliverableId}/delivery`),
  },
  'POST /api/agency/contracts/{contractId}/deliverables/{deliverableId}/answer': {
    allowed: ['client_decision_maker'],
    ...agencyRoute((ctx) => `/deliverables/${ctx.deliverableId}/answer`, {}),
  },
  'PUT /api/agency/contracts/{contractId}/inputs/{key}': {
    allowed: staff,
    ...agencyRoute(() => '/inputs/content_sources', {}),
  },
  'POST /api/agency/contracts/{contractId}/facts': {
    allowed: everyone,
    ...agencyRoute(() => '/facts', {}),
  },
  'POST /api/agency/contracts/{contractId}/impasses': {
    allowed: agencyStaff,
    ...agencyRoute(() => '/impasses', {}),
  },
  'POST /api/agency/contracts/{contractId}/ceremonies/move': {
    allowed: agencyStaff,
    ...agencyRoute(() => '/ceremonies/move', {}),
  },
  'POST /api/agency/contracts/{contractId}/ceremonies/cancel': {
    allowed: staff,
    ...agencyRoute(() => '/ceremonies/cancel', {}),
  },
  'POST /api/agency/contracts/{contractId}/ceremonies/minutes': {
    allowed: staff,
    ...agencyRoute(() => '/ceremonies/minutes', {}),
  },
  'POST /api/agency/contracts/{contractId}/feed-tokens': {
    allowed: agencyStaff,
    ...agencyRoute(() => '/feed-tokens', undefined, 'other'),
  },
  'DELETE /api/agency/contracts/{contractId}/feed-tokens': {
    allowed: agencyStaff,
    ...agencyRoute(() => '/feed-tokens', undefined, 'other'),
  },
  'GET /api/agency/feeds/{token}': {
    allowed: 'public',
    own: fixed('/api/agency/feeds/not-a-token'),
  },
  'POST /api/agency/me/feed-token': { allowed: everyone, own: fixed('/api/agency/me/feed-token') },
  'DELETE /api/agency/me/feed-token': {
    allowed: everyone,
    own: fixed('/api/agency/me/feed-token'),
  },
  'GET /api/agency/user-feeds/{token}': {
    allowed: 'public',
    own: fixed('/api/agency/user-feeds/not-a-token'),
  },
  ...quotesProjectsRows,
  ...campaignsRows,
  ...successRows,
  'GET /api/mail/messages': { allowed: ['provider_admin'], own: fixed('/api/mail/messages') },
  'GET /api/mail/outgoing': { allowed: ['provider_admin'], own: fixed('/api/mail/outgoing') },
  'GET /api/mail/messages/{id}/raw': {
    allowed: ['provider_admin'],
    own: (ctx) => ({ url: `/api/mail/messages/${ctx.quarantined.discard}/raw` }),
  },
  'POST /api/mail/messages/{id}/release': {
    allowed: ['provider_admin'],
    own: (ctx) => ({
      url: `/api/mail/messages/${ctx.quarantined.release}/release`,
      payload: ctx.releaseTo,
    }),
  },
  'POST /api/mail/messages/{id}/discard': {
    allowed: ['provider_admin'],
    own: (ctx) => ({ url: `/api/mail/messages/${ctx.quarantined.discard}/discard` }),
  },
  'GET /api/mail/mailboxes': { allowed: ['provider_admin'], own: fixed('/api/mail/mailboxes') },
  'POST /api/mail/mailboxes': {
    allowed: ['provider_admin'],
    own: fixed('/api/mail/mailboxes', mailboxSettings),
  },
  'PUT /api/mail/mailboxes/{id}': {
    allowed: ['provider_admin'],
    own: (ctx) => ({ url: `/api/mail/mailboxes/${ctx.mailboxes.kept}`, payload: mailboxSettings }),
  },
  'DELETE /api/mail/mailboxes/{id}': {
    allowed: ['provider_admin'],
    own: (ctx) => ({ url: `/api/mail/mailboxes/${ctx.mailboxes.removed}` }),
  },
  'POST /api/mail/mailboxes/{id}/test': {
    allowed: ['provider_admin'],
    own: (ctx) => ({ url: `/api/mail/mailboxes/${ctx.mailboxes.kept}/test` }),
  },
  'GET /api/mail/attachments/{id}': {
    allowed: everyone,
    own: (ctx, role) => ({ url: `/api/mail/attachments/${ctx.attachmentOf[role]}` }),
    other: (ctx) => ({ url: `/api/mail/attachments/${ctx.otherAttachment}` }),
  },
  // Contacts are provider staff's; every user is a contact whose id is the user's (the other
  // tenant's user here). Anonymisation comes last: it is final.
  'GET /api/contacts': { allowed: staff, own: fixed('/api/contacts') },
  'POST /api/contacts': {
    allowed: staff,
    own: fixed('/api/contacts', { kind: 'person', fields: { givenName: 'Matriz' } }),
  },
  'GET /api/contacts/{id}': {
    allowed: staff,
    own: (ctx) => ({ url: `/api/contacts/${ctx.otherUser}` }),
  },
  'PATCH /api/contacts/{id}': {
    allowed: staff,
    own: (ctx) => ({
      url: `/api/contacts/${ctx.otherUser}`,
      payload: { changes: { country: 'CO' } },
    }),
  },
  'GET /api/contacts/{id}/export': {
    allowed: ['provider_admin'],
    own: (ctx) => ({ url: `/api/contacts/${ctx.otherUser}/export` }),
  },
  'GET /api/contacts/{id}/export.pdf': {
    allowed: ['provider_admin'],
    own: (ctx) => ({ url: `/api/contacts/${ctx.otherUser}/export.pdf` }),
  },
  'GET /api/retention-rules': { allowed: ['provider_admin'], own: fixed('/api/retention-rules') },
  'PUT /api/organisations/{id}/retention-rule': {
    allowed: ['provider_admin'],
    own: (ctx) => ({
      url: `/api/organisations/${ctx.otherOrg}/retention-rule`,
      payload: { rule: null },
    }),
  },
  'GET /api/contacts/{id}/consents': {
    allowed: staff,
    own: (ctx) => ({ url: `/api/contacts/${ctx.otherUser}/consents` }),
  },
  'POST /api/contacts/{id}/consents': {
    allowed: staff,
    own: (ctx) => ({
      url: `/api/contacts/${ctx.otherUser}/consents`,
      payload: { channel: 'email', purpose: 'marketing', state: 'withdrawn', source: 'agent' },
    }),
  },
  'POST /api/segments/count': {
    allowed: staff,
    own: fixed('/api/segments/count', { rule: { field: 'kind', in: ['person'] } }),
  },
  'POST /api/unsubscribe': { allowed: 'public', own: fixed('/api/unsubscribe', { token: 'x' }) },
  'GET /api/updates/subscription': {
    allowed: updateSubscribers,
    own: fixed('/api/updates/subscription'),
  },
  'PUT /api/updates/subscription': {
    allowed: updateSubscribers,
    own: fixed('/api/updates/subscription', { subscribed: false }),
  },
  // the signed link is the credential: anyone holding it sees the page (a wrong one is a 404)
  'GET /approvals/{token}/{decision}': {
    allowed: 'public',
    own: fixed('/approvals/k3v9q2xwk3v9q2xw/approved?sig=x'),
  },
  'POST /approvals/{token}/{decision}': {
    allowed: 'public',
    own: fixed('/approvals/k3v9q2xwk3v9q2xw/approved?sig=x'),
  },
  // an empty reason answers 400 for the administrator: the rows leave no hold behind
  'GET /api/legal-holds': { allowed: ['provider_admin'], own: fixed('/api/legal-holds') },
  'POST /api/legal-holds': {
    allowed: ['provider_admin'],
    own: (ctx) => ({ url: '/api/legal-holds', payload: { contactId: ctx.otherUser, reason: '' } }),
  },
  'POST /api/legal-holds/{id}/lift': {
    allowed: ['provider_admin'],
    own: fixed('/api/legal-holds/00000000-0000-4000-8000-000000000000/lift', { reason: '' }),
  },
  'POST /api/contacts/{id}/anonymisation': {
    allowed: ['provider_admin'],
    own: (ctx) => ({
      url: `/api/contacts/${ctx.otherUser}/anonymisation`,
      payload: { confirm: true },
    }),
  },
};

/** A route under /api/{resource}/{id}: own = a record of the role's client, other = another client's. */
function scopedRoute(resource: 'tickets' | 'contracts') {
  return (
    method: string,
    suffix: string,
    allowed: Role[],
    payload?: unknown,
  ): Record<string, Row> => ({
    [`${method} /api/${resource}/{id}${suffix}`]: {
      allowed,
      own: (ctx, role) => ({
        url: `/api/${resource}/${ownOf(ctx, resource)[role]}${suffix}`,
        payload,
      }),
      other: (ctx) => ({ url: `/api/${resource}/${otherOf(ctx, resource)}${suffix}`, payload }),
    },
  });
}

/** A report route's row under its documented path (`…/reports/{kind}`), called for the statement. */
function kindOf(rows: Record<string, Row>): Record<string, Row> {
  return Object.fromEntries(
    Object.entries(rows).map(([route, row]) => [route.replace('/statement', '/{kind}'), row]),
  );
}

const ownOf = (ctx: Context, resource: 'tickets' | 'contracts') =>
  resource === 'tickets' ? ctx.ticketOf : ctx.contractOf;
const otherOf = (ctx: Context, resource: 'tickets' | 'contracts') =>
  resource === 'tickets' ? ctx.otherTicket : ctx.otherContract;

async function context(test: TestApp): Promise<Context> {
  const { store: identity } = test;
  const deps = { ...test.modules.identity, origin: testOrigin };
  const orgs = await identity.organisations.list();
  const otherOrg = orgs.find((org) => org.name === otherTenantName)?.id ?? '';
  const otherUser = (await identity.users.list([otherOrg]))[0]?.id ?? '';
  const partial = {
    orgOf: {},
    userOf: {},
    tokenOf: {},
    tokenIdOf: {},
    sessionIdOf: {},
  } as Context;
  for (const role of roles) {
    const user = await identity.users.findByEmail(demoUserByRole[role]);
    if (!user) throw new Error(`no demo user for ${role}`);
    const actor = {
      userId: user.id,
      organisationId: user.organisationId,
      organisationKind: 'client' as const,
      role,
      managedClientIds: [],
    };
    const made = await createApiToken({ ...deps, actor, name: 'matrix', expiresAt: null });
    const spare = await createApiToken({
      ...deps,
      actor,
      name: 'to revoke',
      expiresAt: null,
    });
    partial.orgOf[role] = user.organisationId;
    partial.userOf[role] = user.id;
    partial.tokenOf[role] = made.secret;
    partial.tokenIdOf[role] = spare.token.id;
    partial.sessionIdOf[role] = randomIds.newId();
    await test.store.sessions.create({
      id: partial.sessionIdOf[role],
      tokenHash: `matrix-${role}`,
      userId: user.id,
      createdAt: test.clock.now(),
      expiresAt: new Date(test.clock.now().getTime() + 3_600_000),
      userAgent: 'matrix',
      ip: null,
    });
  }
  // the partner's "own" organisation to read is the client it manages
  partial.orgOf.partner_agent = orgs.find((org) => org.partnerId !== null)?.id ?? '';
  const calendar = await test.store.calendars.create({
    id: randomIds.newId(),
    name: 'Matrix calendar',
    spec: { timeZone: 'UTC', week: { mon: [['08:00', '18:00']] } },
    at: test.clock.now(),
  });
  const own = await signInfinity25(test);
  const managed = await signInfinity25(test, {}, 'Café Montaña');
  const other = await signInfinity25(test, {}, otherTenantName);
  const contractOf = Object.fromEntries(roles.map((role) => [role, own.contractId])) as Record<
    Role,
    string
  >;
  contractOf.partner_agent = managed.contractId;
  const ticketOf = {} as Record<Role, string>;
  const ticketFor = async (contractId: string, email: string) => {
    const user = await identity.users.findByEmail(email);
    await identity.contracts.setRequesters(contractId, user ? [user.id] : []);
    const admin = { cookie: await test.cookieFor(demoUserByRole.provider_admin) };
    const res = await test.app.inject({
      method: 'POST',
      url: '/api/tickets',
      headers: admin,
      payload: {
        contractId,
        requesterId: user?.id,
        classification: { kind: 'question' },
        criticality: 'low',
        subject: 'matrix',
        description: 'matrix',
      },
    });
    if (res.statusCode !== 201) throw new Error(`ticket: ${res.payload}`);
    return res.json().id as string;
  };
  const ownTicket = await ticketFor(own.contractId, demoUserByRole.client_requester);
  for (const role of roles) ticketOf[role] = ownTicket;
  ticketOf.partner_agent = await ticketFor(managed.contractId, 'soporte@cafemontana.demo');
  const otherTicket = await ticketFor(other.contractId, 'contacto@clinicanorte.demo');
  const issue = async (contractId: string) => {
    const res = await test.app.inject({
      method: 'POST',
      url: `/api/contracts/${contractId}/reports/statement/issues`,
      headers: { cookie: await test.cookieFor(demoUserByRole.account_manager) },
      payload: {},
    });
    if (res.statusCode !== 201) throw new Error(`issue: ${res.payload}`);
    return res.json().id as string;
  };
  const ownReport = await issue(own.contractId);
  const otherReport = await issue(other.contractId);
  const categoryId = randomIds.newId();
  await test.store.knowledge.saveCategory({ ...buildCategoryInput(), id: categoryId });
  const article = buildArticle({
    id: randomIds.newId(),
    translationGroup: randomIds.newId(),
    categoryId,
  });
  await test.store.knowledge.saveArticle(article);
  const admin = await actorOf(test, demoUserByRole.provider_admin);
  const quarantine = async (n: number) => {
    const raw = Buffer.from(
      `From: nadie${n}@x.example\r\nTo: soporte@pacta.localhost\r\nSubject: matrix ${n}\r\nMessage-ID: <matrix-${n}@x.example>\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nmatrix\r\n--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=m.pdf\r\n\r\n%PDF-1.4\r\n--b--\r\n`,
    );
    const { id } = await acceptMail({
      ...test.modules.mail,
      raw,
      envelope: { source: 'smtp', rcptTo: [] },
    });
    await processMail({ ...test.modules.mail, mailId: id });
    return id;
  };
  const releasedTo = async (n: number, contractId: string, email: string) => {
    const mailId = await quarantine(n);
    const requesterId = (await identity.users.findByEmail(email))?.id ?? '';
    await releaseQuarantinedMail({
      ...test.modules.mail,
      actor: admin,
      origin: testOrigin,
      mailId,
      contractId,
      requesterId,
    });
    return (await test.store.mailMessages.attachmentsOf(mailId))[0]?.id ?? '';
  };
  const ownAttachment = await releasedTo(1, own.contractId, demoUserByRole.client_requester);
  const attachmentOf = Object.fromEntries(roles.map((role) => [role, ownAttachment])) as Record<
    Role,
    string
  >;
  attachmentOf.partner_agent = await releasedTo(2, managed.contractId, 'soporte@cafemontana.demo');
  const agency = await agencySetUps(test);
  // the own contract's requesters are emptied by the PUT /requesters row: release to the managed one
  const requesterId = (await identity.users.findByEmail('soporte@cafemontana.demo'))?.id ?? '';
  return {
    ...partial,
    ownReport,
    otherReport,
    categoryId,
    articleId: article.id,
    quarantined: { release: await quarantine(3), discard: await quarantine(4) },
    attachmentOf,
    otherAttachment: await releasedTo(5, other.contractId, 'contacto@clinicanorte.demo'),
    releaseTo: { contractId: managed.contractId, requesterId },
    mailboxes: { kept: await storedMailbox(test), removed: await storedMailbox(test) },
    ...agency,
    ...(await quotesProjectsContext(test, contractOf, other.contractId)),
    ...(await campaignsContext(test)),
    ticketOf,
    otherTicket,
    otherOrg,
    otherUser,
    calendarId: calendar.id,
    planId: own.planId,
    contractOf,
    otherContract: other.contractId,
  };
}

/** Agency set-ups on Tienda Sol (every role's), Café Montaña (the partner's) and another tenant, with an activity and a deliverable. */
async function agencySetUps(test: TestApp) {
  const as = async (role: Role, method: 'PUT' | 'POST', url: string, payload: object) => {
    const cookie = await test.cookieFor(demoUserByRole[role]);
    const res = await test.app.inject({ method, url, headers: { cookie }, payload });
    if (res.statusCode >= 300) throw new Error(`${url}: ${res.payload}`);
    return res.json();
  };
  const idOf = async (email: string) => (await test.store.users.findByEmail(email))?.id ?? '';
  // a second person of the decision-maker's client, to sponsor the account
  const sponsorBeside = async (email: string) => {
    const organisationId = (await test.store.users.findByEmail(email))?.organisationId ?? '';
    const sponsor = buildUser({
      id: randomIds.newId(),
      organisationId,
      email: `sponsor-${randomIds.newId()}@x.example`,
    });
    await test.store.users.create(sponsor);
    return sponsor.id;
  };
  const setUp = async (clientName: string, decisionMakerEmail: string | null) => {
    const contractId = await signAgencyContract(test, bogotaSpec, { clientName });
    const people = decisionMakerEmail
      ? [
          {
            personId: await idOf(demoUserByRole.account_manager),
            side: 'agency',
            role: 'strategist',
          },
          { personId: await idOf(demoUserByRole.provider_admin), side: 'agency', role: 'sponsor' },
          { personId: await idOf(decisionMakerEmail), side: 'client', role: 'decision_maker' },
          { personId: await sponsorBeside(decisionMakerEmail), side: 'client', role: 'sponsor' },
        ]
      : await tiendaSolPeople(test);
    await as('account_manager', 'PUT', `/api/agency/contracts/${contractId}/setup`, {
      operationStart: '2026-03-02',
      people,
    });
    return contractId;
  };
  const own = await setUp('Tienda Sol', null);
  const agencyOf = Object.fromEntries(roles.map((role) => [role, own])) as Record<Role, string>;
  agencyOf.partner_agent = await setUp('Café Montaña', 'soporte@cafemontana.demo');
  const base = `/api/agency/contracts/${own}`;
  const activity = await as('client_requester', 'POST', `${base}/activities`, { title: 'matrix' });
  const deliverable = await as('agent', 'POST', `${base}/deliverables`, {
    title: 'matrix',
    sprintNumber: 1,
    ownerId: await idOf(demoUserByRole.account_manager),
    due: '2026-03-20T22:00:00Z',
  });
  return {
    agencyOf,
    otherAgency: await setUp(otherTenantName, 'contacto@clinicanorte.demo'),
    activityId: activity.id as string,
    deliverableId: deliverable.id as string,
  };
}

/** A mailbox stored directly (its password sealed with a key the test app does not have). */
async function storedMailbox(test: TestApp): Promise<string> {
  const id = randomIds.newId();
  const now = test.clock.now();
  await test.store.mailboxes.insert({
    id,
    name: 'Soporte',
    host: '127.0.0.1',
    port: 143,
    secure: false,
    username: 'soporte',
    sealedPassword: 'v1.sealed.elsewhere.x',
    folder: 'INBOX',
    afterAccept: { kind: 'flag' },
    active: false,
    createdAt: now,
    updatedAt: now,
    lastPolledAt: null,
    lastAccepted: 0,
    lastError: null,
  });
  return id;
}

async function actorOf(test: TestApp, email: string) {
  const user = await test.store.users.findByEmail(email);
  if (!user) throw new Error(`no demo user ${email}`);
  return identityActorFor(test.store, user);
}

function routesOf(openapi: { paths: Record<string, Record<string, unknown>> }): string[] {
  return Object.entries(openapi.paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
  );
}

describeEachEngine('authorisation matrix', (database) => {
  it('every route × every role × own and other tenant is allowed or denied as declared', async () => {
    const test = await buildTestApp(database().handle);
    const ctx = await context(test);
    const documented = routesOf((await test.app.inject({ url: '/openapi.json' })).json());
    expect(documented.filter((route) => !(route in matrix))).toEqual([]);
    expect(Object.keys(matrix).filter((route) => !documented.includes(route))).toEqual([]);

    const failures: string[] = [];
    const call = async (route: string, target: Target, token?: string) => {
      const method = route.split(' ')[0] as 'GET' | 'POST' | 'PATCH' | 'DELETE';
      const res = await test.app.inject({
        method,
        url: target.url,
        ...(target.payload === undefined ? {} : { payload: target.payload as object }),
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      return res.statusCode;
    };
    for (const [route, row] of Object.entries(matrix)) {
      const anonymous = await call(route, row.own(ctx, 'provider_admin'));
      if (row.allowed === 'public' ? anonymous === 401 : anonymous !== 401) {
        failures.push(`${route} without credentials answered ${anonymous}`);
      }
      if (row.allowed === 'public') continue;
      for (const role of roles) {
        const allowed = row.allowed.includes(role);
        const own = await call(route, row.own(ctx, role), ctx.tokenOf[role]);
        if (allowed && [401, 403, 404].includes(own))
          failures.push(`${route} as ${role} (own): ${own}, expected allowed`);
        if (!allowed && own !== 403)
          failures.push(`${route} as ${role} (own): ${own}, expected 403`);
        if (!row.other) continue;
        const reachesOther = staff.includes(role);
        const other = await call(route, row.other(ctx), ctx.tokenOf[role]);
        if (reachesOther && allowed && [401, 403, 404].includes(other)) {
          failures.push(`${route} as ${role} (other tenant): ${other}, expected allowed`);
        }
        if (!reachesOther && ![403, 404].includes(other)) {
          failures.push(`${route} as ${role} (other tenant): ${other}, expected 403/404`);
        }
      }
    }
    expect(failures).toEqual([]);
    await test.app.close();
  }, 120_000);
});
