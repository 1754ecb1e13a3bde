/**
 * The activity intake of an agency board: what the client suggested and its fate. The agency
 * takes an activity the decision-maker passed on into the current sprint or the backlog, or
 * declines it; one declined as out of scope links to the quotes where its quote is decided.
 */
import { useState } from 'react';
import { type AgencyBoard, agency, type IntakeChoice } from '../api/agency.js';
import { useI18n } from '../i18n.js';
import { Link } from '../router.js';
import { ErrorSummary } from '../ui/errors.js';
import { Notice } from '../ui/page.js';
import { useAction } from '../ui/use-action.js';
import { IntakeDecline } from './intake-decline.js';

const choiceKeys = {
  backlog: 'agency.choice.backlog',
  sprint: 'agency.choice.sprint',
  out_of_scope: 'agency.choice.out_of_scope',
  off_focus: 'agency.choice.off_focus',
} as const;

/**
 * The intake list; `canDecide` adds the agency's buttons on activities waiting for it, and
 * `quotesAt` (where the viewer reads the contract's quotes, if they may) the quote links.
 */
export function Intake(props: {
  board: AgencyBoard;
  canDecide: boolean;
  quotesAt: string | null;
  onChanged(): void;
}) {
  const { t } = useI18n();
  const { board } = props;
  const action = useAction();
  const [notice, setNotice] = useState<string | null>(null);
  const sprintNumber = (board.currentSprint ?? board.nextSprint).number;
  const decide = (activityId: string, title: string, choice: IntakeChoice) =>
    void action.run(
      () => agency.decide(board.account.contractId, activityId, choice),
      () => {
        setNotice(
          t(`agency.done.${choice.kind === 'sprint' ? 'intoSprint' : 'intoBacklog'}`, {
            title,
            number: sprintNumber,
          }),
        );
        props.onChanged();
      },
    );
  return (
    <section aria-labelledby="agency-intake">
      <h3 id="agency-intake">{t('agency.board.intake')}</h3>
      <ErrorSummary error={action.error} />
      {notice && <Notice>{notice}</Notice>}
      {board.activities.length === 0 && <p className="muted">{t('agency.board.noActivities')}</p>}
      <ul>
        {board.activities.map((a) => (
          <li key={a.id}>
            {a.title} —{' '}
            {a.decision === null
              ? t(a.channelledBy === null ? 'agency.board.waiting' : 'agency.board.pending')
              : `${t(choiceKeys[a.decision.choice.kind])}${a.decision.choice.sprintNumber === undefined ? '' : ` ${a.decision.choice.sprintNumber}`}`}
            {a.decision?.choice.kind === 'out_of_scope' && props.quotesAt && (
              <>
                {' · '}
                <Link to={props.quotesAt}>{t('agency.board.quoteLink')}</Link>
              </>
            )}
            {props.canDecide && a.decision === null && a.channelledBy !== null && (
              <span className="inline-actions">
                <button
                  type="button"
                  className="button button--small button--primary"
                  disabled={action.busy}
                  aria-label={t('agency.step.intoSprintFor', {
                    title: a.title,
                    number: sprintNumber,
                  })}
                  onClick={() => decide(a.id, a.title, { kind: 'sprint', sprintNumber })}
                >
                  {t('agency.step.intoSprint', { number: sprintNumber })}
                </button>
                <button
                  type="button"
                  className="button button--small button--secondary"
                  disabled={action.busy}
                  aria-label={t('agency.step.intoBacklogFor', { title: a.title })}
                  onClick={() => decide(a.id, a.title, { kind: 'backlog' })}
                >
                  {t('agency.step.intoBacklog')}
                </button>
                <IntakeDecline
                  contractId={board.account.contractId}
                  activity={a}
                  onDeclined={(title) => {
                    setNotice(t('agency.done.declined', { title }));
                    props.onChanged();
                  }}
                />
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
