/**
 * The SLA panel of a ticket: each clock's state, due instant, countdown and explanation — the
 * instants in the contract's zone, named, with the viewer's own time beside them where it
 * differs, and the explanation put into words here, in the viewer's language, from its codes.
 */
import type { ExplanationStep } from '../../domain/sla/index.js';
import { explain } from '../../i18n/index.js';
import type { Clock, TicketDetail } from '../api/desk.js';
import { zoneName } from '../format.js';
import { useI18n } from '../i18n.js';
import { Instant } from '../ui/instant.js';
import { Countdown, clockText, SlaBadge, useNow } from './sla.js';

const clockNames = ['firstResponse', 'resolution', 'client'] as const;

/** One step of an explanation in the viewer's language, from the code and parameters the API sends. */
function stepText(step: Clock['explanation'][number], locale: 'es' | 'en', timeZone: string) {
  return explain({ code: step.code, ...step.params } as ExplanationStep, locale, timeZone);
}

function ClockCard({
  name,
  clock,
  now,
  timeZone,
}: {
  name: (typeof clockNames)[number];
  clock: Clock;
  now: number;
  timeZone: string;
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
        <dd>{clock.due ? <Instant at={clock.due} zone={timeZone} /> : t('common.none')}</dd>
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
          {clock.explanation.map((step) => {
            const text = stepText(step, locale, timeZone);
            return (
              <li key={`${step.code}|${text}`} data-code={step.code}>
                {text}
              </li>
            );
          })}
        </ol>
      </details>
    </section>
  );
}

/** The clocks of a ticket (only those that apply), in the contract's zone `timeZone`. */
export function SlaPanel({ sla, timeZone }: { sla: TicketDetail['sla']; timeZone: string }) {
  const { t, locale } = useI18n();
  const now = useNow();
  const clocks = clockNames.flatMap((name) => {
    const clock = sla[name];
    return clock ? [{ name, clock }] : [];
  });
  return (
    <section className="card sla-panel" aria-labelledby="sla-title">
      <h2 id="sla-title">{t('sla.title')}</h2>
      <p className="field__hint">{t('sla.wallClock')}</p>
      <p className="field__hint" data-testid="sla-zone">
        {t('sla.zoneNote', { zone: zoneName(locale, timeZone, now) })}
      </p>
      {clocks.length === 0 && <p className="muted">{t('sla.noClocks')}</p>}
      {clocks.map(({ name, clock }) => (
        <ClockCard key={name} name={name} clock={clock} now={now} timeZone={timeZone} />
      ))}
    </section>
  );
}
