/** Words for desk values (kind with its detail, minutes as hours) in the user's language. */
import { type TicketKind, ticketKinds } from '../../domain/tickets/vocabulary.js';
import type { ClassificationView } from '../api/desk.js';
import { hours } from '../format.js';
import type { I18n } from '../i18n.js';

const isKind = (kind: string): kind is TicketKind =>
  (ticketKinds as readonly string[]).includes(kind);

/** "Incident · critical", "Question": a ticket's kind with its severity or urgency type. */
export function kindText(t: I18n['t'], classification: ClassificationView): string {
  const kind = isKind(classification.kind) ? t(`kind.${classification.kind}`) : classification.kind;
  const { severity, urgency } = classification;
  if (severity === 'critical' || severity === 'major' || severity === 'minor') {
    return `${kind} · ${t(`severity.${severity}`)}`;
  }
  return urgency ? `${kind} · ${urgency.replaceAll('_', ' ')}` : kind;
}

/** "1,5 h" from minutes. */
export function hoursText(i18n: Pick<I18n, 't' | 'locale'>, minutes: number): string {
  return i18n.t('hours.value', { hours: hours(i18n.locale, minutes) });
}
