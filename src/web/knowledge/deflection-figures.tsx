/**
 * The dashboard's deflection figures (issue 17): this month's requests a client marked solved
 * by a help-centre article and never sent, against those sent after seeing articles, and the
 * rate between them.
 */
import { knowledge } from '../api/knowledge.js';
import { browserNow } from '../clock.js';
import { useI18n } from '../i18n.js';
import { ErrorSummary } from '../ui/errors.js';
import { useLoad } from '../ui/use-load.js';

/** The first instant of this month and of the next, in the viewer's zone, as ISO strings. */
function thisMonth(now: Date): { from: string; to: string } {
  const from = new Date(now.getFullYear(), now.getMonth(), 1);
  const to = new Date(now.getFullYear(), now.getMonth() + 1, 1);
  return { from: from.toISOString(), to: to.toISOString() };
}

/** The deflection card of the dashboard. */
export function DeflectionFigures() {
  const { t, locale } = useI18n();
  const figures = useLoad(() => {
    const { from, to } = thisMonth(new Date(browserNow()));
    return knowledge.deflection(from, to);
  }, []);
  const data = figures.data;
  const percent = (value: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  return (
    <section className="card card--stack" aria-labelledby="deflection-title">
      <h2 id="deflection-title">
        {t('knowledge.deflection.title')} · {t('knowledge.dashboard.period')}
      </h2>
      <ErrorSummary error={figures.error} />
      {data && (
        <dl className="dashboard__totals">
          <div>
            <dt>{t('knowledge.deflection.rate')}</dt>
            <dd data-total="deflection-rate">
              {data.rate === null ? t('common.none') : `${percent(data.rate.percent)} %`}
            </dd>
          </div>
          <div>
            <dt>{t('knowledge.deflection.deflected')}</dt>
            <dd data-total="deflected">{data.deflected}</dd>
          </div>
          <div>
            <dt>{t('knowledge.deflection.submitted')}</dt>
            <dd data-total="submitted-after-suggestions">{data.submittedAfterSuggestions}</dd>
          </div>
          <div>
            <dt>{t('knowledge.deflection.abandoned')}</dt>
            <dd data-total="abandoned">{data.abandoned}</dd>
          </div>
        </dl>
      )}
      {data?.rate === null && <p className="muted">{t('knowledge.dashboard.none')}</p>}
    </section>
  );
}
