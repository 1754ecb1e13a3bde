/**
 * The ceremonies of the sprint on an agency board (or of moment zero before the first sprint):
 * what, when in the contract's zone (with the viewer's own time beside it), whether held (with
 * its minutes) or cancelled (with why); the agency's staff move, cancel or write minutes here.
 */
import type { AgencyBoard } from '../api/agency.js';
import { browserNow } from '../clock.js';
import { dateIn } from '../format.js';
import { useI18n } from '../i18n.js';
import { Instant } from '../ui/instant.js';
import { CeremonyActions } from './ceremony-actions.js';

/** The ceremonies from the current sprint's first day to the next sprint's last; `manage` adds the agency's actions. */
export function Ceremonies(props: { board: AgencyBoard; manage: boolean; onChanged(): void }) {
  const { board } = props;
  const { t } = useI18n();
  const now = browserNow();
  const from = (board.currentSprint ?? board.nextSprint).startDate;
  const until = board.nextSprint.endDate;
  const shown = board.ceremonies.filter((c) => {
    const day = dateIn(c.start, board.timeZone);
    return (board.currentSprint === null || day >= from) && day <= until;
  });
  return (
    <section aria-labelledby="agency-ceremonies">
      <h3 id="agency-ceremonies">{t('agency.board.ceremonies')}</h3>
      {shown.length === 0 && <p className="muted">{t('agency.board.noCeremonies')}</p>}
      <ul>
        {shown.map((c) => (
          <li key={c.key} data-ceremony={c.key}>
            {t(`agency.ceremony.${c.kind}`)}: <Instant at={c.start} zone={board.timeZone} />
            {c.status === 'held' && ` · ${t('agency.board.held')}`}
            {c.cancellation &&
              ` · ${t('agency.board.cancelled', { reason: c.cancellation.reason })}`}
            {c.minutes && (
              <div className="muted" data-minutes={c.key}>
                <p>
                  {t('agency.board.minutes')} (
                  <Instant at={c.minutes.recordedAt} zone={board.timeZone} />
                  ): {c.minutes.summary}
                </p>
                {c.minutes.decisions.length > 0 && (
                  <ul>
                    {c.minutes.decisions.map((decision) => (
                      <li key={decision}>{decision}</li>
                    ))}
                  </ul>
                )}
              </div>
            )}
            {props.manage && (
              <CeremonyActions board={board} ceremony={c} now={now} onChanged={props.onChanged} />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
