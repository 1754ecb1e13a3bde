/**
 * The composition root of the application: each module's deps, built from one store, a clock and
 * an id source. The server, the command line and the tests all assemble Pacta here.
 */
import type { AgencyDeps, AgencyMailer } from '../app/agency/index.js';
import type { CalendarsDeps } from '../app/calendars/index.js';
import type { CampaignsDeps } from '../app/campaigns/index.js';
import type { CommunicationsDeps } from '../app/communications/index.js';
import type { ContactsDeps } from '../app/contacts/index.js';
import { ContractContextCache, type ContractsDeps } from '../app/contracts/index.js';
import type { DemoDeps } from '../app/demo/index.js';
import type { DeskDeps } from '../app/desk/index.js';
import type { HourBankDeps } from '../app/hour-bank/index.js';
import type { IdentityDeps } from '../app/identity/index.js';
import type { KnowledgeDeps } from '../app/knowledge/index.js';
import type {
  MailboxReader,
  MailDeps,
  MailReaders,
  MailSettings,
  MailTransport,
  SecretBox,
} from '../app/mail/index.js';
import type { OutboxQueue } from '../app/outbox/index.js';
import type { PlansDeps } from '../app/plans/index.js';
import type { ProjectsDeps } from '../app/projects/index.js';
import type { QuotesDeps } from '../app/quotes/index.js';
import { type ReportsDeps, readReport } from '../app/reports/index.js';
import type { Clock, Ids } from '../app/shared/index.js';
import { planningForecast, type SuccessDeps } from '../app/success/index.js';
import { salutationMessage } from '../domain/communications/index.js';
import { translate } from '../i18n/index.js';
import { imapMailboxReader, mailReaders } from '../mail/adapters.js';
import { renderApprovalNotice } from '../mail/approval-templates.js';
import { renderInvitation } from '../mail/invitation.js';
import { renderAccountNotice, renderNotice, renderUpdateMail } from '../mail/templates.js';
import { renderReportMail, reportAttachments } from '../reports/index.js';
import type { Store } from '../store/index.js';
import { storedData } from './stored-data.js';

/** Every module's deps. */
export interface Modules {
  identity: IdentityDeps;
  calendars: CalendarsDeps;
  plans: PlansDeps;
  contracts: ContractsDeps;
  hourBank: HourBankDeps;
  desk: DeskDeps;
  reports: ReportsDeps;
  knowledge: KnowledgeDeps;
  agency: AgencyDeps;
  quotes: QuotesDeps;
  projects: ProjectsDeps;
  outbox: { clock: Clock; outbox: OutboxQueue };
  demo: DemoDeps;
  mail: MailDeps;
  contacts: ContactsDeps;
  communications: CommunicationsDeps;
  campaigns: CampaignsDeps;
  success: SuccessDeps;
}

/** The mail module's edges: the desk's addresses, how mail is read, and how it is sent. */
export interface MailEdges {
  settings: MailSettings;
  /** The address people reach the web app at: links in mail (a password reset) start with it. */
  publicUrl: string;
  readers: MailReaders;
  /** Null: no SMTP server, mail is held for the mail viewer. */
  transport: MailTransport | null;
  /** Seals mailbox passwords and TOTP secrets; null (the default) when `PACTA_SECRET_KEY` is not set. */
  secrets?: SecretBox | null;
  /** Reads IMAP mailboxes; imapflow unless a test says otherwise. */
  mailboxReader?: MailboxReader;
}

/** Mail settings of an installation that configured none (tests, the embedded demo). */
export const defaultMailSettings: MailSettings = {
  mailboxes: ['soporte@pacta.localhost'],
  loopMarker: 'pacta',
  messageIdDomain: 'pacta.localhost',
  maxMessageBytes: 25 * 1024 * 1024,
};

/** Edges for an installation without mail configuration: nothing trusted, nothing sent. */
export function defaultMailEdges(settings: MailSettings = defaultMailSettings): MailEdges {
  return {
    settings,
    publicUrl: 'http://localhost:3000',
    readers: mailReaders({ trustedRelays: [], serverName: settings.messageIdDomain }),
    transport: null,
  };
}

