/**
 * A ticket's history: every event with who, what and when, and each changed field before → after,
 * in the reader's language (the server sends codes; the words are the app's).
 */
import type { RequestOutcome } from '../../domain/tickets/vocabulary.js';
import type { HistoryLine } from '../api/desk.js';
import { type I18n, useI18n } from '../i18n.js';
import { Instant } from '../ui/instant.js';
import { kindText } from './words.js';

type Change = HistoryLine['changes'][number];

function valueText(
  t: I18n['t'],
  change: Change,
  value: unknown,
  names: ReadonlyMap<string, string>,
) {
  if (value === null || value === undefined)
    return change.field === 'assignee' ? t('queue.unassigned') : t('common.none');
  switch (change.field) {
    case 'status':
      return t(`status.${value as 'open'}`);
    case 'criticality':
      return t(`criticality.${value as 'high'}`);
    case 'kind':
      return kindText(t, value as { kind: 'question' });
    case 'assignee':
      return names.get(String(value)) ?? t('ticket.someone');
    case 'outcome':
      return t(`outcome.${value as RequestOutcome}`);
    default:
      return String(value);
  }
}

function actionText(t: I18n['t'], line: HistoryLine): string {
  if (line.action === 'opened' && line.channel)
    return t('history.openedBy', { channel: t(`channel.${line.channel}`) });
  if (line.action === 'note' && line.visibility === 'partner') return t('history.partnerNote');
  return t(`history.${line.action}`);
}

/** The timeline, oldest first. */
export function History(props: {
  lines: readonly HistoryLine[];
  names: ReadonlyMap<string, string>;
  timeZone: string;
}) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">{t('history.title')}</h2>
      <ol className="history">
        {props.lines.map((line, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the log is append-only, lines never move
          <li key={`${line.at}-${index}`} className="history__item" data-action={line.action}>
            <p>
              <strong>
                {(line.actorId && props.names.get(line.actorId)) ?? t('history.system')}
              </strong>{' '}
              {actionText(t, line)}{' '}
              <span className="muted">
                <Instant at={line.at} zone={props.timeZone} />
              </span>
            </p>
            {line.changes.length > 0 && (
              <ul className="history__changes">
                {line.changes.map((change) => (
                  <li key={change.field}>
                    {t(`history.field.${change.field}`)}:{' '}
                    {valueText(t, change, change.from, props.names)} →{' '}
                    {valueText(t, change, change.to, props.names)}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
