/**
 * SLA display shared by the queue and the ticket page: the state badge (colour and words, never
 * colour alone) and the live countdown to a due instant, ticking every second without moving
 * the layout (tabular digits in a fixed-width box).
 */
import { useEffect, useState } from 'react';
import type { SlaState } from '../api/desk.js';
import { browserNow } from '../clock.js';
import { useI18n } from '../i18n.js';

const tone: Record<SlaState, string> = {
  breached: 'danger',
  at_risk: 'warning',
  running: 'info',
  paused: 'neutral',
  met: 'success',
};

/** The current time in milliseconds, refreshed every `everyMs` (one second by default). */
export function useNow(everyMs = 1000): number {
  const [now, setNow] = useState(() => browserNow());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(browserNow()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** "2 d 03:15:09", "00:12:04": a duration in whole seconds (sign shown by the caller). */
export function clockText(totalSeconds: number): string {
  const seconds = Math.abs(Math.trunc(totalSeconds));
  const days = Math.floor(seconds / 86_400);
  const pad = (n: number) => String(n).padStart(2, '0');
  const hms = `${pad(Math.floor((seconds % 86_400) / 3600))}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
  return days > 0 ? `${days} d ${hms}` : hms;
}

/** The SLA state as a coloured badge with its name. */
export function SlaBadge({ state }: { state: SlaState | null }) {
  const { t } = useI18n();
  if (state === null) return <span className="badge badge--neutral">{t('sla.state.none')}</span>;
  return (
    <span className={`badge badge--${tone[state]} sla-badge`} data-state={state}>
      <span className="sla-badge__dot" aria-hidden="true" />
      {t(`sla.state.${state}`)}
    </span>
  );
}

/**
 * Time left to `due` (wall-clock time, not business time) for a running clock, or how long ago
 * it passed; for stopped clocks a dash. `now` comes from {@link useNow} so many countdowns share
 * one timer.
 */
export function Countdown(props: { due: string | null; state: SlaState | null; now: number }) {
  const { t } = useI18n();
  const ticking =
    props.state === 'running' || props.state === 'at_risk' || props.state === 'breached';
  if (!props.due || !ticking) {
    return <span className="countdown countdown--idle">{t('common.none')}</span>;
  }
  const left = Math.round((Date.parse(props.due) - props.now) / 1000);
  const text = clockText(left);
  return (
    <span className={`countdown ${left < 0 ? 'countdown--late' : ''}`}>
      {left < 0 ? t('sla.overdueBy', { time: text }) : t('sla.leftIn', { time: text })}
    </span>
  );
}
