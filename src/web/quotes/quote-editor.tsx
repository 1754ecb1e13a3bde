/**
 * `/quotes/:contractId/new` and `/quotes/:contractId/:quoteId`: the provider drafts a quote (from
 * a ticket when the ticket page sent them here), edits the draft, sends it to the client's
 * decision-maker, and revises it into a new version after a rejection or its expiry. An approved
 * quote links to the project it became.
 */
import { useState } from 'react';
import { addDays } from '../../domain/time/local-date.js';
import { desk } from '../api/desk.js';
import { projects } from '../api/projects.js';
import { type Money, type Quote, type QuoteOrigin, quotes } from '../api/quotes.js';
import { browserNow } from '../clock.js';
import { dateIn, viewerTimeZone } from '../format.js';
import { useI18n } from '../i18n.js';
import { Link, navigate, useSearch } from '../router.js';
import { ErrorSummary } from '../ui/errors.js';
import { Notice, PageHeader } from '../ui/page.js';
import { useAction } from '../ui/use-action.js';
import { useLoad } from '../ui/use-load.js';
import { emptyLine, formOf } from './draft.js';
import { QuoteForm } from './quote-form.js';
import { QuoteHistory, QuoteState, VersionView } from './quote-view.js';
import { WithdrawQuote } from './quote-withdraw.js';
import { currentOf } from './quotes.js';

const revisable = ['sent', 'rejected', 'expired'];

/** The origin a new quote starts from: the ticket in the address (`?ticket=&reason=`), or none. */
function originFromSearch(search: string): QuoteOrigin {
  const query = new URLSearchParams(search);
  const ticketId = query.get('ticket');
  if (!ticketId) return { kind: 'standalone' };
  const reason = query.get('reason') === 'over_maximum' ? 'over_maximum' : 'out_of_scope';
  return { kind: 'ticket', ticketId, reason };
}

/** A new quote's form. */
function NewQuote(props: { contractId: string; currency: string; rate: Money | null }) {
  const { t, locale } = useI18n();
  const search = useSearch();
  const today = dateIn(browserNow(), viewerTimeZone());
  const back = `/quotes?contract=${encodeURIComponent(props.contractId)}`;
  return (
    <QuoteForm
      title={t('quotes.new')}
      initial={{
        title: '',
        validUntil: addDays(today, 30),
        terms: '',
        lines: [emptyLine(locale, props.rate)],
      }}
      origin={originFromSearch(search)}
      currency={props.currency}
      rate={props.rate}
      submit={{ idle: t('quotes.saveDraft'), busy: t('common.saving') }}
      save={(content, origin) =>
        quotes.create(props.contractId, origin ?? { kind: 'standalone' }, content)
      }
      onSaved={(quote) => navigate(`/quotes/${props.contractId}/${quote.id}`, { replace: true })}
      onCancel={() => navigate(back)}
    />
  );
}

/** The project an approved quote became, linked. */
function ProjectLink({ quote }: { quote: Quote }) {
  const { t } = useI18n();
  const list = useLoad(() => projects.list(quote.contractId), [quote.contractId, quote.state]);
  const project = list.data?.items.find((p) => p.quoteId === quote.id);
  if (!project) return null;
  return (
    <p>
      <Link to={`/projects/${quote.contractId}/${project.id}`}>
        {t('quotes.openProject', { name: project.name })}
      </Link>
    </p>
  );
}

/** An existing quote: its current version, what may be done with it now, and its history. */
function ExistingQuote(props: {
  quote: Quote;
  currency: string;
  rate: Money | null;
  onChanged(q: Quote): void;
}) {
  const { t, locale } = useI18n();
  const { quote } = props;
  const version = currentOf(quote);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const action = useAction();
  const changed = (message: string) => (next: Quote) => {
    setEditing(false);
    setNotice(message);
    props.onChanged(next);
  };
  const send = () =>
    void action.run(() => quotes.send(quote.contractId, quote.id), changed(t('quotes.sent')));
  const canRevise = revisable.includes(quote.state);
  return (
    <>
      <p>
        <QuoteState state={quote.state} /> {t('quotes.versionOf', { number: quote.version })}
      </p>
      <ErrorSummary error={action.error} />
      {notice && <Notice>{notice}</Notice>}
      {editing ? (
        <QuoteForm
          title={t(quote.state === 'draft' ? 'quotes.editDraft' : 'quotes.revise')}
          initial={formOf(locale, version)}
          currency={props.currency}
          rate={props.rate}
          submit={{ idle: t('quotes.saveDraft'), busy: t('common.saving') }}
          save={(content) =>
            quote.state === 'draft'
              ? quotes.edit(quote.contractId, quote.id, content)
              : quotes.revise(quote.contractId, quote.id, content)
          }
          onSaved={changed(t('quotes.saved'))}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <section className="card card--stack">
          <VersionView version={version} />
          <span className="inline-actions">
            {quote.state === 'draft' && (
              <>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => setEditing(true)}
                >
                  {t('quotes.editDraft')}
                </button>
                <button
                  type="button"
                  className="button button--primary"
                  disabled={action.busy}
                  onClick={send}
                >
                  {t('quotes.send')}
                </button>
              </>
            )}
            <WithdrawQuote quote={quote} onWithdrawn={changed(t('quotes.withdrawn'))} />
            {canRevise && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setEditing(true)}
              >
                {t('quotes.revise')}
              </button>
            )}
          </span>
        </section>
      )}
      {quote.state === 'approved' && <ProjectLink quote={quote} />}
      <section className="card" aria-labelledby="quote-history">
        <h2 id="quote-history">{t('quotes.history')}</h2>
        <QuoteHistory quote={quote} />
      </section>
    </>
  );
}

/** The editor page of one quote, or of a new one when `quoteId` is `new`. */
export function QuoteEditorPage(props: { contractId: string; quoteId: string }) {
  const { t } = useI18n();
  const { contractId, quoteId } = props;
  const contract = useLoad(() => desk.contract(contractId), [contractId]);
  const quote = useLoad(
    () => (quoteId === 'new' ? Promise.resolve(null) : quotes.get(contractId, quoteId)),
    [contractId, quoteId],
  );
  const plan = contract.data?.plan;
  const title = quote.data ? currentOf(quote.data).title : t('quotes.new');
  return (
    <>
      <PageHeader
        title={title}
        intro={contract.data?.name}
        actions={
          <Link
            to={`/quotes?contract=${encodeURIComponent(contractId)}`}
            className="button button--secondary"
          >
            {t('quotes.back')}
          </Link>
        }
      />
      <ErrorSummary error={contract.error ?? quote.error} />
      {plan && quote.data === null && (
        <NewQuote
          contractId={contractId}
          currency={plan.price.currency}
          rate={plan.overageRatePerHour ?? null}
        />
      )}
      {plan && quote.data && (
        <ExistingQuote
          quote={quote.data}
          currency={plan.price.currency}
          rate={plan.overageRatePerHour ?? null}
          onChanged={quote.set}
        />
      )}
    </>
  );
}
