/**
 * Charge rules in words: the plan's consumption rules shown before logging time (the API has no
 * preview, so the rules are listed, not applied) and the reasons of a saved charge.
 */
import type { ChargeReason } from '../../domain/hour-bank/index.js';
import { reasonText } from '../../i18n/index.js';
import type { Charge, ConsumptionRules } from '../api/desk.js';
import { hoursText } from '../desk/words.js';
import { useI18n } from '../i18n.js';

type Reason = Charge['reasons'][number];

/** One reason of a charge in the user's language, through the same i18n path as the server. */
export function useReasonText(): (reason: Reason) => string {
  const { locale } = useI18n();
  // the API sends each reason's code with its parameters, the fields of a ChargeReason
  return (reason) => reasonText(locale, { code: reason.code, ...reason.params } as ChargeReason);
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
    items.push(
      t('charge.rule.free', { kinds: rules.freeKinds.map((kind) => t(`kind.${kind}`)).join(', ') }),
    );
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
