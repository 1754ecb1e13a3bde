/** The signed-in user's own account: its sessions, two-step sign-in (staff) and calendar feed. */
import { useState } from 'react';
import { MyCalendarFeed } from '../agency/my-feed.js';
import { api, type OwnSession } from '../api/endpoints.js';
import { useI18n } from '../i18n.js';
import { useSession } from '../session.js';
import { ErrorSummary } from '../ui/errors.js';
import { Instant } from '../ui/instant.js';
import { Notice, PageHeader, TableRegion } from '../ui/page.js';
import { TableHead } from '../ui/table.js';
import { useAction } from '../ui/use-action.js';
import { useLoad } from '../ui/use-load.js';
import { TwoFactorSection } from './two-factor.js';

/** The account page: the user's sessions, this one marked, each other one can be ended. */
export function AccountPage() {
  const { t } = useI18n();
  const { state } = useSession();
  const staff = state.status === 'signed_in' && state.me.organisation.kind === 'provider';
  const sessions = useLoad(() => api.sessions(), []);
  const { busy, error, run } = useAction();
  const [notice, setNotice] = useState<string | null>(null);
  const deviceOf = (session: OwnSession) =>
    session.userAgent ?? t('account.sessions.unknownDevice');
  const end = (session: OwnSession) =>
    run(
      () => api.endSession(session.id),
      () => {
        setNotice(t('account.sessions.ended'));
        sessions.reload();
      },
    );
  const endOthers = () =>
    run(
      () => api.endOtherSessions(),
      () => {
        setNotice(t('account.sessions.othersEnded'));
        sessions.reload();
      },
    );
  const list = sessions.data ?? [];
  return (
    <>
      <PageHeader
        title={t('account.title')}
        intro={t('account.intro')}
        actions={
          <button
            type="button"
            className="button button--secondary"
            disabled={busy || list.every((session) => session.current)}
            onClick={() => void endOthers()}
          >
            {t('account.sessions.endOthers')}
          </button>
        }
      />
      {notice && <Notice>{notice}</Notice>}
      <ErrorSummary error={error ?? sessions.error} />
      <h2>{t('account.sessions.title')}</h2>
      <TableRegion label={t('account.sessions.title')}>
        <table className="table">
          <TableHead
            columns={[
              t('account.sessions.col.device'),
              t('account.sessions.col.ip'),
              t('account.sessions.col.created'),
              t('account.sessions.col.lastUsed'),
              t('account.sessions.col.actions'),
            ]}
          />
          <tbody>
            {list.map((session) => (
              <tr key={session.id}>
                <td>{deviceOf(session)}</td>
                <td>{session.ip ?? '—'}</td>
                <td>
                  <Instant at={session.createdAt} />
                </td>
                <td>{session.lastUsedAt ? <Instant at={session.lastUsedAt} /> : '—'}</td>
                <td>
                  {session.current ? (
                    <span className="badge">{t('account.sessions.current')}</span>
                  ) : (
                    <button
                      type="button"
                      className="button button--ghost"
                      aria-label={t('account.sessions.endName', { device: deviceOf(session) })}
                      disabled={busy}
                      onClick={() => void end(session)}
                    >
                      {t('account.sessions.end')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      {staff && <TwoFactorSection />}
      <MyCalendarFeed />
    </>
  );
}
