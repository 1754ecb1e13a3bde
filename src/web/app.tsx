/**
 * The app: language and session providers, then the agent console for provider staff or the
 * client portal for client and partner users, each with its pages by path.
 */
import { type ReactNode, useEffect } from 'react';
import { isProviderRole } from '../domain/identity/roles.js';
import { PortalAgencyPage } from './agency/portal.js';
import { CalendarEditorPage } from './calendars/calendar-editor.js';
import { CalendarsPage } from './calendars/calendars.js';
import { CampaignPage } from './campaigns/campaign.js';
import { CampaignsPage } from './campaigns/campaigns.js';
import { ContactPage } from './contacts/contact.js';
import { ContactsPage } from './contacts/contacts.js';
import { LegalHoldsPage } from './contacts/legal-holds.js';
import { UnsubscribePage } from './contacts/unsubscribe.js';
import { ContractPage, ContractsPage } from './contracts/contracts.js';
import { DashboardPage } from './dashboard/dashboard.js';
import { PortalHoursPage, PortalTicketsPage } from './desk/portal.js';
import { QueuePage } from './desk/queue.js';
import { TicketPage } from './desk/ticket.js';
import { I18nProvider, useI18n } from './i18n.js';
import { AccountPage } from './identity/account.js';
import { AuditPage } from './identity/audit.js';
import { OrganisationsPage } from './identity/organisations.js';
import { ForgotPasswordPage, ResetPasswordPage } from './identity/password-reset.js';
import { SignInPage } from './identity/sign-in.js';
import { UsersPage } from './identity/users.js';
import { ArticleEditorPage } from './knowledge/article-editor.js';
import { ArticlesPage } from './knowledge/articles.js';
import { helpPage } from './knowledge/help-routes.js';
import { type NavGroup, Shell } from './layout/shell.js';
import { MailboxesPage } from './mail/mailboxes.js';
import { OutgoingMailPage } from './mail/outgoing.js';
import { ReceivedMailPage } from './mail/received.js';
import { PlansPage } from './plans/plans.js';
import { ProjectPage } from './projects/project.js';
import { ProjectsPage } from './projects/projects.js';
import { PortalQuotesPage } from './quotes/portal.js';
import { QuoteEditorPage } from './quotes/quote-editor.js';
import { QuotesPage } from './quotes/quotes.js';
import { Link, navigate, pairAfter, paramAfter, usePath } from './router.js';
import { SessionProvider, useMe, useSession } from './session.js';
import { PortalAccountPage } from './success/portal.js';
import { PageHeader } from './ui/page.js';

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

function NotFound({ home }: { home: string }) {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('app.notFound.title')} intro={t('app.notFound.body')} />
      <Link to={home} className="button button--secondary">
        {t('app.notFound.home')}
      </Link>
    </>
  );
}

function consolePage(path: string, isAdmin: boolean): ReactNode {
  const adminOnly = (page: ReactNode) => (isAdmin ? page : <NotFound home="/queue" />);
  switch (path) {
    case '/':
      return <Redirect to="/queue" />;
    case '/queue':
      return <QueuePage />;
    case '/dashboard':
      return <DashboardPage />;
    case '/account':
      return <AccountPage />;
    case '/contracts':
      return <ContractsPage />;
    case '/calendars':
      return <CalendarsPage />;
    case '/contacts':
      return <ContactsPage />;
    case '/campaigns':
      return <CampaignsPage />;
    case '/quotes':
      return <QuotesPage />;
    case '/projects':
      return <ProjectsPage base="/projects" />;
    case '/knowledge':
      return <ArticlesPage />;
    case '/knowledge/new':
      return <ArticleEditorPage key="new" />;
    case '/calendars/new':
      return adminOnly(<CalendarEditorPage key="new" />);
    case '/admin/users':
      return adminOnly(<UsersPage />);
    case '/admin/organisations':
      return adminOnly(<OrganisationsPage />);
    case '/admin/plans':
      return adminOnly(<PlansPage />);
    case '/admin/audit':
      return adminOnly(<AuditPage />);
    case '/admin/mail':
      return adminOnly(<ReceivedMailPage />);
    case '/admin/legal-holds':
      return adminOnly(<LegalHoldsPage />);
    case '/admin/mail/outgoing':
      return adminOnly(<OutgoingMailPage />);
    case '/admin/mail/mailboxes':
      return adminOnly(<MailboxesPage />);
  }
  if (path.startsWith('/portal')) return <Redirect to="/queue" />;
  const help = helpPage(path);
  if (help) return help;
  const articleId = paramAfter(path, '/knowledge');
  if (articleId) return <ArticleEditorPage key={articleId} id={articleId} />;
  const ticketId = paramAfter(path, '/tickets');
  if (ticketId) return <TicketPage key={ticketId} id={ticketId} staff back="/queue" />;
  const quote = pairAfter(path, '/quotes');
  if (quote)
    return <QuoteEditorPage key={quote.join('/')} contractId={quote[0]} quoteId={quote[1]} />;
  const project = pairAfter(path, '/projects');
  if (project) {
    const [contractId, projectId] = project;
    return (
      <ProjectPage key={projectId} contractId={contractId} projectId={projectId} base="/projects" />
    );
  }
  const contractId = paramAfter(path, '/contracts');
  if (contractId) return <ContractPage key={contractId} id={contractId} />;
  const campaignId = paramAfter(path, '/campaigns');
  if (campaignId) return <CampaignPage key={campaignId} id={campaignId} />;
  const contactId = paramAfter(path, '/contacts');
  if (contactId) return <ContactPage key={contactId} id={contactId} />;
  const calendarId = paramAfter(path, '/calendars');
  if (calendarId) return <CalendarEditorPage key={calendarId} id={calendarId} />;
  return <NotFound home="/queue" />;
}

