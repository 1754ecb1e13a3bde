import type { Migration } from 'kysely';
import * as identity from './0001_identity.js';
import * as calendars from './0002_calendars.js';
import * as hourBank from './0003_hour_bank.js';
import * as desk from './0004_desk.js';
import * as complianceIndex from './0005_ticket_compliance_index.js';
import * as outboxAndAudit from './0006_outbox_and_audit.js';
import * as issuedReports from './0007_issued_reports.js';
import * as ticketWorkspace from './0008_ticket_workspace.js';
import * as signInAttempts from './0009_sign_in_attempts.js';
import * as knowledge from './0010_knowledge.js';
import * as mail from './0011_mail.js';
import * as agency from './0012_agency.js';
import * as slaInstants from './0013_sla_instants.js';
import * as mailMailboxes from './0014_mail_mailboxes.js';
import * as quotesProjects from './0016_quotes_projects.js';
import * as ledgerCheckpoints from './0017_ledger_checkpoints.js';
import * as contacts from './0018_contacts.js';
import * as reportInputs from './0019_report_inputs.js';
import * as accounts from './0020_accounts.js';
import * as knowledgeDeflection from './0021_knowledge_deflection.js';
import * as mailApprovals from './0022_mail_approvals.js';
import * as ticketMessageMail from './0023_ticket_message_mail.js';
import * as retentionRules from './0025_retention_rules.js';
import * as outgoingAttachments from './0026_outgoing_attachments.js';
import * as agencyCalendarMail from './0027_agency_calendar_mail.js';
import * as campaigns from './0033_campaigns.js';
import * as customerSuccess from './0034_customer_success.js';
import * as updatesAndLegalHolds from './0035_updates_and_legal_holds.js';
import * as secondFactors from './0036_second_factors.js';
import * as contractFeedTokens from './0038_contract_feed_tokens.js';
import * as campaignBounces from './0039_campaign_bounces.js';
import * as campaignSuppressions from './0040_campaign_suppressions.js';
import * as organisationTimeZone from './0041_organisation_time_zone.js';
import * as anonymisationLog from './0042_anonymisation_log.js';

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
  '0007_issued_reports': issuedReports,
  '0008_ticket_workspace': ticketWorkspace,
  '0009_sign_in_attempts': signInAttempts,
  '0010_knowledge': knowledge,
  '0011_mail': mail,
  '0012_agency': agency,
  '0013_sla_instants': slaInstants,
  '0014_mail_mailboxes': mailMailboxes,
  '0016_quotes_projects': quotesProjects,
  '0017_ledger_checkpoints': ledgerCheckpoints,
  '0018_contacts': contacts,
  '0019_report_inputs': reportInputs,
  '0020_accounts': accounts,
  '0021_knowledge_deflection': knowledgeDeflection,
  '0022_mail_approvals': mailApprovals,
  '0023_ticket_message_mail': ticketMessageMail,
  '0025_retention_rules': retentionRules,
  '0026_outgoing_attachments': outgoingAttachments,
  '0027_agency_calendar_mail': agencyCalendarMail,
  '0033_campaigns': campaigns,
  '0034_customer_success': customerSuccess,
  '0035_updates_and_legal_holds': updatesAndLegalHolds,
  '0036_second_factors': secondFactors,
  '0038_contract_feed_tokens': contractFeedTokens,
  '0039_campaign_bounces': campaignBounces,
  '0040_campaign_suppressions': campaignSuppressions,
  '0041_organisation_time_zone': organisationTimeZone,
  '0042_anonymisation_log': anonymisationLog,
};
