/**
 * The ceremonies of the sprint on an agency board (or of moment zero before the first sprint):
 * what, when in the contract's zone (with the viewer's own time beside it), whether held (with
 * its minutes, read-only) or cancelled (with why).
 */
import type { AgencyBoard } from '../api/agency.js';
import { dateIn } from '../format.js';
import { useI18n } from '../i18n.js';
import { Instant } from '../ui/instant.js';

/** The ceremonies from the current sprint's first day to the next sprint's last. */
export function Ceremonies({ board }: { board: AgencyBoard }) {
  const { t } = useI18n();
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
          </li>
        ))}
      </ul>
    </section>
  );
}
