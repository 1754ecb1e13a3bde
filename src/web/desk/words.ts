/** Words for desk values (kind with its detail, minutes as hours) in the user's language. */
import type { ConsumeKind } from '../../domain/hour-bank/index.js';
import { type RequestOutcome, requestOutcomes } from '../../domain/tickets/vocabulary.js';
import type { ClassificationView } from '../api/desk.js';
import { hours } from '../format.js';
import type { I18n } from '../i18n.js';

/** "Incident · critical", "Question": a ticket's kind with its severity or urgency type. */
export function kindText(
  t: I18n['t'],
  classification: ClassificationView | { kind: ConsumeKind },
): string {
  const kind = t(`kind.${classification.kind}`);
  if ('severity' in classification) return `${kind} · ${t(`severity.${classification.severity}`)}`;
  if ('urgency' in classification) return `${kind} · ${t(`urgencyType.${classification.urgency}`)}`;
  return kind;
}

/** "1,5 h" from minutes. */
export function hoursText(i18n: Pick<I18n, 't' | 'locale'>, minutes: number): string {
  return i18n.t('hours.value', { hours: hours(i18n.locale, minutes) });
}

/** Seed 002's answer to a request in words ("Not answered yet" for none). */
export function outcomeText(t: I18n['t'], outcome: unknown): string {
  const known = requestOutcomes.find((candidate: RequestOutcome) => candidate === outcome);
  return known ? t(`outcome.${known}`) : t('outcome.none');
}
