/**
 * An instant as people should read it: in one named zone (the contract's, by default), with the
 * viewer's own local time beside it when the two clocks read differently, so one deadline never
 * shows as two unlabelled times.
 */
import { dateIn, instantIn, timeIn, viewerTimeZone, zoneName } from '../format.js';
import { useI18n } from '../i18n.js';

/** `at` in `zone` ("2 dic 2026, 10:00 hora de Chile"), and "(08:00 your time)" where that differs. */
export function Instant(props: { at: string | number; zone?: string | undefined }) {
  const { t, locale } = useI18n();
  const viewer = viewerTimeZone();
  const zone = props.zone ?? viewer;
  const main = instantIn(locale, props.at, zone);
  const local = instantIn(locale, props.at, viewer);
  const sameDay = dateIn(props.at, zone) === dateIn(props.at, viewer);
  const iso = new Date(props.at).toISOString();
  return (
    <time className="instant" dateTime={iso} data-zone={zone}>
      {main} <span className="instant__zone">{zoneName(locale, zone, props.at)}</span>
      {local !== main && (
        <span className="instant__local" data-local-zone={viewer}>
          {' '}
          {t('time.yourTime', {
            time: sameDay ? timeIn(locale, props.at, viewer) : local,
          })}
        </span>
      )}
    </time>
  );
}
