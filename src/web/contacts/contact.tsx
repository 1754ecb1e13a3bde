/**
 * The 360° view of a contact (seed 003): the data held, tickets, messages, approvals, consents,
 * campaigns received, addresses suppressed after a hard bounce and history, with rectification, and, for administrators, the access export,
 * legal holds and anonymisation.
 */
import { campaigns } from '../api/campaigns.js';
import { type Contact, type ContactDetail, contacts } from '../api/contacts.js';
import { useI18n } from '../i18n.js';
import { Link } from '../router.js';
import { useMe } from '../session.js';
import { ErrorSummary } from '../ui/errors.js';
import { PageHeader } from '../ui/page.js';
import { useLoad } from '../ui/use-load.js';
import { ConsentList, ContactActivity, ReceivedCampaigns, TraceList } from './contact-activity.js';
import { fieldsOf, fieldText } from './contact-fields.js';
import { AnonymisePanel, ExportLinks, RectifyForm } from './contact-privacy.js';
import { StateBadge } from './contacts.js';
import { ContactHolds } from './legal-holds.js';
import { ContactSuppressions } from './suppressions.js';

function Details({ contact }: { contact: Contact }) {
  const { t } = useI18n();
  const custom = Object.keys(contact.custom).map((k) => ({ label: k, field: `custom.${k}` }));
  const rows = [
    ...fieldsOf(contact).map((f) => ({ label: t(`contacts.field.${f}`), field: f })),
    ...custom,
  ];
  return (
    <section className="card">
      <h2>{t('contacts.view.details')}</h2>
      <dl className="facts">
        {rows.map((row) => (
          <div key={row.field}>
            <dt>{row.label}</dt>
            <dd>
              {row.field === 'language'
                ? t(`language.${contact.language}`)
                : fieldText(contact, row.field)}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The contact page at `/contacts/:id`. */
export function ContactPage({ id }: { id: string }) {
  const { t } = useI18n();
  const me = useMe();
  const isAdmin = me.user.role === 'provider_admin';
  const view = useLoad(() => contacts.view(id), [id]);
  const consents = useLoad(() => contacts.consents(id), [id]);
  const received = useLoad(() => campaigns.receivedBy(id), [id]);
  const changed = (contact: Contact) => {
    if (view.data) view.set({ ...view.data, contact } satisfies ContactDetail);
    view.reload();
  };
  const contact = view.data?.contact;
  return (
    <>
      <Link to="/contacts">{t('contacts.view.back')}</Link>
      <PageHeader
        title={contact?.displayName ?? t('contacts.list.title')}
        intro={t('contacts.view.traced')}
        actions={contact && <StateBadge state={contact.state} />}
      />
      <ErrorSummary error={view.error ?? consents.error} />
      {view.data && contact && (
        <>
          {view.data.company && (
            <p>
              <Link to={`/contacts/${view.data.company.id}`}>
                {t('contacts.view.company', { company: view.data.company.displayName })}
              </Link>
            </p>
          )}
          <Details contact={contact} />
          {contact.state === 'active' && (
            <RectifyForm key={contact.id} contact={contact} onDone={changed} />
          )}
          <ContactActivity view={view.data} />
          <ConsentList consents={consents.data ?? []} />
          <ReceivedCampaigns received={received.data ?? []} />
          <ContactSuppressions contactId={contact.id} canLift={isAdmin} />
          <TraceList trace={view.data.trace} />
          {isAdmin && <ExportLinks contactId={contact.id} />}
          {isAdmin && <ContactHolds contactId={contact.id} />}
          {isAdmin && contact.state === 'active' && (
            <AnonymisePanel contact={contact} onDone={changed} />
          )}
        </>
      )}
    </>
  );
}