/** The partner's first-line console (seed 001): the queue of the clients it manages and their tickets. */
function PartnerConsole() {
  const { t } = useI18n();
  const path = usePath();
  const nav: NavGroup[] = [{ items: [{ to: '/queue', label: t('nav.queue') }] }];
  const ticketId = paramAfter(path, '/tickets');
  let page: ReactNode = <Redirect to="/queue" />;
  if (path === '/queue') page = <QueuePage />;
  else if (path === '/account') page = <AccountPage />;
  else if (ticketId) page = <TicketPage key={ticketId} id={ticketId} staff back="/queue" />;
  return (
    <Shell variant="console" nav={nav}>
      {page}
    </Shell>
  );
}

function Console() {
  const { t, locale } = useI18n();
  const me = useMe();
  const path = usePath();
  const isAdmin = me.user.role === 'provider_admin';
  const nav: NavGroup[] = [
    {
      items: [
        { to: '/dashboard', label: t('nav.dashboard') },
        { to: '/queue', label: t('nav.queue') },
        { to: '/contracts', label: t('nav.contracts') },
        { to: '/quotes', label: t('nav.quotes') },
        { to: '/projects', label: t('nav.projects') },
        { to: '/calendars', label: t('nav.calendars') },
        { to: '/contacts', label: t('contacts.nav.list') },
        { to: '/campaigns', label: t('campaigns.nav.list') },
        { to: '/knowledge', label: t('knowledge.nav.articles') },
        { to: `/help/${locale}`, label: t('knowledge.nav.help') },
      ],
    },
  ];
  if (isAdmin) {
    nav.push({
      title: t('nav.admin'),
      items: [
        { to: '/admin/users', label: t('nav.users') },
        { to: '/admin/organisations', label: t('nav.organisations') },
        { to: '/admin/plans', label: t('nav.plans') },
        { to: '/admin/audit', label: t('nav.audit') },
        { to: '/admin/mail', label: t('mail.nav.received') },
        { to: '/admin/legal-holds', label: t('contacts.holds.nav') },
      ],
    });
  }
  return (
    <Shell variant="console" nav={nav}>
      {consolePage(path, isAdmin)}
    </Shell>
  );
}

/** The portal's projects and, for the decision-maker, quotes pages; null for any other path. */
function portalWorkPage(path: string, decides: boolean): ReactNode {
  if (path === '/portal/quotes' && decides) return <PortalQuotesPage />;
  if (path === '/portal/account') return <PortalAccountPage />;
  if (path === '/portal/projects') return <ProjectsPage base="/portal/projects" />;
  const project = pairAfter(path, '/portal/projects');
  if (!project) return null;
  const [contractId, projectId] = project;
  return (
    <ProjectPage
      key={projectId}
      contractId={contractId}
      projectId={projectId}
      base="/portal/projects"
    />
  );
}

function Portal() {
  const { t, locale } = useI18n();
  const path = usePath();
  const decides = useMe().user.role === 'client_decision_maker';
  const nav: NavGroup[] = [
    {
      items: [
        { to: '/portal/tickets', label: t('nav.myTickets') },
        { to: '/portal/hours', label: t('nav.hours') },
        { to: '/portal/agency', label: t('nav.agency') },
        ...(decides ? [{ to: '/portal/quotes', label: t('nav.quotes') }] : []),
        { to: '/portal/projects', label: t('nav.projects') },
        { to: '/portal/account', label: t('portal.account.title') },
        { to: `/help/${locale}`, label: t('knowledge.nav.help') },
      ],
    },
  ];
  const ticketId = paramAfter(path, '/portal/tickets');
  const workPage = portalWorkPage(path, decides);
  let page: ReactNode;
  if (workPage) {
    page = workPage;
  } else if (path === '/portal/tickets') {
    page = <PortalTicketsPage />;
  } else if (ticketId) {
    page = <TicketPage key={ticketId} id={ticketId} staff={false} back="/portal/tickets" />;
  } else if (path === '/portal/hours') {
    page = <PortalHoursPage />;
  } else if (path === '/account') {
    page = <AccountPage />;
  } else if (helpPage(path)) {
    page = helpPage(path);
  } else if (path === '/portal/agency') {
    page = <PortalAgencyPage />;
  } else {
    page = <Redirect to="/portal/tickets" />;
  }
  return (
    <Shell variant="portal" nav={nav}>
      {page}
    </Shell>
  );
}

function Root() {
  const { t } = useI18n();
  const { state } = useSession();
  const path = usePath();
  // the mailed link opens its page whoever is signed in here (the reset ends every session)
  if (path === '/reset-password') return <ResetPasswordPage />;
  // an unsubscribe link works for whoever holds it, signed in or not
  const unsubscribeToken = paramAfter(path, '/unsubscribe');
  if (unsubscribeToken) return <UnsubscribePage token={unsubscribeToken} />;
  if (state.status === 'loading') {
    return (
      <div className="boot" aria-busy="true">
        {t('app.loading')}
      </div>
    );
  }
  if (state.status === 'signed_out') {
    return path === '/forgot-password' ? (
      <ForgotPasswordPage />
    ) : (
      <SignInPage ended={state.ended} />
    );
  }
  const { role } = state.me.user;
  if (role === 'partner_agent') return <PartnerConsole />;
  return isProviderRole(role) ? <Console /> : <Portal />;
}

/** The whole web app. */
export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <Root />
      </SessionProvider>
    </I18nProvider>
  );
}
