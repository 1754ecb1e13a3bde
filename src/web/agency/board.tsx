/**
 * A contract's agency board (seed 004), as both sides read it: the sprint in progress with its
 * business days and ceremonies, the deliverables with state, round, due date and the client's
 * answer clock, the intake, the required inputs (a missing one suspends work) and the month's
 * impasse facts. The agency acts on the intake and the work; the client's decision-maker answers
 * deliveries. A contract without an agile set-up shows nothing.
 */
import { isProviderRole } from '../../domain/identity/roles.js';
import { type AgencyBoard, agency } from '../api/agency.js';
import { calendarDate } from '../format.js';
import { useI18n } from '../i18n.js';
import { useMe } from '../session.js';
import { ErrorSummary } from '../ui/errors.js';
import { Instant } from '../ui/instant.js';
import { useLoad } from '../ui/use-load.js';
import { Ceremonies } from './ceremonies.js';
import { type BoardRole, Deliverables } from './deliverables.js';
import { Intake } from './intake.js';

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

/** How the signed-in user acts on a board: as the agency, as the client's decision-maker, or not. */
function useBoardRole(): BoardRole {
  const { role } = useMe().user;
  if (isProviderRole(role)) return 'agency';
  return role === 'client_decision_maker' ? 'decision_maker' : 'viewer';
}

/** Where each side reads a contract's quotes (the staff's list, the decision-maker's portal). */
const quotesAt: Record<BoardRole, (contractId: string) => string | null> = {
  agency: (contractId) => `/quotes?contract=${encodeURIComponent(contractId)}`,
  decision_maker: () => '/portal/quotes',
  viewer: () => null,
};

/** The agency board of a contract, or nothing when the contract is not on the agile plan. */
export function AgencyBoardSection(props: { contractId: string; contractName?: string }) {
  const { contractId } = props;
  const { t } = useI18n();
  const role = useBoardRole();
  const board = useLoad(() => agency.board(contractId), [contractId]);
  // Nothing until it loads, and nothing for a contract that is not on the agile plan.
  if ((board.data === undefined && board.error === null) || board.error?.status === 404)
    return null;
  return (
    <section className="card card--stack" aria-labelledby={`agency-board-${contractId}`}>
      <h2 id={`agency-board-${contractId}`}>{t('agency.board.title')}</h2>
      {props.contractName && <p className="muted">{props.contractName}</p>}
      <ErrorSummary error={board.error} />
      {board.data && (
        <>
          <SprintLine board={board.data} />
          {!board.data.decisionMaker.ok && (
            <p role="alert">{t('agency.board.decisionMakerMissing')}</p>
          )}
          <Ceremonies board={board.data} manage={role === 'agency'} onChanged={board.reload} />
          <Deliverables board={board.data} role={role} onChanged={board.reload} />
          <Intake
            board={board.data}
            canDecide={role === 'agency'}
            quotesAt={quotesAt[role](contractId)}
            onChanged={board.reload}
          />
          <Inputs board={board.data} />
          <Impasse board={board.data} />
        </>
      )}
    </section>
  );
}
