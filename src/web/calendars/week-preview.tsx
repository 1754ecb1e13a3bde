/**
 * A week of open hours of a saved calendar, drawn from `GET /api/calendars/:id/open-intervals`
 * in the calendar's own zone: one column per day, a block per open stretch. The chart has a
 * fixed height, so loading and paging never move the page.
 */
import { useState } from 'react';
import { api } from '../api/endpoints.js';
import { browserNow } from '../clock.js';
import { hours, longDate, weekdayAndDay } from '../format.js';
import { useI18n } from '../i18n.js';
import { ErrorSummary } from '../ui/errors.js';
import { useLoad } from '../ui/use-load.js';
import { clockText, weekColumns, weekRange } from './preview.js';
import { isoDate, type LocalDate, mondayOf } from './zone.js';

const noonOf = (date: LocalDate) => Date.UTC(date.year, date.month - 1, date.day, 12);
const axis = [0, 6, 12, 18, 24];

/** The preview of calendar `id` (zone `timeZone`); `version` changes after each save to reload. */
export function WeekPreview(props: {
  id: string;
  timeZone: string;
  version: number;
  stale: boolean;
}) {
  const { t, locale } = useI18n();
  const [week, setWeek] = useState(0);
  const monday = mondayOf(browserNow(), props.timeZone, week);
  const { from, to } = weekRange(monday, props.timeZone);
  const intervals = useLoad(
    () => api.openIntervals(props.id, new Date(from).toISOString(), new Date(to).toISOString()),
    [props.id, from, to, props.version],
  );
  const parsed = (intervals.data ?? []).map((i) => ({
    start: Date.parse(i.start),
    end: Date.parse(i.end),
  }));
  const columns = weekColumns(monday, parsed, props.timeZone);
  const openMinutes = parsed.reduce((sum, i) => sum + (i.end - i.start) / 60_000, 0);
  const today = isoDate(mondayOf(browserNow(), props.timeZone, 0)) === isoDate(monday);

  return (
    <section className="card preview" aria-labelledby="preview-title">
      <div className="section-title">
        <h2 id="preview-title">{t('preview.title')}</h2>
        <div className="preview__nav">
          <button
            type="button"
            className="icon-button"
            aria-label={t('preview.previous')}
            title={t('preview.previous')}
            onClick={() => setWeek(week - 1)}
          >
            ‹
          </button>
          <button
            type="button"
            className="button button--small button--secondary"
            disabled={today}
            onClick={() => setWeek(0)}
          >
            {t('preview.today')}
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t('preview.next')}
            title={t('preview.next')}
            onClick={() => setWeek(week + 1)}
          >
            ›
          </button>
        </div>
      </div>
      <p className="muted preview__range" aria-live="polite">
        {t('preview.range', { date: longDate(locale, noonOf(monday)), zone: props.timeZone })}
        {' · '}
        {intervals.data && t('preview.total', { hours: hours(locale, openMinutes) })}
      </p>
      {props.stale && <p className="preview__stale">{t('preview.savedOnly')}</p>}
      <ErrorSummary error={intervals.error} />
      <div className="chart" aria-busy={intervals.loading}>
        <div className="chart__axis" aria-hidden="true">
          {axis.map((hour) => (
            <span key={hour} style={{ top: `${(hour / 24) * 100}%` }}>
              {String(hour).padStart(2, '0')}
            </span>
          ))}
        </div>
        <ol className="chart__days">
          {columns.map((column) => (
            <li key={isoDate(column.date)} className="chart__day">
              <span className="chart__label">{weekdayAndDay(locale, noonOf(column.date))}</span>
              <div className="chart__track">
                {axis.slice(1, -1).map((hour) => (
                  <span
                    key={hour}
                    className="chart__line"
                    style={{ top: `${(hour / 24) * 100}%` }}
                  />
                ))}
                {column.blocks.map((block) => (
                  <span
                    key={block.startMinute}
                    className="chart__block"
                    style={{
                      top: `${(block.startMinute / 1440) * 100}%`,
                      height: `${((block.endMinute - block.startMinute) / 1440) * 100}%`,
                    }}
                    title={t('preview.block', {
                      from: clockText(block.startMinute),
                      to: clockText(block.endMinute),
                    })}
                  >
                    <span className="chart__block-text" aria-hidden="true">
                      {clockText(block.startMinute)}
                      <br />
                      {clockText(block.endMinute)}
                    </span>
                    <span className="sr-only">
                      {t('preview.block', {
                        from: clockText(block.startMinute),
                        to: clockText(block.endMinute),
                      })}
                    </span>
                  </span>
                ))}
                {intervals.data && column.blocks.length === 0 && (
                  <span className="chart__closed">{t('preview.closedDay')}</span>
                )}
              </div>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
