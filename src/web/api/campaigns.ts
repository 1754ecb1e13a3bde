/** Typed calls of the campaigns API; the answers' shapes are the server's schemas. */
import type { z } from 'zod';
import type {
  campaignBody,
  campaignDashboardView,
  campaignView,
  previewView,
  receivedCampaignView,
  suppressionView,
} from '../../http/routes/campaigns/schema.js';
import type { segmentCountView } from '../../http/routes/communications/schema.js';
import { request } from './client.js';

/** A campaign. */
export type Campaign = z.infer<typeof campaignView>;
/** What an author saves. */
export type CampaignBody = z.input<typeof campaignBody>;
/** A campaign with its figures. */
export type CampaignDashboard = z.infer<typeof campaignDashboardView>;
/** A personalised message as a recipient would get it. */
export type CampaignPreview = z.infer<typeof previewView>;
/** A segment's live figures. */
export type SegmentCount = z.infer<typeof segmentCountView>;
/** A campaign a contact received. */
export type ReceivedCampaign = z.infer<typeof receivedCampaignView>;
/** An address suppressed after a hard bounce. */
export type Suppression = z.infer<typeof suppressionView>;

const path = (id: string, rest = '') => `/api/campaigns/${encodeURIComponent(id)}${rest}`;

/** The campaigns endpoints. */
export const campaigns = {
  list: () => request<Campaign[]>('GET', '/api/campaigns'),
  create: (body: CampaignBody) => request<Campaign>('POST', '/api/campaigns', { body }),
  view: (id: string) => request<CampaignDashboard>('GET', path(id)),
  save: (id: string, body: CampaignBody) => request<Campaign>('PUT', path(id), { body }),
  preview: (id: string, versionKey: string) =>
    request<CampaignPreview>('POST', path(id, '/preview'), { body: { versionKey } }),
  schedule: (id: string, startAt: string, perMinute: number) =>
    request<Campaign>('POST', path(id, '/schedule'), { body: { startAt, perMinute } }),
  cancel: (id: string) => request<Campaign>('POST', path(id, '/cancel')),
  countSegment: (rule: unknown, purpose: Campaign['purpose']) =>
    request<SegmentCount>('POST', '/api/segments/count', { body: { rule, purpose } }),
  receivedBy: (contactId: string) =>
    request<ReceivedCampaign[]>('GET', `/api/contacts/${encodeURIComponent(contactId)}/campaigns`),
  suppressionsOf: (contactId: string) =>
    request<Suppression[]>('GET', `/api/contacts/${encodeURIComponent(contactId)}/suppressions`),
  liftSuppression: (contactId: string, address: string) =>
    request<Suppression[]>(
      'POST',
      `/api/contacts/${encodeURIComponent(contactId)}/suppressions/lift`,
      { body: { address } },
    ),
};
