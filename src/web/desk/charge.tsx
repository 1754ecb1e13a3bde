/**
 * Charge rules in words: the plan's consumption rules shown before logging time (the API has no
 * preview, so the rules are listed, not applied) and the reasons of a saved charge.
 */
import type { Charge, ConsumptionRules } from '../api/desk.js';
import { useI18n } from '../i18n.js';
import { hoursText } from './words.js';

type Reason = Charge['reasons'][number];

const num = (value: unknown) => (typeof value === 'number' ? value : 0);

/** One reason of a charge in the user's language (the server's English text if unknown). */
export function useReasonText(): (reason: Reason) => string {
  const { t } = useI18n();
  return (reason) => {
    const p = reason.params;
    switch (reason.code) {
      case 'free_kind':
        return t('charge.reason.free_kind');
      case 'out_of_scope':
        return t('charge.reason.out_of_scope');
      case 'rounded':
        return t('charge.reason.rounded', {
          to: num(p.toMinutes),
          step: num(p.stepMinutes),
          from: num(p.fromMinutes),
        });
      case 'minimum_per_conversation':
        return t('charge.reason.minimum_per_conversation', { minutes: num(p.minutes) });
      case 'minimum_per_ticket':
        return t('charge.reason.minimum_per_ticket', { minutes: num(p.minutes) });
      case 'covered_by_minimum':
        return t('charge.reason.covered_by_minimum', { minutes: num(p.minutes) });
      case 'maximum_per_ticket':
        return t('charge.reason.maximum_per_ticket', { minutes: num(p.minutes) });
      case 'approval_required':
        return t('charge.reason.approval_required');
      default:
        return reason.text;
    }
  };
}

/** The plan's consumption rules as a list. */
export function RuleList({ rules }: { rules: ConsumptionRules }) {
  const i18n = useI18n();
  const { t } = i18n;
  const items: string[] = [];
  if (rules.minimumPerTicketMinutes > 0) {
    items.push(
      t('charge.rule.minTicket', { hours: hoursText(i18n, rules.minimumPerTicketMinutes) }),
    );
  }
  if (rules.minimumPerConversationMinutes > 0) {
    items.push(
      t('charge.rule.minConversation', {
        minutes: rules.minimumPerConversationMinutes,
      }),
    );
  }
  if (rules.rounding.stepMinutes > 1) {
    items.push(t('charge.rule.rounding', { step: rules.rounding.stepMinutes }));
  }
  items.push(
    rules.maximumPerTicketMinutes === null
      ? t('charge.rule.noCap')
      : t('charge.rule.cap', { hours: hoursText(i18n, rules.maximumPerTicketMinutes) }),
  );
  if (rules.freeKinds.length > 0) {
    items.push(t('charge.rule.free', { kinds: rules.freeKinds.join(', ') }));
  }
  if (rules.approvalBeyondFirstContact) items.push(t('charge.rule.approval'));
  return (
    <ul className="rules">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}
