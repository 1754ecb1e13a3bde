/**
 * The mailbox settings for an administrator: the IMAP mailboxes Pacta polls for mail, how each
 * poll went, a "test connection" per mailbox, and the form to add, change or remove one.
 */
import { useState } from 'react';
import { type Mailbox, type MailboxProbe, mail } from '../api/mail.js';
import { useI18n } from '../i18n.js';
import { Link } from '../router.js';
import { ErrorSummary } from '../ui/errors.js';
import { Instant } from '../ui/instant.js';
import { PageHeader, TableRegion } from '../ui/page.js';
import { EmptyRow, TableHead } from '../ui/table.js';
import { useAction } from '../ui/use-action.js';
import { useLoad } from '../ui/use-load.js';
import { MailboxForm } from './mailbox-form.js';

/** The mailbox settings page (administrators). */
export function MailboxesPage() {
  const { t } = useI18n();
  const boxes = useLoad(() => mail.mailboxes(), []);
  const [editing, setEditing] = useState<Mailbox | 'new' | null>(null);
  const [probes, setProbes] = useState<Record<string, MailboxProbe>>({});
  const action = useAction();
  const saved = () => {
    setEditing(null);
    boxes.reload();
  };
  const probe = (id: string) =>
    void action.run(
      () => mail.testMailbox(id),
      (result) => setProbes({ ...probes, [id]: result }),
    );
  const remove = (id: string) =>
    void action.run(
      () => mail.removeMailbox(id),
      () => boxes.reload(),
    );
  return (
    <>
      <PageHeader
        title={t('mail.mailboxes.title')}
        intro={t('mail.mailboxes.intro')}
        actions={
          <>
            <button
              type="button"
              className="button button--primary"
              onClick={() => setEditing('new')}
            >
              {t('mail.mailboxes.add')}
            </button>
            <Link to="/admin/mail" className="button button--secondary">
              {t('mail.received.title')}
            </Link>
          </>
        }
      />
      {editing && (
        <MailboxForm
          key={editing === 'new' ? 'new' : editing.id}
          box={editing === 'new' ? null : editing}
          onDone={saved}
          onCancel={() => setEditing(null)}
        />
      )}
      <ErrorSummary error={action.error ?? boxes.error} />
      <TableRegion label={t('mail.mailboxes.title')}>
        <table className="table table--dense" aria-busy={boxes.loading}>
          <TableHead
            columns={[
              t('mail.mailboxes.name'),
              t('mail.mailboxes.server'),
              t('mail.mailboxes.lastPoll'),
              t('mail.col.actions'),
            ]}
          />
          <tbody>
            {(boxes.data ?? []).map((box) => (
              <tr key={box.id}>
                <td>
                  {box.name}
                  <span className="table__sub">
                    {box.username} · {box.folder}
                    {box.active ? '' : ` · ${t('mail.mailboxes.active.no')}`}
                  </span>
                </td>
                <td className="nowrap">
                  {box.host}:{box.port}
                  <span className="table__sub">
                    {t(
                      box.secure
                        ? 'mail.mailboxes.security.tls'
                        : 'mail.mailboxes.security.starttls',
                    )}
                  </span>
                </td>
                <td>
                  {box.lastPolledAt ? <Instant at={box.lastPolledAt} /> : t('mail.mailboxes.never')}
                  <span className="table__sub">
                    {box.lastError ?? t('mail.mailboxes.accepted', { count: box.lastAccepted })}
                  </span>
                  {probes[box.id] && (
                    <span className="table__sub" role="status">
                      {probes[box.id]?.ok
                        ? t('mail.mailboxes.testOk')
                        : t('mail.mailboxes.testFailed', { error: probes[box.id]?.error ?? '' })}
                    </span>
                  )}
                </td>
                <td className="nowrap">
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={action.busy}
                    onClick={() => probe(box.id)}
                  >
                    {t('mail.mailboxes.test')}
                  </button>{' '}
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => setEditing(box)}
                  >
                    {t('mail.mailboxes.edit')}
                  </button>{' '}
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={action.busy}
                    onClick={() => remove(box.id)}
                  >
                    {t('common.remove')}
                  </button>
                </td>
              </tr>
            ))}
            {boxes.data?.length === 0 && (
              <EmptyRow columns={4}>{t('mail.mailboxes.empty')}</EmptyRow>
            )}
          </tbody>
        </table>
      </TableRegion>
    </>
  );
}
