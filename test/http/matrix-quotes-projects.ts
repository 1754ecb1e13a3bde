/**
 * The authorisation matrix's rows for the quotes and projects routes, and the records they are
 * called on: a draft quote and a project on each role's contract (the partner's: its managed
 * client's) and on another tenant's, written through the store.
 */
import type { Role } from '../../src/domain/identity/roles.js';
import { parseMoney } from '../../src/domain/money.js';
import type { Project } from '../../src/domain/projects/index.js';
import { draftQuote } from '../../src/domain/quotes/index.js';
import { randomIds, type TestApp } from '../support/app.js';

/** What the rows need: per role the contract, quote and project it reaches, and another tenant's. */
export interface QuotesProjectsContext {
  contractOf: Record<Role, string>;
  otherContract: string;
  quoteOf: Record<Role, string>;
  otherQuote: string;
  projectOf: Record<Role, string>;
  otherProject: string;
  ticketOf: Record<Role, string>;
  otherTicket: string;
}

interface Target {
  url: string;
  payload?: unknown;
}

/** A row of the matrix (the same shape as its own). */
export interface MatrixRow<C> {
  allowed: Role[];
  own: (ctx: C, role: Role) => Target;
  other?: (ctx: C) => Target;
}

/** The story every matrix project holds. */
const storyId = 'matrix-story';

/** A draft quote and a project on a contract, saved through the store. */
async function recordsOn(test: TestApp, contractId: string) {
  const record = await test.store.contracts.find(contractId);
  const clientId = record?.contract.clientId ?? '';
  const quote = draftQuote({
    id: randomIds.newId(),
    contractId,
    clientId,
    currency: 'CLF',
    origin: { kind: 'standalone' },
    content: {
      title: 'matrix',
      lines: [{ kind: 'fixed', description: 'matrix', amount: parseMoney('1', 'CLF') }],
      validUntil: '2026-12-31',
      terms: '',
    },
    on: '2026-03-02',
    by: randomIds.newId(),
  });
  await test.store.quotes.save(quote, null, test.clock.now());
  const project: Project = {
    id: randomIds.newId(),
    contractId,
    clientId,
    name: 'matrix',
    quoteId: null,
    budget: { minutes: 600, amount: parseMoney('10', 'CLF') },
    team: { scheme: 'scrum', members: [], productOwnerId: null },
    stories: [
      {
        id: storyId,
        title: 'matrix',
        narrative: null,
        difficulty: null,
        benefit: null,
        effortMinutes: null,
        dependsOn: [],
        origin: { kind: 'manual' },
      },
    ],
    backlogOrder: [storyId],
  };
  await test.store.projects.save(
    { project, roadmap: null, raci: [], funding: [] },
    test.clock.now(),
  );
  return { quoteId: quote.id, projectId: project.id };
}

/** The quotes and projects records of the matrix's context. */
export async function quotesProjectsContext(
  test: TestApp,
  contractOf: Record<Role, string>,
  otherContract: string,
): Promise<Pick<QuotesProjectsContext, 'quoteOf' | 'otherQuote' | 'projectOf' | 'otherProject'>> {
  const byContract = new Map<string, { quoteId: string; projectId: string }>();
  for (const contractId of new Set(Object.values(contractOf))) {
    byContract.set(contractId, await recordsOn(test, contractId));
  }
  const pick = (key: 'quoteId' | 'projectId') =>
    Object.fromEntries(
      Object.entries(contractOf).map(([role, id]) => [role, byContract.get(id)?.[key] ?? '']),
    ) as Record<Role, string>;
  const other = await recordsOn(test, otherContract);
  return {
    quoteOf: pick('quoteId'),
    otherQuote: other.quoteId,
    projectOf: pick('projectId'),
    otherProject: other.projectId,
  };
}

const staff: Role[] = ['provider_admin', 'agent', 'account_manager'];
const managers: Role[] = ['provider_admin', 'account_manager'];
const everyone: Role[] = [...staff, 'client_requester', 'client_decision_maker', 'partner_agent'];

type C = QuotesProjectsContext;

const quoteRow = (allowed: Role[], suffix: string, payload?: unknown): MatrixRow<C> => ({
  allowed,
  own: (ctx, role) => ({
    url: `/api/quotes/contracts/${ctx.contractOf[role]}/quotes/${ctx.quoteOf[role]}${suffix}`,
    payload,
  }),
  other: (ctx) => ({
    url: `/api/quotes/contracts/${ctx.otherContract}/quotes/${ctx.otherQuote}${suffix}`,
    payload,
  }),
});

const projectRow = (allowed: Role[], suffix: string, payload?: unknown): MatrixRow<C> => ({
  allowed,
  own: (ctx, role) => ({
    url: `/api/projects/contracts/${ctx.contractOf[role]}/projects/${ctx.projectOf[role]}${suffix}`,
    payload,
  }),
  other: (ctx) => ({
    url: `/api/projects/contracts/${ctx.otherContract}/projects/${ctx.otherProject}${suffix}`,
    payload,
  }),
});