/** Wires each module to the store's repositories, narrowed to the ports the module declares. */
export function composeModules(
  store: Store,
  clock: Clock,
  ids: Ids,
  mailEdges: MailEdges = defaultMailEdges(),
  unsubscribeSecrets: readonly string[] = [],
): Modules {
  const { transact } = store;
  const calendars = store.calendars;
  const hourBank: HourBankDeps = {
    clock,
    ids,
    contracts: store.contracts,
    calendars,
    ledger: store.ledger,
    workLog: store.workLog,
    transact,
  };
  const invitationMailer: AgencyMailer = {
    render: (invitation) => renderInvitation(invitation, mailEdges.settings.mailboxes[0] ?? ''),
    messageIdDomain: mailEdges.settings.messageIdDomain,
  };
  const agency: AgencyDeps = {
    clock,
    ids,
    contracts: store.contracts,
    calendars,
    users: store.users,
    organisations: store.organisations,
    agency: store.agency,
    accountMeetings: store.success,
    mailer: invitationMailer,
    transact,
  };
  const quotes: QuotesDeps = {
    clock,
    ids,
    contracts: store.contracts,
    calendars,
    tickets: store.tickets,
    agency: store.agency,
    quotes: store.quotes,
    transact,
  };
  const reports: ReportsDeps = {
    clock,
    ids,
    contracts: store.contracts,
    calendars,
    ledger: store.ledger,
    workLog: store.workLog,
    tickets: store.tickets,
    compliance: store.compliance,
    users: store.users,
    organisations: store.organisations,
    issuedReports: store.issuedReports,
    metricReadings: store.metricReadings,
    recommendations: store.recommendations,
    ticketEstimates: store.ticketEstimates,
    quotes: store.quotes,
    projects: store.projects,
    transact,
  };
  const desk: DeskDeps = {
    clock,
    ids,
    contracts: store.contracts,
    contractContexts: new ContractContextCache(),
    calendars,
    tickets: store.tickets,
    users: store.users,
    organisations: store.organisations,
    notices: store.notices,
    compliance: store.compliance,
    articles: store.knowledge,
    transact,
    hourBank,
  };
  return {
    identity: {
      clock,
      ids,
      organisations: store.organisations,
      users: store.users,
      sessions: store.sessions,
      tokens: store.tokens,
      signInAttempts: store.signInAttempts,
      audit: store.audit,
      secondFactors: store.secondFactors,
      secrets: mailEdges.secrets ?? null,
      accountMailer: {
        render: renderAccountNotice,
        publicUrl: mailEdges.publicUrl,
        messageIdDomain: mailEdges.settings.messageIdDomain,
      },
      transact,
    },
    calendars: { clock, ids, calendars, transact },
    plans: { clock, ids, plans: store.plans, transact },
    contracts: {
      clock,
      ids,
      contracts: store.contracts,
      calendars,
      organisations: store.organisations,
      users: store.users,
      plans: store.plans,
      transact,
    },
    hourBank,
    desk,
    reports,
    knowledge: {
      clock,
      ids,
      knowledge: store.knowledge,
      deflections: store.deflections,
      transact,
    },
    agency,
    quotes,
    projects: {
      clock,
      ids,
      contracts: store.contracts,
      calendars,
      ledger: store.ledger,
      projects: store.projects,
      transact,
    },
    outbox: { clock, outbox: store.outbox },
    demo: {
      clock,
      ids,
      organisations: store.organisations,
      users: store.users,
      calendars,
      plans: store.plans,
      contracts: store.contracts,
      contractContexts: desk.contractContexts,
      ledger: store.ledger,
      workLog: store.workLog,
      tickets: store.tickets,
      notices: store.notices,
      compliance: store.compliance,
      articles: store.knowledge,
      transact,
      hourBank,
    },
    mail: {
      clock,
      ids,
      ...mailEdges,
      secrets: mailEdges.secrets ?? null,
      mailboxReader: mailEdges.mailboxReader ?? imapMailboxReader,
      mailboxes: store.mailboxes,
      render: renderNotice,
      renderApproval: renderApprovalNotice,
      mailApprovals: store.mailApprovals,
      renderReportMail,
      attachments: reportAttachments(store),
      issuedReports: store.issuedReports,
      mailMessages: store.mailMessages,
      mailThreads: store.mailThreads,
      outgoingMail: store.outgoingMail,
      directory: store.mailDirectory,
      users: store.users,
      organisations: store.organisations,
      desk,
      quotes,
      agency,
      transact,
    },
    contacts: {
      clock,
      ids,
      contacts: store.contacts,
      organisations: store.organisations,
      users: store.users,
      privacy: store.privacy,
      retention: store.retention,
      legalHolds: store.legalHolds,
      anonymisationLog: store.anonymisationLog,
      contracts: store.contracts,
      storedData,
      transact,
    },
    success: {
      clock,
      ids,
      contracts: store.contracts,
      calendars,
      organisations: store.organisations,
      users: store.users,
      contacts: store.contacts,
      success: store.success,
      mailer: invitationMailer,
      forecast: async (actor, contractId, date) => {
        const computed = await readReport({
          ...reports,
          actor,
          contractId,
          kind: 'planning',
          date,
        });
        if (computed.model.kind !== 'planning') throw new Error('a planning report was asked for');
        return planningForecast(computed.model.report);
      },
      transact,
    },
    communications: {
      clock,
      ids,
      contacts: store.contacts,
      consents: store.consents,
      segmentSubjects: store.segmentSubjects,
      unsubscribeSecrets,
      articles: store.knowledge,
      updateAnnouncements: store.updateAnnouncements,
      updateMailer: {
        render: renderUpdateMail,
        publicUrl: mailEdges.publicUrl,
        messageIdDomain: mailEdges.settings.messageIdDomain,
      },
      transact,
    },
    campaigns: {
      clock,
      ids,
      campaigns: store.campaigns,
      campaignSuppressions: store.campaignSuppressions,
      segmentSubjects: store.segmentSubjects,
      organisations: store.organisations,
      users: store.users,
      csmAssignments: store.success,
      unsubscribeSecrets,
      publicUrl: mailEdges.publicUrl,
      messageIdDomain: mailEdges.settings.messageIdDomain,
      salutation: (contact, language) => {
        const { key, params } = salutationMessage(contact);
        return translate(language, key, params);
      },
      transact,
    },
  };
}
