/**
 * Deflection in the portal (issue 17): while a client types a new request's subject, the help
 * centre's matching articles appear (a type-ahead search once typing pauses); "this solved it"
 * records a deflection and closes nothing. What was shown, marked and finally sent is reported
 * for this draft (one form, one draft id), so the desk counts each request once.
 */
import { useEffect, useRef, useState } from 'react';
import { knowledge, type SearchHit } from '../api/knowledge.js';
import { browserId } from '../clock.js';
import { useI18n } from '../i18n.js';
import { ErrorSummary } from '../ui/errors.js';
import { useAction } from '../ui/use-action.js';
import { useLoad } from '../ui/use-load.js';
import { searchPauseMs, useSettled } from './help.js';

/** Subjects shorter than this suggest nothing yet. */
const minimumSubject = 3;

/** One new-request draft: its id, and what to report about it. */
export interface DeflectionDraft {
  readonly draftId: string;
  /** The draft was shown articles (so its sending is reported too). */
  markShown(): void;
  /** Reports that the draft was sent as `ticketId`, when it was shown articles. */
  submitted(ticketId: string): void;
}

/** Best effort: a report that fails leaves the client's form as it is. */
function reportQuietly(call: Promise<unknown>) {
  call.catch(() => {});
}

/** Keeps a draft id for the life of the form. */
export function useDeflectionDraft(): DeflectionDraft {
  const shown = useRef(false);
  const [draft] = useState<DeflectionDraft>(() => {
    const draftId = browserId();
    return {
      draftId,
      markShown: () => {
        shown.current = true;
      },
      submitted: (ticketId) => {
        if (!shown.current) return;
        reportQuietly(knowledge.deflect({ id: browserId(), draftId, kind: 'submitted', ticketId }));
      },
    };
  });
  return draft;
}

function SuggestedArticle(props: {
  hit: SearchHit;
  solved: boolean;
  busy: boolean;
  onSolved(): void;
}) {
  const { t } = useI18n();
  return (
    <li className="suggestion" lang={props.hit.language}>
      <a href={`/help/${props.hit.language}/${props.hit.slug}`} target="_blank" rel="noopener">
        {props.hit.title}
      </a>
      {props.hit.summary && <p className="muted">{props.hit.summary}</p>}
      <button
        type="button"
        className="button button--secondary button--small"
        aria-pressed={props.solved}
        disabled={props.busy || props.solved}
        onClick={props.onSolved}
      >
        {t(props.solved ? 'knowledge.suggestions.marked' : 'knowledge.suggestions.solved')}
      </button>
    </li>
  );
}

/** The articles matching `subject`, under the subject field of the portal's new-request form. */
export function Suggestions(props: { subject: string; draft: DeflectionDraft }) {
  const { t, locale } = useI18n();
  const settled = useSettled(props.subject.trim(), searchPauseMs);
  const [solved, setSolved] = useState<readonly string[]>([]);
  const mark = useAction();
  const hits = useLoad(
    async () =>
      settled.length < minimumSubject
        ? []
        : knowledge.search(settled, { language: locale, typing: true }),
    [settled, locale],
  );
  const shownIds = (hits.data ?? []).map((hit) => hit.articleId).join(',');
  const { draftId, markShown } = props.draft;
  useEffect(() => {
    if (shownIds === '') return;
    markShown();
    reportQuietly(
      knowledge.deflect({
        id: browserId(),
        draftId,
        kind: 'suggested',
        articleIds: shownIds.split(','),
      }),
    );
  }, [shownIds, draftId, markShown]);
  if ((hits.data ?? []).length === 0) return null;
  const onSolved = (articleId: string) =>
    mark.run(
      () => knowledge.deflect({ id: browserId(), draftId, kind: 'solved', articleId }),
      () => setSolved((ids) => [...ids, articleId]),
    );
  return (
    <section
      className="suggestions form-grid__wide"
      aria-live="polite"
      aria-labelledby={`s-${draftId}`}
    >
      <h3 id={`s-${draftId}`}>{t('knowledge.suggestions.title')}</h3>
      <ErrorSummary error={mark.error} />
      <ul>
        {(hits.data ?? []).map((hit) => (
          <SuggestedArticle
            key={hit.articleId}
            hit={hit}
            solved={solved.includes(hit.articleId)}
            busy={mark.busy}
            onSolved={() => onSolved(hit.articleId)}
          />
        ))}
      </ul>
      {solved.length > 0 && <p role="status">{t('knowledge.suggestions.thanks')}</p>}
    </section>
  );
}