const content = {
  title: 'matrix',
  lines: [{ kind: 'fixed', description: 'matrix', amount: { amount: '1', currency: 'CLF' } }],
  validUntil: '2026-12-31',
  terms: '',
};
const readers: Role[] = [...staff, 'client_decision_maker'];
const quotesBase = '/api/quotes/contracts/{contractId}';
const projectBase = '/api/projects/contracts/{contractId}/projects/{projectId}';

/** The rows, by documented route. */
export const quotesProjectsRows: Record<string, MatrixRow<C>> = {
  [`GET ${quotesBase}/quotes`]: {
    allowed: readers,
    own: (ctx, role) => ({ url: `/api/quotes/contracts/${ctx.contractOf[role]}/quotes` }),
    other: (ctx) => ({ url: `/api/quotes/contracts/${ctx.otherContract}/quotes` }),
  },
  [`POST ${quotesBase}/quotes`]: {
    allowed: managers,
    own: (ctx, role) => ({
      url: `/api/quotes/contracts/${ctx.contractOf[role]}/quotes`,
      payload: { origin: { kind: 'standalone' }, content },
    }),
    other: (ctx) => ({
      url: `/api/quotes/contracts/${ctx.otherContract}/quotes`,
      payload: { origin: { kind: 'standalone' }, content },
    }),
  },
  [`GET ${quotesBase}/quotes/{quoteId}`]: quoteRow(readers, ''),
  [`PUT ${quotesBase}/quotes/{quoteId}/draft`]: quoteRow(managers, '/draft', { content }),
  [`POST ${quotesBase}/quotes/{quoteId}/revisions`]: quoteRow(managers, '/revisions', { content }),
  [`POST ${quotesBase}/quotes/{quoteId}/send`]: quoteRow(managers, '/send'),
  [`POST ${quotesBase}/quotes/{quoteId}/withdraw`]: quoteRow(managers, '/withdraw', {
    reason: 'matrix',
  }),
  [`POST ${quotesBase}/quotes/{quoteId}/decision`]: quoteRow(
    ['client_decision_maker'],
    '/decision',
    {
      version: 1,
      decision: 'rejected',
    },
  ),
  [`GET ${quotesBase}/tickets/{ticketId}`]: {
    allowed: readers,
    own: (ctx, role) => ({
      url: `/api/quotes/contracts/${ctx.contractOf[role]}/tickets/${ctx.ticketOf[role]}`,
    }),
    other: (ctx) => ({
      url: `/api/quotes/contracts/${ctx.otherContract}/tickets/${ctx.otherTicket}`,
    }),
  },
  'GET /api/projects/contracts/{contractId}/projects': {
    allowed: everyone,
    own: (ctx, role) => ({ url: `/api/projects/contracts/${ctx.contractOf[role]}/projects` }),
    other: (ctx) => ({ url: `/api/projects/contracts/${ctx.otherContract}/projects` }),
  },
  [`GET ${projectBase}`]: projectRow(everyone, ''),
  [`PUT ${projectBase}/roadmap`]: projectRow(managers, '/roadmap', { startOn: '2026-03-02' }),
  [`PUT ${projectBase}/roadmap/{phase}`]: projectRow(managers, '/roadmap/kick_off', {
    start: null,
    end: null,
  }),
  [`PUT ${projectBase}/team`]: projectRow(managers, '/team', { scheme: 'scrum', members: [] }),
  [`PUT ${projectBase}/raci`]: projectRow(managers, '/raci', { items: [] }),
  [`POST ${projectBase}/stories`]: projectRow(managers, '/stories', { title: 'matrix' }),
  [`POST ${projectBase}/stories/samples`]: projectRow(managers, '/stories/samples'),
  [`PUT ${projectBase}/stories/{storyId}`]: projectRow(managers, `/stories/${storyId}`, {
    title: 'matrix',
  }),
  [`PUT ${projectBase}/backlog`]: projectRow(
    [...staff, 'client_requester', 'client_decision_maker'],
    '/backlog',
    { order: [] },
  ),
  // nothing to fund with: refused with 422 after the role and the tenant are checked
  [`POST ${projectBase}/funding`]: projectRow(managers, '/funding', { useIdle: false }),
  [`POST ${projectBase}/work`]: projectRow(staff, '/work', { on: '2026-03-02', minutes: 1 }),
  [`GET ${projectBase}/backlog.csv`]: projectRow(everyone, '/backlog.csv'),
  [`GET ${projectBase}/raci.csv`]: projectRow(everyone, '/raci.csv'),
  [`GET ${projectBase}/roadmap.pdf`]: projectRow(everyone, '/roadmap.pdf'),
};
