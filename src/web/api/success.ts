/** Typed calls of the customer-success module; the answers' shapes are the server's response schemas. */
import type { z } from 'zod';
import type {
  accountRequestView,
  assignmentsView,
  inviteesView,
  meetingBody,
  meetingView,
  requestBody,
  successView,
} from '../../http/routes/success/schema.js';
import { request } from './client.js';

/** A contract's customer success as the API shows it. */
export type Success = z.infer<typeof successView>;
/** A meeting. */
export type Meeting = z.infer<typeof meetingView>;
/** Someone the attendee picker offers. */
export type Invitee = z.infer<typeof inviteesView>['items'][number];
/** An account request. */
export type AccountRequest = z.infer<typeof accountRequestView>;

const base = (contractId: string) => `/api/success/contracts/${encodeURIComponent(contractId)}`;
const meeting = (contractId: string, meetingId: string) =>
  `${base(contractId)}/meetings/${encodeURIComponent(meetingId)}`;

/** The customer-success calls the web app makes. */
export const success = {
  get: (contractId: string) => request<Success>('GET', base(contractId)),
  assignCsm: (contractId: string, csmUserId: string) =>
    request<z.infer<typeof assignmentsView>>('PUT', `${base(contractId)}/csm`, {
      body: { csmUserId },
    }),
  schedule: (contractId: string, body: z.input<typeof meetingBody>) =>
    request<Meeting>('POST', `${base(contractId)}/meetings`, { body }),
  invitees: (contractId: string) =>
    request<z.infer<typeof inviteesView>>('GET', `${base(contractId)}/invitees`),
  recordMinutes: (contractId: string, meetingId: string, notes: string, decisions: string[]) =>
    request<Meeting>('POST', `${meeting(contractId, meetingId)}/minutes`, {
      body: { notes, decisions },
    }),
  moveMeeting: (contractId: string, meetingId: string, start: string, reason: string) =>
    request<Meeting>('POST', `${meeting(contractId, meetingId)}/move`, {
      body: { start, ...(reason.trim() === '' ? {} : { reason }) },
    }),
  cancelMeeting: (contractId: string, meetingId: string, reason: string) =>
    request<Meeting>('POST', `${meeting(contractId, meetingId)}/cancel`, { body: { reason } }),
  raise: (contractId: string, body: z.input<typeof requestBody>) =>
    request<AccountRequest>('POST', `${base(contractId)}/requests`, { body }),
  move: (
    contractId: string,
    requestId: string,
    status: 'accepted' | 'declined' | 'done',
    note: string,
  ) =>
    request<AccountRequest>(
      'POST',
      `${base(contractId)}/requests/${encodeURIComponent(requestId)}/status`,
      { body: { status, note } },
    ),
};
