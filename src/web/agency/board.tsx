/**
 * A contract's agency board (seed 004), as both sides read it: the sprint in progress, the
 * deliverables with state, round, due date and the client's answer clock, the intake, the
 * required inputs (a missing one suspends work) and the month's impasse facts. A contract
 * without an agile set-up shows nothing.
 */
import { type AgencyBoard, agency } from '../api/agency.js';
import { calendarDate } from '../format.js';
import { useI18n } from '../i18n.js';
import { ErrorSummary } from '../ui/errors.js';
import { Instant } from '../ui/instant.js';
import { EmptyRow, TableHead } from '../ui/table.js';
import { useLoad } from '../ui/use-load.js';

function SprintLine({ board }: { board: AgencyBoard }) {
  const { t, locale } = useI18n();
  const sprint = board.currentSprint;
  if (sprint === null) {
    return (
      <p>
        {t('agency.board.momentZero', { from: calendarDate(locale, board.nextSprint.startDate) })}
      </p>
    );
  }
  return (
    <p>
      {t('agency.board.sprint', {
        number: sprint.number,
        from: calendarDate(locale, sprint.startDate),
        until: calendarDate(locale, sprint.endDate),
        days: sprint.businessDays.length,
      })}
      {sprint.closedDays.length > 0 &&
        ` · ${t('agency.board.closed', { dates: sprint.closedDays.map((d) => calendarDate(locale, d)).join(', ') })}`}
    </p>
  );
}

function Deliverables({ board }: { board: AgencyBoard }) {
  const { t } = useI18n();
  const titles = new Map(board.deliverables.map((d) => [d.id, d.title]));
  const columns = ['title', 'state', 'round', 'due', 'answerDue', 'dependsOn'] as const;
  return (
    <table className="table">
      <caption>{t('agency.board.deliverables')}</caption>
      <TableHead columns={columns.map((c) => t(`agency.board.col.${c}`))} />
      <tbody>
        {board.deliverables.length === 0 && (
          <EmptyRow columns={columns.length}>{t('agency.board.noDeliverables')}</EmptyRow>
        )}
        {board.deliverables.map((d) => (
          <tr key={d.id}>
            <td>{d.title}</td>
            <td>{t(`agency.state.${d.state}`)}</td>
            <td>{d.round}</td>
            <td>
              <Instant at={d.due} zone={board.timeZone} />
            </td>
            <td>{d.approval && <Instant at={d.approval.due} zone={board.timeZone} />}</td>
            <td>{d.dependsOn.map((id) => titles.get(id) ?? id).join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const choiceKeys = {
  backlog: 'agency.choice.backlog',
  sprint: 'agency.choice.sprint',
  out_of_scope: 'agency.choice.out_of_scope',
  off_focus: 'agency.choice.off_focus',
} as const;

function Intake({ board }: { board: AgencyBoard }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="agency-intake">
      <h3 id="agency-intake">{t('agency.board.intake')}</h3>
      {board.activities.length === 0 && <p className="muted">{t('agency.board.noActivities')}</p>}
      <ul>
        {board.activities.map((a) => (
          <li key={a.id}>
            {a.title} —{' '}
            {a.decision === null
              ? t(a.channelledBy === null ? 'agency.board.waiting' : 'agency.board.pending')
              : t(choiceKeys[a.decision.choice.kind])}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Inputs({ board }: { board: AgencyBoard }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="agency-inputs">
      <h3 id="agency-inputs">{t('agency.board.inputs')}</h3>
      <ul>
        {board.account.inputs.map((line) => (
          <li key={line.key}>
            {t(`agency.input.${line.key}`)}:{' '}
            {line.missingSince === null ? (
              t('agency.board.provided')
            ) : (
              <strong>
                {t('agency.board.missingSince')}
                <Instant at={line.missingSince} zone={board.timeZone} />
              </strong>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Impasse({ board }: { board: AgencyBoard }) {
  const { t } = useI18n();
  const { evaluation } = board;
  const rules = evaluation.triggers.map((trigger) => t(`agency.impasseRule.${trigger.rule}`));
  return (
    <section aria-labelledby="agency-impasse">
      <h3 id="agency-impasse">{t('agency.board.impasse', { month: evaluation.month })}</h3>
      <p>
        {evaluation.possibleImpasse
          ? t('agency.board.possibleImpasse', { rules: rules.join(', ') })
          : t('agency.board.noImpasse')}
      </p>
      {board.renegotiation && <p role="alert">{t('agency.board.renegotiation')}</p>}
    </section>
  );
}

/** The agency board of a contract, or nothing when the contract is not on the agile plan. */
export function AgencyBoardSection({ contractId }: { contractId: string }) {
  const { t } = useI18n();
  const board = useLoad(() => agency.board(contractId), [contractId]);
  // Nothing until it loads, and nothing for a contract that is not on the agile plan.
  if ((board.data === undefined && board.error === null) || board.error?.status === 404)
    return null;
  return (
    <section className="card card--stack" aria-labelledby="agency-board-title">
      <h2 id="agency-board-title">{t('agency.board.title')}</h2>
      <ErrorSummary error={board.error} />
      {board.data && (
        <>
          <SprintLine board={board.data} />
          {!board.data.decisionMaker.ok && (
            <p role="alert">{t('agency.board.decisionMakerMissing')}</p>
          )}
          <Deliverables board={board.data} />
          <Intake board={board.data} />
          <Inputs board={board.data} />
          <Impasse board={board.data} />
        </>
      )}
    </section>
  );
}
