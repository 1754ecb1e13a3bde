/** Users: list (filterable by organisation), create, deactivate, reactivate, reset two-step sign-in. */
import { useState } from 'react';
import { isProviderRole } from '../../domain/identity/roles.js';
import { type ApiError, asApiError } from '../api/client.js';
import { api, type Organisation, type User } from '../api/endpoints.js';
import { useI18n } from '../i18n.js';
import { useMe } from '../session.js';
import { ConfirmButton } from '../ui/confirm-button.js';
import { OpenPanelButton, useCreatePanel } from '../ui/create-panel.js';
import { ErrorSummary } from '../ui/errors.js';
import { Notice, PageHeader, TableRegion } from '../ui/page.js';
import { EmptyRow, TableHead } from '../ui/table.js';
import { useLoad } from '../ui/use-load.js';
import { NewUserForm } from './new-user-form.js';

function UserActions(props: {
  user: User;
  isSelf: boolean;
  onChanged(user: User, message: string): void;
  onError(error: ApiError): void;
}) {
  const { t } = useI18n();
  const { user } = props;
  const [busy, setBusy] = useState(false);
  if (props.isSelf) return null;
  const act = async (
    action: () => Promise<User>,
    key: 'users.reactivated' | 'users.deactivated' | 'users.twoFactorReset',
  ) => {
    setBusy(true);
    try {
      const updated = await action();
      props.onChanged(updated, t(key, { name: updated.name }));
    } catch (failure) {
      props.onError(asApiError(failure));
    } finally {
      setBusy(false);
    }
  };
  if (!user.active) {
    return (
      <button
        type="button"
        className="button button--small button--secondary"
        disabled={busy}
        aria-label={t('users.reactivateName', { name: user.name })}
        onClick={() =>
          void act(() => api.updateUser(user.id, { active: true }), 'users.reactivated')
        }
      >
        {t('users.reactivate')}
      </button>
    );
  }
  const resetTwoFactor = async () => {
    await api.resetTwoFactor(user.id);
    return user;
  };
  return (
    <span className="inline-actions">
      {user.hasLogin && isProviderRole(user.role) && (
        <ConfirmButton
          label={t('users.resetTwoFactor')}
          ariaLabel={t('users.resetTwoFactorName', { name: user.name })}
          confirmAriaLabel={t('users.confirmResetTwoFactorName', { name: user.name })}
          busy={busy}
          onConfirm={() => act(resetTwoFactor, 'users.twoFactorReset')}
        />
      )}
      <ConfirmButton
        label={t('users.deactivate')}
        ariaLabel={t('users.deactivateName', { name: user.name })}
        confirmAriaLabel={t('users.confirmDeactivateName', { name: user.name })}
        busy={busy}
        onConfirm={() => act(() => api.updateUser(user.id, { active: false }), 'users.deactivated')}
      />
    </span>
  );
}

/** The users page (administrators). */
export function UsersPage() {
  const { t } = useI18n();
  const me = useMe();
  const [filter, setFilter] = useState('');
  const panel = useCreatePanel();
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const organisations = useLoad(() => api.organisations(), []);
  const users = useLoad(() => api.users(filter || undefined), [filter]);
  const byId = new Map<string, Organisation>((organisations.data ?? []).map((o) => [o.id, o]));

  const replace = (user: User, message: string) => {
    users.set((users.data ?? []).map((u) => (u.id === user.id ? user : u)));
    setActionError(null);
    panel.say(message);
  };

  return (
    <>
      <PageHeader
        title={t('users.title')}
        intro={t('users.intro')}
        actions={<OpenPanelButton panel={panel} label={t('users.new')} />}
      />
      {panel.creating && organisations.data && (
        <NewUserForm
          organisations={organisations.data}
          onCancel={panel.close}
          onCreated={(user) => {
            panel.finish(t('users.created', { name: user.name }));
            users.reload();
          }}
        />
      )}
      {panel.notice && <Notice>{panel.notice}</Notice>}
      <ErrorSummary error={actionError ?? users.error ?? organisations.error} />
      <div className="toolbar">
        <label className="toolbar__field">
          <span className="toolbar__label">{t('users.filter')}</span>
          <select className="input" value={filter} onChange={(e) => setFilter(e.target.value)}>
            <option value="">{t('users.filterAll')}</option>
            {(organisations.data ?? []).map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <p className="toolbar__count muted" aria-live="polite">
          {users.data && t('users.count', { count: users.data.length })}
        </p>
      </div>
      <TableRegion label={t('users.title')}>
        <table className="table" aria-busy={users.loading}>
          <TableHead
            columns={[
              t('users.col.name'),
              t('users.col.email'),
              t('users.col.organisation'),
              t('users.col.role'),
              t('users.col.locale'),
              t('users.col.status'),
              { label: t('users.col.actions'), hidden: true },
            ]}
          />
          <tbody>
            {(users.data ?? []).map((user) => (
              <tr key={user.id} className={user.active ? '' : 'is-muted'}>
                <th scope="row" className="table__primary">
                  {user.name}
                  {!user.hasLogin && <span className="table__sub">{t('users.contactOnly')}</span>}
                </th>
                <td>{user.email}</td>
                <td>{byId.get(user.organisationId)?.name ?? t('common.none')}</td>
                <td>{t(`role.${user.role}`)}</td>
                <td>{t(`language.${user.locale}`)}</td>
                <td>
                  <span className={`badge ${user.active ? 'badge--success' : 'badge--neutral'}`}>
                    {user.active ? t('users.active') : t('users.inactive')}
                  </span>
                </td>
                <td className="table__actions">
                  <UserActions
                    user={user}
                    isSelf={user.id === me.user.id}
                    onChanged={replace}
                    onError={setActionError}
                  />
                </td>
              </tr>
            ))}
            {users.data?.length === 0 && <EmptyRow columns={7}>{t('users.empty')}</EmptyRow>}
          </tbody>
        </table>
      </TableRegion>
    </>
  );
}
