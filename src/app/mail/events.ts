/** The mail module's events. */
import { z } from 'zod';
import { defineEvent } from '../shared/index.js';

/**
 * A bounce came back for messages Pacta sent: their Message-IDs (no `<>`), read from the
 * returned message in the report. The message itself stays ignored as a bounce.
 */
export const mailReturned = defineEvent(
  'mail.returned',
  z.object({
    mailId: z.string(),
    messageIds: z.array(z.string()).min(1),
    /** The report's delivery status (`5.1.1`), absent or null when it gives none. */
    status: z.string().nullable().optional(),
  }),
);

/**
 * The SMTP server refused a message Pacta sent for good (a 5xx reply): it failed, and will not be
 * tried again. `code` is the reply code, `reply` the server's text.
 */
export const mailRefused = defineEvent(
  'mail.refused',
  z.object({ outgoingId: z.string(), code: z.number().int(), reply: z.string() }),
);
