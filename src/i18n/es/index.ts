/**
 * The Spanish catalog, in neutral business Spanish for Spain and Latin America (usted, "Iniciar
 * sesión", "Bolsa de horas", "Acuerdo de nivel de servicio (ANS)"), one file per module. Each
 * module file has exactly the English keys, so the compiler rejects a missing or an unknown key.
 */
import type { Catalog } from '../catalog.js';
import { accounts } from './accounts.js';
import { esAgency } from './agency.js';
import { calendars } from './calendars.js';
import { esCampaignsWeb } from './campaigns-web.js';
import { esCommunications } from './communications.js';
import { esContacts } from './contacts.js';
import { esContactsWeb } from './contacts-web.js';
import { contracts } from './contracts.js';
import { esCoreRules } from './core-rules.js';
import { esCustomerSuccess } from './customer-success.js';
import { desk } from './desk.js';
import { errors } from './errors.js';
import { fieldIssues } from './field-issues.js';
import { hourBank } from './hour-bank.js';
import { identity } from './identity.js';
import { esKnowledge } from './knowledge.js';
import { esKnowledgeWeb } from './knowledge-web.js';
import { mail } from './mail.js';
import { mailApprovals } from './mail-approvals.js';
import { mailReasons } from './mail-reasons.js';
import { esOidc } from './oidc.js';
import { plans } from './plans.js';
import { esProjects } from './projects.js';
import { esProjectsWeb } from './projects-web.js';
import { esReports } from './reports.js';
import { shell } from './shell.js';
import { esSuccessWeb } from './success-web.js';
import { esTwoFactor } from './two-factor.js';
import { workspace } from './workspace.js';

/** Spanish messages, the default language of Pacta. */
export const es: Catalog = {
  ...shell,
  ...errors,
  ...fieldIssues,
  ...identity,
  ...accounts,
  ...esTwoFactor,
  ...esOidc,
  ...calendars,
  ...plans,
  ...contracts,
  ...hourBank,
  ...desk,
  ...esCoreRules,
  ...workspace,
  ...esKnowledge,
  ...esKnowledgeWeb,
  ...esCustomerSuccess,
  ...esSuccessWeb,
  ...esContacts,
  ...esContactsWeb,
  ...esCampaignsWeb,
  ...esCommunications,
  ...mail,
  ...mailReasons,
  ...mailApprovals,
  ...esReports,
  ...esAgency,
  ...esProjects,
  ...esProjectsWeb,
};
