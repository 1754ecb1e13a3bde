/**
 * Every repository of Pacta over one database, and the transaction that binds them together:
 * what `src/main/` wires into each module's deps (narrowed to what that module declares).
 */

import type { AgencyRepository, InvitationQueue } from '../app/agency/index.js';
import type { CalendarRepository } from '../app/calendars/index.js';
import type { CampaignRepository, SuppressionRepository } from '../app/campaigns/index.js';
import type {
  AnnouncementLog,
  ConsentRepository,
  SegmentSubjects,
} from '../app/communications/index.js';
import type {
  AnonymisationLogRepository,
  ContactRepository,
  LegalHoldRepository,
  PrivacyStore,
  RetentionRepository,
} from '../app/contacts/index.js';
import type { ContractRepository, LedgerRepository } from '../app/contracts/index.js';
import type {
  ComplianceQueries,
  SlaNoticeRepository,
  TicketRepository,
} from '../app/desk/index.js';
import type { WorkLogRepository } from '../app/hour-bank/index.js';
import type {
  AccountMailQueue,
  ApiTokenRepository,
  AuditReader,
  OrganisationRepository,
  PasswordResetRepository,
  SecondFactorRepository,
  SessionRepository,
  SignInAttemptCounter,
  UserRepository,
} from '../app/identity/index.js';
import type { DeflectionLog, KnowledgeRepository } from '../app/knowledge/index.js';
import type {
  ApprovalRepository,
  MailboxRepository,
  MailDirectory,
  MailMessageRepository,
  MailThreadRepository,
  OutgoingRepository,
} from '../app/mail/index.js';
import type { OutboxQueue } from '../app/outbox/index.js';
import type { PlanRepository } from '../app/plans/index.js';
import type { ProjectRepository } from '../app/projects/index.js';
import type { QuoteRepository } from '../app/quotes/index.js';
import type {
  IssuedReportRepository,
  MetricReadingRepository,
  RecommendationRepository,
  TicketEstimateRepository,
} from '../app/reports/index.js';
import type { ChangeTx, Transact } from '../app/shared/index.js';
import type { SuccessRepository } from '../app/success/index.js';
import { agencyRepository } from './agency/agency.js';
import { ceremonyInvitationQueue } from './agency/invitations.js';
import { calendarRepository } from './calendars/calendars.js';
import { campaignRepository } from './campaigns/campaigns.js';
import { suppressionRepository } from './campaigns/suppressions.js';
import { announcementLog } from './communications/announcements.js';
import { consentRepository, segmentSubjects } from './communications/consents.js';
import { anonymisationLogRepository } from './contacts/anonymisation-log.js';
import { contactRepository } from './contacts/contacts.js';
import { legalHoldRepository } from './contacts/legal-holds.js';
import { privacyStore } from './contacts/privacy.js';
import { retentionRepository } from './contacts/retention.js';
import { contractRepository } from './contracts/contracts.js';
import type { Db } from './database.js';
import { complianceQueries } from './desk/compliance.js';
import { slaNoticeRepository } from './desk/notices.js';
import { ticketRepository } from './desk/tickets.js';
import { ledgerRepository } from './hour-bank/ledger.js';
import { workLogRepository } from './hour-bank/work-log.js';
import { accountMailQueue } from './identity/account-mail.js';
import { auditRepository } from './identity/audit.js';
import { organisationRepository } from './identity/organisations.js';
import { passwordResetRepository } from './identity/password-resets.js';
import { secondFactorRepository } from './identity/second-factors.js';
import { sessionRepository } from './identity/sessions.js';
import { signInAttemptCounter } from './identity/sign-in-attempts.js';
import { apiTokenRepository } from './identity/tokens.js';
import { userRepository } from './identity/users.js';
import { deflectionLog } from './knowledge/deflections.js';
import { knowledgeRepository } from './knowledge/knowledge.js';
import { approvalRepository } from './mail/approvals.js';
import { mailboxRepository } from './mail/mailboxes.js';
import { mailMessageRepository } from './mail/messages.js';
import { outgoingRepository } from './mail/outgoing.js';
import { mailDirectory, mailThreadRepository } from './mail/threads.js';
import { outboxRepository } from './outbox/outbox.js';
import { planRepository } from './plans/plans.js';
import { projectRepository } from './projects/projects.js';
import { quoteRepository } from './quotes/quotes.js';
import { ticketEstimateRepository } from './reports/estimates.js';
import { issuedReportRepository } from './reports/issued-reports.js';
import { metricReadingRepository } from './reports/metric-readings.js';
import { recommendationRepository } from './reports/recommendations.js';
import { successRepository } from './success/success.js';

