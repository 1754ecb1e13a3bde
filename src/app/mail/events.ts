/** The mail module's events. */
import { z } from 'zod';
import { defineEvent } from '../shared/index.js';

/**
 * A bounce came back for messages Pacta sent: their Message-IDs (no `<>`), read from the
 * returned message in the report. The message itself stays ignored as a bounce.
 */
export const mailReturned = defineEvent(
  'mail.returned',
  z.object({ mailId: z.string(), messageIds: z.array(z.string()).min(1) }),
);
