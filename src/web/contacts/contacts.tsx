/**
 * The contacts list for provider staff: search by name or email (on the server), narrowed by
 * account, kind and state, each row opening the contact's 360° view.
 */
import { useState } from 'react';
import { type Contact, contacts } from '../api/contacts.js';
import { api } from '../api/endpoints.js';
import { useI18n } from '../i18n.js';
import { Link } from '../router.js';
import { ErrorSummary } from '../ui/errors.js';
import { SelectField, TextField } from '../ui/field.js';
import { PageHeader, TableRegion } from '../ui/page.js';
import { EmptyRow, TableHead } from '../ui/table.js';
import { useLoad } from '../ui/use-load.js';

function shown(contact: Contact, kind: string, state: string): boolean {
  return (kind === '' || contact.kind === kind) && (state === '' || contact.state === state);
}

/** The staff's list of contacts. */
export function ContactsPage() {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [kind, setKind] = useState('');
  const [state, setState] = useState('');
  const organisations = useLoad(() => api.organisations(), []);
  const list = useLoad(
    () =>
      contacts.list({
        ...(q.trim() === '' ? {} : { q: q.trim() }),
        ...(organisationId === '' ? {} : { organisationId }),
      }),
    [q, organisationId],
  );
  const nameOf = new Map((organisations.data ?? []).map((o) => [o.id, o.name]));
  const rows = (list.data ?? []).filter((contact) => shown(contact, kind, state));
  return (
    <>
      <PageHeader title={t('contacts.list.title')} intro={t('contacts.list.intro')} />
      <div className="filters__grid">
        <TextField
          path="q"
          label={t('contacts.list.search')}
          error={null}
          value={q}
          onChange={setQ}
        />
        <SelectField
          path="organisationId"
          label={t('contacts.list.account')}
          error={null}
          value={organisationId}
          onChange={setOrganisationId}
          choices={[
            { value: '', label: t('contacts.list.allAccounts') },
            ...(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name })),
          ]}
        />
        <SelectField
          path="kind"
          label={t('contacts.list.kind')}
          error={null}
          value={kind}
          onChange={setKind}
          choices={[
            { value: '', label: t('contacts.list.allKinds') },
            { value: 'person', label: t('contacts.kind.person') },
            { value: 'company', label: t('contacts.kind.company') },
          ]}
        />
        <SelectField
          path="state"
          label={t('contacts.list.state')}
          error={null}
          value={state}
          onChange={setState}
          choices={[
            { value: '', label: t('contacts.list.allStates') },
            { value: 'active', label: t('contacts.state.active') },
            { value: 'anonymised', label: t('contacts.state.anonymised') },
          ]}
        />
      </div>
      <ErrorSummary error={list.error} />
      <TableRegion label={t('contacts.list.title')}>
        <table className="table" aria-busy={list.loading}>
          <TableHead
            columns={[
              t('contacts.col.name'),
              t('contacts.col.kind'),
              t('contacts.col.email'),
              t('contacts.col.account'),
              t('contacts.col.language'),
              t('contacts.col.state'),
            ]}
          />
          <tbody>
            {rows.map((contact) => (
              <tr key={contact.id}>
                <th scope="row" className="table__primary">
                  <Link to={`/contacts/${contact.id}`}>{contact.displayName}</Link>
                </th>
                <td>{t(`contacts.kind.${contact.kind}`)}</td>
                <td>{contact.email ?? ''}</td>
                <td>
                  {contact.organisationId === null
                    ? t('contacts.noAccount')
                    : (nameOf.get(contact.organisationId) ?? '')}
                </td>
                <td>{t(`language.${contact.language}`)}</td>
                <td>
                  <StateBadge state={contact.state} />
                </td>
              </tr>
            ))}
            {!list.loading && rows.length === 0 && (
              <EmptyRow columns={6}>{t('contacts.list.empty')}</EmptyRow>
            )}
          </tbody>
        </table>
      </TableRegion>
    </>
  );
}

/** A contact's state as a badge. */
export function StateBadge({ state }: { state: Contact['state'] }) {
  const { t } = useI18n();
  return (
    <span className={`badge badge--${state === 'active' ? 'success' : 'neutral'}`}>
      {t(`contacts.state.${state}`)}
    </span>
  );
}
