/** The pager under a list of tickets: which rows of how many, previous and next page. */
import { useI18n } from '../i18n.js';
import { queuePageSize } from './queue-query.js';

/** Pages of `queuePageSize` tickets; `page` is zero-based and `total` is what the server counted. */
export function Pager(props: { page: number; total: number; goToPage(page: number): void }) {
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(props.total / queuePageSize));
  const first = props.total === 0 ? 0 : props.page * queuePageSize + 1;
  const last = Math.min(props.total, (props.page + 1) * queuePageSize);
  return (
    <nav className="pager" aria-label={t('queue.pages')}>
      <p aria-live="polite">{t('queue.range', { first, last, total: props.total })}</p>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={props.page === 0}
        onClick={() => props.goToPage(props.page - 1)}
      >
        {t('queue.previous')}
      </button>
      <span>{t('queue.pageOf', { page: props.page + 1, pages })}</span>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={props.page + 1 >= pages}
        onClick={() => props.goToPage(props.page + 1)}
      >
        {t('queue.next')}
      </button>
    </nav>
  );
}
