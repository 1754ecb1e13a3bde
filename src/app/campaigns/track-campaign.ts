import { verifyTrackingToken } from '../../domain/communications/index.js';
import { DomainError } from '../../domain/errors.js';
import type { CampaignsDeps } from './ports.js';

type TrackingDeps = Pick<
  CampaignsDeps,
  'clock' | 'ids' | 'campaigns' | 'unsubscribeSecrets' | 'transact'
>;

async function messageOf(options: TrackingDeps, token: string) {
  const messageId = verifyTrackingToken(token, options.unsubscribeSecrets);
  const message = messageId === null ? undefined : await options.campaigns.message(messageId);
  if (message === undefined) throw new DomainError('not_found', 'no such campaign message');
  return message;
}

/**
 * Records that a campaign message was opened (its tracking pixel was fetched; public, the signed
 * token is the proof). A forged or unknown token records nothing: `not_found`.
 */
export async function recordOpen(options: TrackingDeps & { token: string }): Promise<void> {
  const message = await messageOf(options, options.token);
  await options.transact((tx) =>
    tx.campaigns.addEvent({
      id: options.ids.newId(),
      messageId: message.id,
      kind: 'opened',
      link: null,
      at: options.clock.now(),
    }),
  );
}

/**
 * Records a click on link `link` of a campaign message and returns where it leads: only ever one
 * of the URLs the campaign's author wrote (any other index, or a bad token, is `not_found`).
 */
export async function followClick(
  options: TrackingDeps & { token: string; link: number },
): Promise<string> {
  const message = await messageOf(options, options.token);
  const campaign = await options.campaigns.find(message.campaignId);
  const url = campaign?.links[options.link];
  if (url === undefined) throw new DomainError('not_found', 'no such link in the campaign');
  await options.transact((tx) =>
    tx.campaigns.addEvent({
      id: options.ids.newId(),
      messageId: message.id,
      kind: 'clicked',
      link: options.link,
      at: options.clock.now(),
    }),
  );
  return url;
}
