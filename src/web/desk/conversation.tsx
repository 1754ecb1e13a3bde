/**
 * A ticket's conversation (public messages and, for staff, internal notes shown apart) and the
 * reply box: reply, reply and wait on the client, reply and resolve, or an internal note.
 */
import { type FormEvent, useState } from 'react';
import { type ApiError, asApiError } from '../api/client.js';
import type { Message, Person, TicketDetail } from '../api/desk.js';
import { useI18n } from '../i18n.js';
import { ArticlePicker } from '../knowledge/article-picker.js';
import { ErrorSummary } from '../ui/errors.js';
import { Instant } from '../ui/instant.js';
import { Attachments } from './attachments.js';
import { useDraft } from './drafts.js';

/**
 * The messages of a ticket, oldest first, timed in `timeZone`; each author named with their role,
 * a message that came by mail marked so, with its attachments to download.
 */
export function Conversation(props: {
  messages: readonly Message[];
  people: ReadonlyMap<string, Person>;
  timeZone: string;
}) {
  const { t } = useI18n();
  return (
    <ol className="conversation" aria-label={t('ticket.conversation')}>
      {props.messages.map((message) => {
        const internal = message.visibility !== 'public';
        const author = message.authorId ? props.people.get(message.authorId) : undefined;
        return (
          <li key={message.id} className={`message ${internal ? 'message--internal' : ''}`}>
            <p className="message__meta">
              <span className="message__author">{author?.name ?? t('ticket.someone')}</span>
              {author && <span className="message__role muted">{t(`role.${author.role}`)}</span>}
              {internal && (
                <span className="badge badge--warning">
                  {t(
                    message.visibility === 'partner' ? 'ticket.partnerNote' : 'ticket.internalNote',
                  )}
                </span>
              )}
              {message.automatic && (
                <span className="badge badge--neutral">{t('ticket.automatic')}</span>
              )}
              {message.viaMail && (
                <span className="badge badge--neutral">{t('ticket.viaMail')}</span>
              )}
              <span className="muted">
                <Instant at={message.createdAt} zone={props.timeZone} />
              </span>
            </p>
            <p className="message__body">{message.body}</p>
            <Attachments files={message.attachments} />
          </li>
        );
      })}
    </ol>
  );
}

type Send = 'reply' | 'wait' | 'resolve' | 'note';

/** The reply form, its text kept as a draft of `ticketId`; `staff` adds status options and notes. */
export function ReplyBox(props: {
  ticketId: string;
  staff: boolean;
  closed: boolean;
  send(kind: Send, body: string): Promise<TicketDetail>;
  onSent(detail: TicketDetail, message: string): void;
}) {
  const { t } = useI18n();
  const [body, setBody, clearDraft] = useDraft(props.ticketId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async (kind: Send) => {
    setBusy(true);
    setError(null);
    try {
      const detail = await props.send(kind, body.trim());
      clearDraft();
      props.onSent(detail, t(kind === 'note' ? 'ticket.noteAdded' : 'ticket.replySent'));
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setBusy(false);
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit('reply');
  };
  const empty = body.trim() === '';
  return (
    <form className="card form reply-box" onSubmit={onSubmit} aria-labelledby="reply-title">
      <h2 id="reply-title">{t('ticket.reply.title')}</h2>
      <ErrorSummary error={error} />
      <div className="field">
        <label className="field__label" htmlFor="reply-body">
          {t('ticket.reply.label')}
        </label>
        <textarea
          id="reply-body"
          className="input textarea"
          rows={4}
          value={body}
          onChange={(e) => setBody(e.target.value)}
        />
        {props.staff && <p className="field__hint">{t('ticket.reply.hint')}</p>}
      </div>
      {props.staff && (
        <ArticlePicker
          onInsert={(link) => setBody(body.trim() === '' ? link : `${body} ${link}`)}
        />
      )}
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={busy || empty || props.closed}
        >
          {t('ticket.reply.send')}
        </button>
        {props.staff && (
          <>
            <button
              type="button"
              className="button button--secondary"
              disabled={busy || empty || props.closed}
              onClick={() => void submit('wait')}
            >
              {t('ticket.reply.wait')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={busy || empty || props.closed}
              onClick={() => void submit('resolve')}
            >
              {t('ticket.reply.resolve')}
            </button>
            <button
              type="button"
              className="button button--ghost"
              disabled={busy || empty}
              onClick={() => void submit('note')}
            >
              {t('ticket.reply.note')}
            </button>
          </>
        )}
      </div>
    </form>
  );
}
