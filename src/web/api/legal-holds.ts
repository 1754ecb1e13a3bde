/** Typed calls of the legal holds API (administrators); the answers' shapes are the server's schemas. */
import type { z } from 'zod';
import type {
  legalHoldBody,
  legalHoldView,
  listedLegalHoldView,
} from '../../http/routes/contacts/schema.js';
import { request } from './client.js';

/** A legal hold, in force or lifted. */
export type LegalHold = z.infer<typeof legalHoldView>;
/** A hold in the list, with the held contact's name (its pseudonym once anonymised). */
export type ListedLegalHold = z.infer<typeof listedLegalHoldView>;
/** What placing a hold sends: a contact or a contract, and the reason. */
export type LegalHoldBody = z.input<typeof legalHoldBody>;

/** The legal holds endpoints. */
export const legalHolds = {
  list: () => request<ListedLegalHold[]>('GET', '/api/legal-holds'),
  place: (body: LegalHoldBody) => request<LegalHold>('POST', '/api/legal-holds', { body }),
  lift: (id: string, reason: string) =>
    request<LegalHold>('POST', `/api/legal-holds/${encodeURIComponent(id)}/lift`, {
      body: { reason },
    }),
};
