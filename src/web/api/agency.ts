/** Typed calls of the agency module; the answers' shapes are the server's response schemas. */
import type { z } from 'zod';
import type { boardView } from '../../http/routes/agency/schema.js';
import { request } from './client.js';

/** A contract's agency board as the API shows it. */
export type AgencyBoard = z.infer<typeof boardView>;

/** The agency calls the web app makes. */
export const agency = {
  board: (contractId: string) =>
    request<AgencyBoard>('GET', `/api/agency/contracts/${encodeURIComponent(contractId)}/board`),
};
