/**
 * What a mail that opens a ticket leaves for an agent to decide: a message says nothing of its
 * criticality or kind, so the ticket opens as a question at the least critical level the plan
 * promises a target for, and an agent reclassifies it (the SLA keeps the time already used).
 */
import { type Criticality, criticalities } from '../tickets/vocabulary.js';

/** The longest subject a ticket takes from a message. */
export const maxSubjectLength = 200;

/** The least critical level with a target (low, then medium, then high); low when the plan promises none. */
export function mailCriticality(
  targets: Readonly<Record<Criticality, number | null>>,
): Criticality {
  const offered = [...criticalities].reverse().filter((level) => targets[level] !== null);
  return offered[0] ?? 'low';
}

/**
 * The ticket's subject: the message's, or its first line of text when it has none; `'—'` when
 * both are empty. Cut at {@link maxSubjectLength} characters.
 */
export function mailSubject(subject: string, text: string): string {
  const firstLine = text.split('\n').find((line) => line.trim() !== '') ?? '';
  const chosen = (subject.trim() || firstLine.trim() || '—').replace(/\s+/g, ' ');
  return chosen.length > maxSubjectLength ? `${chosen.slice(0, maxSubjectLength - 1)}…` : chosen;
}
