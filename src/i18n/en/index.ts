/**
 * The English catalog: the reference every other language must match key for key (see
 * `Catalog` in catalog.ts), one file per module. Placeholders are `{name}`; keep them identical
 * across languages. A plural message has one key per plural category (`….one`, `….other`).
 */

import { accounts } from './accounts.js';
import { enAgency } from './agency.js';
import { calendars } from './calendars.js';
import { enCampaignsWeb } from './campaigns-web.js';
import { enCommunications } from './communications.js';
import { enContacts } from './contacts.js';
import { enContactsWeb } from './contacts-web.js';
import { contracts } from './contracts.js';
import { enCoreRules } from './core-rules.js';
import { enCustomerSuccess } from './customer-success.js';
import { desk } from './desk.js';
import { errors } from './errors.js';
import { fieldIssues } from './field-issues.js';
import { hourBank } from './hour-bank.js';
import { identity } from './identity.js';
import { enKnowledge } from './knowledge.js';
import { enKnowledgeWeb } from './knowledge-web.js';
import { mail } from './mail.js';
import { mailApprovals } from './mail-approvals.js';
import { mailReasons } from './mail-reasons.js';
import { enOidc } from './oidc.js';
import { plans } from './plans.js';
import { enProjects } from './projects.js';
import { enProjectsWeb } from './projects-web.js';
import { enReports } from './reports.js';
import { shell } from './shell.js';
import { enSuccessWeb } from './success-web.js';
import { enTwoFactor } from './two-factor.js';
import { workspace } from './workspace.js';

/** English messages; its keys are the message keys of the whole app. */
export const en = {
  ...shell,
  ...errors,
  ...fieldIssues,
  ...identity,
  ...accounts,
  ...enTwoFactor,
  ...enOidc,
  ...calendars,
  ...plans,
  ...contracts,
  ...hourBank,
  ...desk,
  ...enCoreRules,
  ...workspace,
  ...enKnowledge,
  ...enKnowledgeWeb,
  ...enCustomerSuccess,
  ...enSuccessWeb,
  ...enContacts,
  ...enContactsWeb,
  ...enCampaignsWeb,
  ...enCommunications,
  ...mail,
  ...mailReasons,
  ...mailApprovals,
  ...enReports,
  ...enAgency,
  ...enProjects,
  ...enProjectsWeb,
} as const;
