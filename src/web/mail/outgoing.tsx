/**
 * The mail viewer for an administrator: mail Pacta sent, is sending or holds (without an SMTP
 * server mail is kept here), each with its recipient, language, status and text.
 */
import { useState } from 'react';
import { mail, type OutgoingMail } from '../api/mail.js';
import { useI18n } from '../i18n.js';
import { Link } from '../router.js';
import { ErrorSummary } from '../ui/errors.js';
import { SelectField } from '../ui/field.js';
import { Instant } from '../ui/instant.js';
import { PageHeader, TableRegion } from '../ui/page.js';
import { EmptyRow, TableHead } from '../ui/table.js';
import { useLoad } from '../ui/use-load.js';

type StatusFilter = OutgoingMail['status'] | '';
const statuses = ['queued', 'sending', 'sent', 'held', 'failed'] as const;

/** The mail viewer page (administrators). */
export function OutgoingMailPage() {
  const { t } = useI18n();
  const [status, setStatus] = useState<StatusFilter>('');
  const sent = useLoad(() => mail.outgoing({ status: status || undefined }), [status]);
  return (
    <>
      <PageHeader
        title={t('mail.outgoing.title')}
        intro={t('mail.outgoing.intro')}
        actions={
          <Link to="/admin/mail" className="button button--secondary">
            {t('mail.received.title')}
          </Link>
        }
      />
      <div className="card filters">
        <SelectField
          path="querystring.status"
          label={t('mail.col.status')}
          error={sent.error}
          value={status}
          onChange={(value) => setStatus(value as StatusFilter)}
          choices={[
            { value: '', label: t('mail.filter.any') },
            ...statuses.map((s) => ({ value: s, label: t(`mail.outgoing.status.${s}`) })),
          ]}
        />
      </div>
      <ErrorSummary error={sent.error} />
      <TableRegion label={t('mail.outgoing.title')}>
        <table className="table table--dense" aria-busy={sent.loading}>
          <TableHead
            columns={[
              t('mail.col.created'),
              t('mail.col.to'),
              t('mail.col.subject'),
              t('mail.col.status'),
            ]}
          />
          <tbody>
            {(sent.data ?? []).map((message) => (
              <tr key={message.id}>
                <td className="nowrap">
                  <Instant at={message.createdAt} />
                </td>
                <td>
                  {message.toName}
                  <span className="table__sub">{message.to}</span>
                </td>
                <td>
                  <details>
                    <summary lang={message.language}>{message.subject}</summary>
                    <pre className="mail-text" lang={message.language}>
                      {message.text}
                    </pre>
                  </details>
                </td>
                <td>
                  {t(`mail.outgoing.status.${message.status}`)}
                  {message.lastError && <span className="table__sub">{message.lastError}</span>}
                </td>
              </tr>
            ))}
            {sent.data?.length === 0 && <EmptyRow columns={4}>{t('mail.outgoing.empty')}</EmptyRow>}
          </tbody>
        </table>
      </TableRegion>
    </>
  );
}
