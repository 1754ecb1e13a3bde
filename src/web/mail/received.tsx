/**
 * Received mail for an administrator: every message with its fate and, for quarantined or ignored
 * ones, the reason in words; quarantined messages are released to a ticket or discarded here.
 */
import { Fragment, useState } from 'react';
import { mailFates } from '../../domain/mail/fate.js';
import { mail, mailAttachmentUrl, type ReceivedMail, rawMailUrl } from '../api/mail.js';
import { useI18n } from '../i18n.js';
import { Link } from '../router.js';
import { ErrorSummary } from '../ui/errors.js';
import { SelectField } from '../ui/field.js';
import { Instant } from '../ui/instant.js';
import { Notice, PageHeader, TableRegion } from '../ui/page.js';
import { EmptyRow, TableHead } from '../ui/table.js';
import { useAction } from '../ui/use-action.js';
import { useLoad } from '../ui/use-load.js';
import { ReleaseForm } from './release-form.js';

type FateFilter = ReceivedMail['fate'] | '';
const fateChoices = [...mailFates, 'pending'] as const;
const columns = 7;

function fateClass(fate: ReceivedMail['fate']): string {
  switch (fate) {
    case 'ticket':
    case 'reply':
    case 'approval':
      return 'badge--success';
    case 'quarantined':
      return 'badge--warning';
    case 'ignored':
      return 'badge--neutral';
    case 'pending':
      return 'badge--info';
  }
}

/** The received-mail page (administrators). */
export function ReceivedMailPage() {
  const { t } = useI18n();
  const [fate, setFate] = useState<FateFilter>('');
  const [releasing, setReleasing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const messages = useLoad(() => mail.received({ fate: fate || undefined }), [fate]);
  const discard = useAction();
  const done = (text: string) => {
    setReleasing(null);
    setNotice(text);
    messages.reload();
  };
  return (
    <>
      <PageHeader
        title={t('mail.received.title')}
        intro={t('mail.received.intro')}
        actions={
          <>
            <Link to="/admin/mail/outgoing" className="button button--secondary">
              {t('mail.outgoing.title')}
            </Link>
            <Link to="/admin/mail/mailboxes" className="button button--secondary">
              {t('mail.mailboxes.title')}
            </Link>
          </>
        }
      />
      <div className="card filters">
        <SelectField
          path="querystring.fate"
          label={t('mail.filter.fate')}
          error={messages.error}
          value={fate}
          onChange={(value) => setFate(value as FateFilter)}
          choices={[
            { value: '', label: t('mail.filter.any') },
            ...fateChoices.map((f) => ({ value: f, label: t(`mail.fate.${f}`) })),
          ]}
        />
      </div>
      {notice && <Notice>{notice}</Notice>}
      <ErrorSummary error={messages.error ?? discard.error} />
      <TableRegion label={t('mail.received.title')}>
        <table className="table table--dense" aria-busy={messages.loading}>
          <TableHead
            columns={[
              t('mail.col.received'),
              t('mail.col.from'),
              t('mail.col.subject'),
              t('mail.col.fate'),
              t('mail.col.reason'),
              t('mail.col.attachments'),
              { label: t('mail.col.actions'), hidden: true },
            ]}
          />
          <tbody>
            {(messages.data ?? []).map((message) => (
              <Fragment key={message.id}>
                <tr>
                  <td className="nowrap">
                    <Instant at={message.receivedAt} />
                  </td>
                  <td>{message.from ?? t('common.none')}</td>
                  <td>
                    {message.ticketId ? (
                      <Link to={`/tickets/${message.ticketId}`}>{message.subject}</Link>
                    ) : (
                      message.subject
                    )}
                  </td>
                  <td>
                    <span className={`badge ${fateClass(message.fate)}`}>
                      {t(`mail.fate.${message.fate}`)}
                    </span>
                  </td>
                  <td>{message.reason ? t(`mail.reason.${message.reason}`) : t('common.none')}</td>
                  <td>
                    {message.attachments.map((file) => (
                      <a key={file.id} className="table__sub" href={mailAttachmentUrl(file.id)}>
                        {file.filename}
                      </a>
                    ))}
                  </td>
                  <td>
                    <div className="mail-actions">
                      <a className="button button--ghost" href={rawMailUrl(message.id)}>
                        {t('mail.raw')}
                      </a>
                      {message.fate === 'quarantined' && (
                        <>
                          <button
                            type="button"
                            className="button button--secondary"
                            aria-expanded={releasing === message.id}
                            onClick={() => setReleasing(message.id)}
                          >
                            {t('mail.release')}
                          </button>
                          <button
                            type="button"
                            className="button button--secondary"
                            disabled={discard.busy}
                            onClick={() =>
                              void discard.run(
                                () => mail.discard(message.id),
                                () => done(t('mail.discarded')),
                              )
                            }
                          >
                            {t('mail.discard')}
                          </button>
                        </>
                      )}
                    </div>
                  </td>
                </tr>
                {releasing === message.id && (
                  <tr>
                    <td colSpan={columns}>
                      <ReleaseForm
                        message={message}
                        onDone={() => done(t('mail.released'))}
                        onCancel={() => setReleasing(null)}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
            {messages.data?.length === 0 && (
              <EmptyRow columns={columns}>{t('mail.received.empty')}</EmptyRow>
            )}
          </tbody>
        </table>
      </TableRegion>
    </>
  );
}
