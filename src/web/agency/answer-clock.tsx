/**
 * The client's answer clock on a delivery, explained like the SLA clocks: when it was delivered,
 * from when the 16 business hours count (a delivery outside service hours waits for the
 * opening), when the answer is due and how late it is, all in the contract's zone.
 */
import type { AgencyDeliverable } from '../api/agency.js';
import { hours, instantIn, zoneName } from '../format.js';
import { useI18n } from '../i18n.js';

const stepCodes = ['delivered', 'delivered_outside_hours', 'due', 'answered', 'overdue'] as const;
type StepCode = (typeof stepCodes)[number];

function isStepCode(value: unknown): value is StepCode {
  return stepCodes.some((code) => code === value);
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const seconds = (value: unknown) => (typeof value === 'number' ? value : 0);

/** The explanation of one deliverable's answer clock, step by step. */
export function AnswerClock(props: { deliverable: AgencyDeliverable; zone: string }) {
  const { t, locale } = useI18n();
  const { deliverable, zone } = props;
  if (deliverable.approval === null) return null;
  const at = (iso: unknown) => {
    const instant = text(iso);
    return instant === ''
      ? ''
      : `${instantIn(locale, instant, zone)} (${zoneName(locale, zone, instant)})`;
  };
  const inHours = (value: unknown) => hours(locale, Math.round(seconds(value) / 60));
  return (
    <section
      className="answer-clock"
      aria-label={t('agency.clock.title', { title: deliverable.title })}
    >
      <h4>
        {t('agency.clock.title', { title: deliverable.title })}:{' '}
        {t(`agency.clock.state.${deliverable.approval.state}`)}
      </h4>
      <ol>
        {deliverable.approval.steps.map((step, index) => {
          const code = step.code;
          if (!isStepCode(code)) return null;
          return (
            // The steps are a fixed list per render; their order is their identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: steps have no id of their own
            <li key={index}>
              {t(`agency.clock.${code}`, {
                at: at(step.at),
                opensAt: at(step.opensAt),
                target: inHours(step.targetSeconds),
                used: inHours(step.usedSeconds),
                late: inHours(step.lateSeconds),
              })}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