/** The repositories of every module, bound to one database or one transaction. */
export interface Repositories {
  organisations: OrganisationRepository;
  users: UserRepository;
  sessions: SessionRepository;
  tokens: ApiTokenRepository;
  passwordResets: PasswordResetRepository;
  secondFactors: SecondFactorRepository;
  accountMail: AccountMailQueue;
  ceremonyInvitations: InvitationQueue;
  calendars: CalendarRepository;
  plans: PlanRepository;
  contracts: ContractRepository;
  ledger: LedgerRepository;
  workLog: WorkLogRepository;
  tickets: TicketRepository;
  notices: SlaNoticeRepository;
  issuedReports: IssuedReportRepository;
  metricReadings: MetricReadingRepository;
  recommendations: RecommendationRepository;
  ticketEstimates: TicketEstimateRepository;
  knowledge: KnowledgeRepository;
  deflections: DeflectionLog;
  agency: AgencyRepository;
  quotes: QuoteRepository;
  projects: ProjectRepository;
  success: SuccessRepository;
  mailMessages: MailMessageRepository;
  mailThreads: MailThreadRepository;
  outgoingMail: OutgoingRepository;
  mailDirectory: MailDirectory;
  mailboxes: MailboxRepository;
  mailApprovals: ApprovalRepository;
  contacts: ContactRepository;
  privacy: PrivacyStore;
  retention: RetentionRepository;
  legalHolds: LegalHoldRepository;
  anonymisationLog: AnonymisationLogRepository;
  consents: ConsentRepository;
  updateAnnouncements: AnnouncementLog;
  campaigns: CampaignRepository;
  campaignSuppressions: SuppressionRepository;
}

/** What a transaction of the store offers: every repository, the audit log and the outbox. */
export interface StoreTx extends Repositories, ChangeTx {}

/** The store: repositories outside any transaction (for reads), queries, and `transact`. */
export interface Store extends Repositories {
  audit: AuditReader;
  compliance: ComplianceQueries;
  outbox: OutboxQueue;
  signInAttempts: SignInAttemptCounter;
  segmentSubjects: SegmentSubjects;
  transact: Transact<StoreTx>;
}

function repositories(db: Db): Repositories {
  return {
    organisations: organisationRepository(db),
    users: userRepository(db),
    sessions: sessionRepository(db),
    tokens: apiTokenRepository(db),
    passwordResets: passwordResetRepository(db),
    secondFactors: secondFactorRepository(db),
    accountMail: accountMailQueue(db),
    ceremonyInvitations: ceremonyInvitationQueue(db),
    calendars: calendarRepository(db),
    plans: planRepository(db),
    contracts: contractRepository(db),
    ledger: ledgerRepository(db),
    workLog: workLogRepository(db),
    tickets: ticketRepository(db),
    notices: slaNoticeRepository(db),
    issuedReports: issuedReportRepository(db),
    metricReadings: metricReadingRepository(db),
    recommendations: recommendationRepository(db),
    ticketEstimates: ticketEstimateRepository(db),
    knowledge: knowledgeRepository(db),
    deflections: deflectionLog(db),
    agency: agencyRepository(db),
    quotes: quoteRepository(db),
    projects: projectRepository(db),
    success: successRepository(db),
    mailMessages: mailMessageRepository(db),
    mailThreads: mailThreadRepository(db),
    outgoingMail: outgoingRepository(db),
    mailDirectory: mailDirectory(db),
    mailboxes: mailboxRepository(db),
    mailApprovals: approvalRepository(db),
    contacts: contactRepository(db),
    privacy: privacyStore(db),
    retention: retentionRepository(db),
    legalHolds: legalHoldRepository(db),
    anonymisationLog: anonymisationLogRepository(db),
    consents: consentRepository(db),
    updateAnnouncements: announcementLog(db),
    campaigns: campaignRepository(db),
    campaignSuppressions: suppressionRepository(db),
  };
}

/**
 * The store over one database. `onEventsRecorded` is called after a transaction that recorded
 * events has committed (the server nudges the dispatch job with it).
 */
export function openStore(db: Db, options: { onEventsRecorded?: () => void } = {}): Store {
  return {
    ...repositories(db),
    audit: auditRepository(db),
    compliance: complianceQueries(db),
    outbox: outboxRepository(db),
    signInAttempts: signInAttemptCounter(db),
    segmentSubjects: segmentSubjects(db),
    async transact(work) {
      const committed: (() => void)[] = [];
      let recorded = 0;
      const result = await db.transaction().execute((trx) => {
        const outbox = outboxRepository(trx);
        return work({
          ...repositories(trx),
          audit: auditRepository(trx),
          outbox: {
            add(event) {
              recorded++;
              return outbox.add(event);
            },
          },
          afterCommit: (callback) => committed.push(callback),
        });
      });
      for (const callback of committed) callback();
      if (recorded > 0) options.onEventsRecorded?.();
      return result;
    },
  };
}
