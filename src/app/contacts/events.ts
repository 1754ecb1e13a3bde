/** The contacts module's events. */
import { z } from 'zod';
import { defineEvent } from '../shared/index.js';

/** A contact was anonymised and logged under `sequence`: the log file is to be brought up to date. */
export const contactAnonymised = defineEvent(
  'contacts.anonymised',
  z.object({ sequence: z.number().int().positive() }),
);
