/**
 * The client's quotes in the portal (seed 002): for each of its contracts, the quotes the
 * provider sent, read version by version; the decision-maker approves the version they read or
 * rejects it saying why. An approval makes the project, linked from here.
 */
import { type FormEvent, useState } from 'react';
import { desk } from '../api/desk.js';
import { type Quote, quotes } from '../api/quotes.js';
import { useI18n } from '../i18n.js';
import { Link } from '../router.js';
import { ErrorSummary } from '../ui/errors.js';
import { Notice, PageHeader } from '../ui/page.js';
import { useAction } from '../ui/use-action.js';
import { useLoad } from '../ui/use-load.js';
import { QuoteHistory, QuoteState, VersionView } from './quote-view.js';
import { currentOf } from './quotes.js';

/** Approve, or reject with a reason, the version the decision-maker is reading. */
function Decision(props: {
  quote: Quote;
  onDecided(quote: Quote, projectId: string | null): void;
}) {
  const { t } = useI18n();
  const { quote } = props;
  const version = currentOf(quote);
  const action = useAction();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const decide = (decision: 'approved' | 'rejected') =>
    void action.run(
      () =>
        quotes.decide(quote.contractId, quote.id, {
          version: quote.version,
          decision,
          reason: decision === 'rejected' ? reason.trim() : null,
        }),
      (answer) => props.onDecided(answer.quote, answer.projectId),
    );
  const reject = (event: FormEvent) => {
    event.preventDefault();
    decide('rejected');
  };
  const fieldId = `quote-reason-${quote.id}`;
  return (
    <div className="quote-decision">
      <ErrorSummary error={action.error} />
      {rejecting ? (
        <form onSubmit={reject}>
          <div className="field">
            <label className="field__label" htmlFor={fieldId}>
              {t('quotes.rejectReason')}
            </label>
            <textarea
              id={fieldId}
              className="input textarea"
              rows={2}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          </div>
          <span className="inline-actions">
            <button
              type="submit"
              className="button button--danger button--small"
              disabled={action.busy || reason.trim() === ''}
            >
              {t('quotes.confirmReject')}
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => setRejecting(false)}
            >
              {t('common.cancel')}
            </button>
          </span>
        </form>
      ) : (
        <span className="inline-actions">
          <button
            type="button"
            className="button button--primary"
            disabled={action.busy}
            aria-label={t('quotes.approveFor', { title: version.title, number: quote.version })}
            onClick={() => decide('approved')}
          >
            {t('quotes.approve')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={action.busy}
            onClick={() => setRejecting(true)}
          >
            {t('quotes.reject')}
          </button>
        </span>
      )}
    </div>
  );
}

/** One quote as the client reads it, with the decision while it is open. */
function ClientQuote(props: { quote: Quote }) {
  const { t } = useI18n();
  const [quote, setQuote] = useState(props.quote);
  const [projectId, setProjectId] = useState<string | null>(null);
  const version = currentOf(quote);
  const headingId = `quote-${quote.id}`;
  return (
    <section className="card card--stack" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {version.title} <QuoteState state={quote.state} />
      </h2>
      {projectId && (
        <Notice>
          {t('quotes.approvedDone')}{' '}
          <Link to={`/portal/projects/${quote.contractId}/${projectId}`}>
            {t('quotes.seeProject')}
          </Link>
        </Notice>
      )}
      {quote.state === 'rejected' && <Notice>{t('quotes.rejectedDone')}</Notice>}
      <VersionView version={version} />
      {quote.state === 'sent' && (
        <Decision
          quote={quote}
          onDecided={(decided, madeProject) => {
            setQuote(decided);
            setProjectId(madeProject);
          }}
        />
      )}
      <details>
        <summary>{t('quotes.history')}</summary>
        <QuoteHistory quote={quote} />
      </details>
    </section>
  );
}

/** The quotes of one contract the client has been sent. */
function ContractQuotes(props: { contractId: string; name: string }) {
  const { t } = useI18n();
  const list = useLoad(() => quotes.list(props.contractId), [props.contractId]);
  const shown = (list.data?.items ?? []).filter((q) => q.history.some((h) => h.action === 'sent'));
  return (
    <>
      <h2 className="section-title">{props.name}</h2>
      <ErrorSummary error={list.error} />
      {list.data && shown.length === 0 && <p className="muted">{t('quotes.noneSent')}</p>}
      {shown.map((quote) => (
        <ClientQuote key={`${quote.id}-${quote.version}`} quote={quote} />
      ))}
    </>
  );
}

/** `/portal/quotes`: the quotes of the client's contracts. */
export function PortalQuotesPage() {
  const { t } = useI18n();
  const contracts = useLoad(() => desk.contracts(), []);
  return (
    <>
      <PageHeader title={t('quotes.portalTitle')} intro={t('quotes.portalIntro')} />
      <ErrorSummary error={contracts.error} />
      {contracts.data?.length === 0 && <p className="muted">{t('portal.noContract')}</p>}
      {(contracts.data ?? []).map((c) => (
        <ContractQuotes key={c.id} contractId={c.id} name={c.name} />
      ))}
    </>
  );
}
