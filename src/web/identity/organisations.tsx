/**
 * Organisations: the provider, its clients (direct or managed by a partner) and partners, each
 * with the time zone its people type and read wall times in (an administrator changes it).
 */
import { type FormEvent, useState } from 'react';
import { api, type Organisation } from '../api/endpoints.js';
import { calendarDate, dateIn, viewerTimeZone } from '../format.js';
import { useI18n } from '../i18n.js';
import { useSession } from '../session.js';
import { CreateForm, OpenPanelButton, useCreatePanel } from '../ui/create-panel.js';
import { ErrorSummary } from '../ui/errors.js';
import { SelectField, TextField } from '../ui/field.js';
import { Notice, PageHeader, TableRegion } from '../ui/page.js';
import { EmptyRow, TableHead } from '../ui/table.js';
import { useAction } from '../ui/use-action.js';
import { useLoad } from '../ui/use-load.js';
import { ZoneField } from '../ui/zone-field.js';

function NewOrganisationForm(props: {
  partners: readonly Organisation[];
  onCreated(organisation: Organisation): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const [kind, setKind] = useState<'client' | 'partner'>('client');
  const [name, setName] = useState('');
  const [partnerId, setPartnerId] = useState('');

  const create = () =>
    api.createOrganisation({
      kind,
      name: name.trim(),
      partnerId: kind === 'client' && partnerId !== '' ? partnerId : null,
    });

  return (
    <CreateForm
      id="new-org-title"
      title={t('organisations.new')}
      create={create}
      onCreated={props.onCreated}
      onCancel={props.onCancel}
    >
      {(error) => (
        <>
          <fieldset className="field">
            <legend className="field__label">{t('organisations.field.kind')}</legend>
            <div className="segmented">
              {(['client', 'partner'] as const).map((option) => (
                <label key={option} className="segmented__option">
                  <input
                    type="radio"
                    name="kind"
                    value={option}
                    checked={kind === option}
                    onChange={() => setKind(option)}
                  />
                  <span>{t(`orgKind.${option}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <div className="form-grid">
            <TextField
              path="name"
              label={t('organisations.field.name')}
              autoComplete="organization"
              error={error}
              value={name}
              onChange={setName}
            />
            {kind === 'client' && (
              <SelectField
                path="partnerId"
                label={t('organisations.field.partner')}
                hint={t('organisations.field.partnerHint')}
                optional
                error={error}
                value={partnerId}
                onChange={setPartnerId}
                choices={[
                  { value: '', label: t('organisations.field.partnerNone') },
                  ...props.partners.map((p) => ({ value: p.id, label: p.name })),
                ]}
              />
            )}
          </div>
        </>
      )}
    </CreateForm>
  );
}

/** An organisation's time zone, and changing it (the server refuses an unknown zone). */
function ZoneCell(props: { organisation: Organisation; onChanged(changed: Organisation): void }) {
  const { t } = useI18n();
  const { organisation } = props;
  const [editing, setEditing] = useState(false);
  const [zone, setZone] = useState(organisation.timeZone);
  const { busy, error, run } = useAction();
  const { organisationChanged } = useSession();
  if (!editing) {
    return (
      <span className="inline-actions">
        {organisation.timeZone}
        <button
          type="button"
          className="button button--small button--ghost"
          aria-label={t('organisations.zone.change', { name: organisation.name })}
          onClick={() => setEditing(true)}
        >
          {t('organisations.zone.changeShort')}
        </button>
      </span>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(
      () => api.setOrganisationTimeZone(organisation.id, zone.trim()),
      (changed) => {
        setEditing(false);
        organisationChanged(changed);
        props.onChanged(changed);
      },
    );
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <ZoneField
        path="timeZone"
        scope={organisation.id}
        listId={`zones-${organisation.id}`}
        label={t('organisations.zone.label', { name: organisation.name })}
        hint={t('organisations.zone.hint')}
        error={error}
        value={zone}
        onChange={setZone}
      />
      <span className="inline-actions">
        <button type="submit" className="button button--small" disabled={busy}>
          {t('organisations.zone.save')}
        </button>
        <button
          type="button"
          className="button button--small button--ghost"
          onClick={() => setEditing(false)}
        >
          {t('common.cancel')}
        </button>
      </span>
    </form>
  );
}

const kindOrder = { provider: 0, partner: 1, client: 2 } as const;

/** The organisations page (administrators). */
export function OrganisationsPage() {
  const { t, locale } = useI18n();
  const panel = useCreatePanel();
  const organisations = useLoad(() => api.organisations(), []);
  const all = organisations.data ?? [];
  const byId = new Map(all.map((o) => [o.id, o]));
  const sorted = [...all].sort(
    (a, b) => kindOrder[a.kind] - kindOrder[b.kind] || a.name.localeCompare(b.name, locale),
  );

  return (
    <>
      <PageHeader
        title={t('organisations.title')}
        intro={t('organisations.intro')}
        actions={<OpenPanelButton panel={panel} label={t('organisations.new')} />}
      />
      {panel.creating && (
        <NewOrganisationForm
          partners={all.filter((o) => o.kind === 'partner')}
          onCancel={panel.close}
          onCreated={(organisation) => {
            panel.finish(t('organisations.created', { name: organisation.name }));
            organisations.set([...all, organisation]);
          }}
        />
      )}
      {panel.notice && <Notice>{panel.notice}</Notice>}
      <ErrorSummary error={organisations.error} />
      <TableRegion label={t('organisations.title')}>
        <table className="table" aria-busy={organisations.loading}>
          <TableHead
            columns={[
              t('organisations.col.name'),
              t('organisations.col.kind'),
              t('organisations.col.partner'),
              t('organisations.col.zone'),
              t('organisations.col.created'),
            ]}
          />
          <tbody>
            {sorted.map((o) => (
              <tr key={o.id}>
                <th scope="row" className="table__primary">
                  {o.name}
                </th>
                <td>
                  <span className={`badge badge--${o.kind}`}>{t(`orgKind.${o.kind}`)}</span>
                </td>
                <td>
                  {o.kind !== 'client'
                    ? t('common.none')
                    : o.partnerId
                      ? (byId.get(o.partnerId)?.name ?? t('common.none'))
                      : t('organisations.direct')}
                </td>
                <td>
                  <ZoneCell
                    organisation={o}
                    onChanged={(changed) =>
                      organisations.set(all.map((x) => (x.id === changed.id ? changed : x)))
                    }
                  />
                </td>
                <td>{calendarDate(locale, dateIn(o.createdAt, viewerTimeZone()))}</td>
              </tr>
            ))}
            {organisations.data?.length === 0 && (
              <EmptyRow columns={5}>{t('organisations.empty')}</EmptyRow>
            )}
          </tbody>
        </table>
      </TableRegion>
    </>
  );
}
