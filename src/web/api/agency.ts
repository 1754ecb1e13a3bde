/** Typed calls of the agency module; the answers' shapes are the server's response schemas. */
import type { z } from 'zod';
import type {
  activityView,
  answerBody,
  boardView,
  cancelBody,
  ceremonyView,
  decisionBody,
  deliverableView,
  feedTokenView,
  minutesBody,
  moveBody,
} from '../../http/routes/agency/schema.js';
import { request } from './client.js';

/** A contract's agency board as the API shows it. */
export type AgencyBoard = z.infer<typeof boardView>;
/** One deliverable of the board. */
export type AgencyDeliverable = z.infer<typeof deliverableView>;
/** The agency's intake decision on an activity. */
export type IntakeChoice = z.input<typeof decisionBody>['choice'];
/** The client's answer to a delivery. */
export type DeliveryAnswer = z.input<typeof answerBody>;

const contractPath = (contractId: string, rest = '') =>
  `/api/agency/contracts/${encodeURIComponent(contractId)}${rest}`;
const deliverablePath = (contractId: string, deliverableId: string, step: string) =>
  contractPath(contractId, `/deliverables/${encodeURIComponent(deliverableId)}/${step}`);

/** A ceremony as the API answers a change to it. */
type CeremonyAnswer = z.infer<typeof ceremonyView>;
const ceremonyStep =
  <Body>(step: string) =>
  (contractId: string, body: Body) =>
    request<CeremonyAnswer>('POST', contractPath(contractId, `/ceremonies/${step}`), { body });

/** A new calendar-feed URL, shown once. */
export type IssuedFeed = z.infer<typeof feedTokenView>;

/** The agency calls the web app makes. */
export const agency = {
  board: (contractId: string) => request<AgencyBoard>('GET', contractPath(contractId, '/board')),
  decide: (contractId: string, activityId: string, choice: IntakeChoice) =>
    request<z.infer<typeof activityView>>(
      'POST',
      contractPath(contractId, `/activities/${encodeURIComponent(activityId)}/decision`),
      { body: { choice } },
    ),
  start: (contractId: string, deliverableId: string) =>
    request<AgencyDeliverable>('POST', deliverablePath(contractId, deliverableId, 'start')),
  deliver: (contractId: string, deliverableId: string) =>
    request<AgencyDeliverable>('POST', deliverablePath(contractId, deliverableId, 'delivery')),
  answer: (contractId: string, deliverableId: string, answer: DeliveryAnswer) =>
    request<AgencyDeliverable>('POST', deliverablePath(contractId, deliverableId, 'answer'), {
      body: answer,
    }),
  moveCeremony: ceremonyStep<z.input<typeof moveBody>>('move'),
  cancelCeremony: ceremonyStep<z.input<typeof cancelBody>>('cancel'),
  recordMinutes: ceremonyStep<z.input<typeof minutesBody>>('minutes'),
  issueContractFeed: (contractId: string, replace: boolean) =>
    request<IssuedFeed>('POST', contractPath(contractId, `/feed-tokens?replace=${replace}`)),
  revokeContractFeed: (contractId: string) =>
    request<{ revoked: number }>('DELETE', contractPath(contractId, '/feed-tokens')),
  issueMyFeed: () => request<IssuedFeed>('POST', '/api/agency/me/feed-token'),
  revokeMyFeed: () => request<{ revoked: number }>('DELETE', '/api/agency/me/feed-token'),
};
