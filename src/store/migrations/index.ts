import type { Migration } from 'kysely';
import * as identity from './0001_identity.js';
import * as calendars from './0002_calendars.js';
import * as hourBank from './0003_hour_bank.js';
import * as desk from './0004_desk.js';
import * as complianceIndex from './0005_ticket_compliance_index.js';
import * as outboxAndAudit from './0006_outbox_and_audit.js';
import * as mail from './0007_mail.js';

/**
 * Every migration, in order, imported statically so the compiled server needs no file scanning.
 * Names sort lexically: `NNNN_what`.
 */
export const migrations: Record<string, Migration> = {
  '0001_identity': identity,
  '0002_calendars': calendars,
  '0003_hour_bank': hourBank,
  '0004_desk': desk,
  '0005_ticket_compliance_index': complianceIndex,
  '0006_outbox_and_audit': outboxAndAudit,
  '0007_mail': mail,
};
