/**
 * The authorisation matrix's rows for the campaign routes, and the draft campaign they are called
 * on (created over HTTP by the provider's administrator). The tracking routes are public: the
 * signed token in the URL is the credential.
 */
import type { Role } from '../../src/domain/identity/roles.js';
import type { TestApp } from '../support/app.js';
import { demoUserByRole } from '../support/demo.js';

interface Target {
  url: string;
  payload?: unknown;
}

/** What the rows need: a campaign, and a contact to read the campaigns of. */
export interface CampaignsContext {
  campaignId: string;
  otherUser: string;
}

interface Row {
  allowed: Role[] | 'public';
  own: (ctx: CampaignsContext, role: Role) => Target;
}

const staff: Role[] = ['provider_admin', 'agent', 'account_manager'];

/** A valid campaign body: one segment, Spanish and English versions. */
export const campaignExample = {
  name: 'Novedades',
  defaultLanguage: 'es',
  segments: [{ id: 'all', name: 'Todos', rule: { field: 'kind', in: ['person'] } }],
  versions: (['es', 'en'] as const).map((language) => ({
    key: `all-${language}`,
    segmentId: 'all',
    language,
    subject: '{{name}}',
    html: '<p>{{salutation}}</p><a href="{{unsubscribeUrl}}">x</a>',
    text: '{{salutation}} {{unsubscribeUrl}}',
  })),
};

/** The draft campaign the rows are called on. */
export async function campaignsContext(test: TestApp): Promise<{ campaignId: string }> {
  const cookie = await test.cookieFor(demoUserByRole.provider_admin);
  const res = await test.app.inject({
    method: 'POST',
    url: '/api/campaigns',
    headers: { cookie },
    payload: campaignExample,
  });
  if (res.statusCode !== 201) throw new Error(`campaign: ${res.payload}`);
  return { campaignId: res.json().id };
}

const at = (path: string) => (ctx: CampaignsContext) => ({
  url: `/api/campaigns/${ctx.campaignId}${path}`,
});

/** The campaign routes' rows. */
export const campaignsRows: Record<string, Row> = {
  'GET /api/campaigns': { allowed: staff, own: () => ({ url: '/api/campaigns' }) },
  'POST /api/campaigns': {
    allowed: staff,
    own: () => ({ url: '/api/campaigns', payload: campaignExample }),
  },
  'GET /api/campaigns/{id}': { allowed: staff, own: at('') },
  'PUT /api/campaigns/{id}': {
    allowed: staff,
    own: (ctx) => ({ ...at('')(ctx), payload: campaignExample }),
  },
  // nobody in the test app consents to marketing: an allowed preview answers 422 no_recipients
  'POST /api/campaigns/{id}/preview': {
    allowed: staff,
    own: (ctx) => ({ ...at('/preview')(ctx), payload: {} }),
  },
  'POST /api/campaigns/{id}/schedule': {
    allowed: staff,
    own: (ctx) => ({
      ...at('/schedule')(ctx),
      payload: { startAt: '2026-03-02T09:00:00.000Z', perMinute: 100 },
    }),
  },
  'POST /api/campaigns/{id}/cancel': { allowed: staff, own: at('/cancel') },
  'GET /api/contacts/{id}/campaigns': {
    allowed: staff,
    own: (ctx) => ({ url: `/api/contacts/${ctx.otherUser}/campaigns` }),
  },
  'GET /api/contacts/{id}/suppressions': {
    allowed: staff,
    own: (ctx) => ({ url: `/api/contacts/${ctx.otherUser}/suppressions` }),
  },
  // nothing suppressed: the administrator is answered 409 naming the address, others 403
  'POST /api/contacts/{id}/suppressions/lift': {
    allowed: ['provider_admin'],
    own: (ctx) => ({
      url: `/api/contacts/${ctx.otherUser}/suppressions/lift`,
      payload: { address: 'x@example.com' },
    }),
  },
  'GET /api/track/open/{token}': { allowed: 'public', own: () => ({ url: '/api/track/open/x.y' }) },
  'GET /api/track/click/{token}/{link}': {
    allowed: 'public',
    own: () => ({ url: '/api/track/click/x.y/0' }),
  },
};
