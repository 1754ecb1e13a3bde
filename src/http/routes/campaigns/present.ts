/** Campaigns as the API shows them. */
import type { CampaignFigures, CampaignRecord } from '../../../app/campaigns/index.js';
import { rateOf } from '../../../domain/rate.js';

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** A campaign record as `campaignView`. */
export function presentCampaign(c: CampaignRecord) {
  return {
    id: c.id,
    name: c.name,
    purpose: c.purpose,
    defaultLanguage: c.defaultLanguage,
    segments: [...c.segments],
    versions: [...c.versions],
    links: [...c.links],
    state: c.state,
    perMinute: c.perMinute,
    startAt: iso(c.startAt),
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    finishedAt: iso(c.finishedAt),
  };
}

/** Figures with their rates (delivery and bounce over sent; the rest over delivered). */
export function presentFigures(f: CampaignFigures) {
  return {
    ...f,
    rates: {
      delivery: rateOf(f.delivered, f.sent),
      bounce: rateOf(f.bounced, f.sent),
      open: rateOf(f.opened, f.delivered),
      click: rateOf(f.clicked, f.delivered),
      unsubscribe: rateOf(f.unsubscribed, f.delivered),
    },
  };
}
