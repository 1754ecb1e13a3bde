/**
 * Why a charge is what it is, in words: the domain's reason codes rendered from the catalogs, as a
 * sentence (`charge.reason.*`: the web app, documents) or as a phrase inside a line
 * (`charge.phrase.*`: the API's `text`, in English).
 */
import { type ChargeReason, settlementCauseOf } from '../domain/hour-bank/index.js';
import { type Locale, translate } from './translate.js';
import { kindWord } from './words.js';

/** One reason of a charge as a sentence in `locale` ("Minimum per ticket: 60 min."). */
export function reasonText(locale: Locale, reason: ChargeReason): string {
  switch (reason.code) {
    case 'free_kind':
    case 'out_of_scope':
    case 'approval_required':
      return translate(locale, `charge.reason.${reason.code}`);
    case 'rounded':
      return translate(locale, 'charge.reason.rounded', {
        to: reason.toMinutes,
        step: reason.stepMinutes,
        from: reason.fromMinutes,
      });
    case 'minimum_per_conversation':
    case 'minimum_per_ticket':
    case 'covered_by_minimum':
    case 'maximum_per_ticket':
    case 'first_contact_charge':
    case 'billable_diagnosis':
      return translate(locale, `charge.reason.${reason.code}`, { minutes: reason.minutes });
    case 'overage_rate':
    case 'not_covered':
      return translate(locale, `charge.reason.${reason.code}`);
    case 'answer_changed':
    case 'reclassified':
      return settlementText(locale, 'reason', reason);
  }
}

/** Why a ticket's charge was settled again, as a sentence or a phrase: its new answer or kind. */
function settlementText(
  locale: Locale,
  form: 'reason' | 'phrase',
  reason: Extract<ChargeReason, { code: 'answer_changed' | 'reclassified' }>,
): string {
  if (reason.code === 'reclassified')
    return translate(locale, `charge.${form}.reclassified`, {
      kind: kindWord(locale, reason.kind),
    });
  const outcome = translate(locale, reason.outcome ? `outcome.${reason.outcome}` : 'outcome.none');
  return translate(locale, `charge.${form}.answer_changed`, { outcome });
}

/** One reason of a charge as a phrase in `locale` ("minimum per ticket: 60 min"). */
export function reasonPhrase(locale: Locale, reason: ChargeReason): string {
  switch (reason.code) {
    case 'free_kind':
      return translate(locale, 'charge.phrase.free_kind', { kind: kindWord(locale, reason.kind) });
    case 'out_of_scope':
    case 'approval_required':
    case 'overage_rate':
    case 'not_covered':
      return translate(locale, `charge.phrase.${reason.code}`);
    case 'rounded':
      return translate(locale, `charge.phrase.rounded.${reason.direction}`, {
        to: reason.toMinutes,
        step: reason.stepMinutes,
        from: reason.fromMinutes,
      });
    case 'minimum_per_conversation':
    case 'minimum_per_ticket':
    case 'maximum_per_ticket':
    case 'first_contact_charge':
    case 'billable_diagnosis':
      return translate(locale, `charge.phrase.${reason.code}`, { minutes: reason.minutes });
    case 'covered_by_minimum':
      return translate(locale, `charge.phrase.covered_by_minimum.${reason.scope}`, {
        minutes: reason.minutes,
      });
    case 'answer_changed':
    case 'reclassified':
      return settlementText(locale, 'phrase', reason);
  }
}

/**
 * A ledger entry's reason in `locale`: a settlement's code (`reclassified:incident`,
 * `answer_changed:scheduled`) in words, any other reason (a person's own) as written.
 */
export function entryReasonText(locale: Locale, reason: string): string {
  const cause = settlementCauseOf(reason);
  return cause ? reasonText(locale, cause) : reason;
}
