/** The SLA panel of a ticket: each clock's state, due instant, countdown and explanation. */
import type { Clock, TicketDetail } from '../api/desk.js';
import { dateTime } from '../format.js';
import { useI18n } from '../i18n.js';
import { Countdown, clockText, SlaBadge, useNow } from './sla.js';

const clockNames = ['firstResponse', 'resolution', 'client'] as const;

function ClockCard({
  name,
  clock,
  now,
}: {
  name: (typeof clockNames)[number];
  clock: Clock;
  now: number;
}) {
  const { t, locale } = useI18n();
  return (
    <section className="clock" aria-labelledby={`clock-${name}`} data-clock={name}>
      <div className="clock__head">
        <h3 id={`clock-${name}`}>{t(`sla.clock.${name}`)}</h3>
        <SlaBadge state={clock.state} />
      </div>
      <dl className="clock__facts">
        <dt>{t('sla.due')}</dt>
        <dd>{clock.due ? dateTime(locale, clock.due) : t('common.none')}</dd>
        <dt>{t('sla.left')}</dt>
        <dd>
          <Countdown due={clock.due} state={clock.state} now={now} />
        </dd>
        <dt>{t('sla.target')}</dt>
        <dd>
          {t('sla.businessUsed', {
            used: clockText(clock.usedSeconds),
            target: clockText(clock.targetSeconds),
          })}
        </dd>
      </dl>
      <details className="clock__why" open>
        <summary>{t('sla.why')}</summary>
        <ol className="timeline">
          {clock.explanation.map((step) => (
            <li key={`${step.code}|${step.text}`} data-code={step.code}>
              {step.text}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}

/** The clocks of a ticket (only those that apply). */
export function SlaPanel({ sla }: { sla: TicketDetail['sla'] }) {
  const { t } = useI18n();
  const now = useNow();
  const clocks = clockNames.flatMap((name) => {
    const clock = sla[name];
    return clock ? [{ name, clock }] : [];
  });
  return (
    <section className="card sla-panel" aria-labelledby="sla-title">
      <h2 id="sla-title">{t('sla.title')}</h2>
      <p className="field__hint">{t('sla.wallClock')}</p>
      {clocks.length === 0 && <p className="muted">{t('sla.noClocks')}</p>}
      {clocks.map(({ name, clock }) => (
        <ClockCard key={name} name={name} clock={clock} now={now} />
      ))}
    </section>
  );
}
