/**
 * A quote's content as the editor holds it (what people typed, in their decimal marks) and its
 * way to the API: hours become whole minutes, amounts exact decimal strings, and the total is
 * the domain's own sum of rounded lines, never a float.
 */
import { parseMoney, toMoneyJson } from '../../domain/money.js';
import { type QuoteLine, quoteTotals } from '../../domain/quotes/index.js';
import type { Locale } from '../../i18n/index.js';
import type { Money, QuoteDraft, QuoteVersion } from '../api/quotes.js';
import { decimalInput, decimalText, minutesFromHours } from '../format.js';

/** One line as typed: hours × rate, or a fixed amount. */
export interface LineForm {
  kind: 'hours' | 'fixed';
  description: string;
  hours: string;
  rate: string;
  amount: string;
}

/** The whole form of a version. */
export interface DraftForm {
  title: string;
  validUntil: string;
  terms: string;
  lines: LineForm[];
}

/** An empty line at the plan's hourly rate (blank when the plan has none). */
export function emptyLine(locale: Locale, rate: Money | null): LineForm {
  const typedRate = rate ? decimalInput(locale, rate.amount) : '';
  return { kind: 'hours', description: '', hours: '', rate: typedRate, amount: '' };
}

/** The form of an existing version, for editing or revising it. */
export function formOf(locale: Locale, version: QuoteVersion): DraftForm {
  return {
    title: version.title,
    validUntil: version.validUntil,
    terms: version.terms,
    lines: version.lines.map((line) =>
      line.kind === 'hours'
        ? {
            kind: 'hours',
            description: line.description,
            hours: decimalInput(locale, line.minutes / 60),
            rate: decimalInput(locale, line.ratePerHour.amount),
            amount: '',
          }
        : {
            kind: 'fixed',
            description: line.description,
            hours: '',
            rate: '',
            amount: decimalInput(locale, line.amount.amount),
          },
    ),
  };
}

/** A typed amount as a decimal string (what the API checks), or the text as typed when it is none. */
function amountOf(locale: Locale, typed: string): string {
  return decimalText(locale, typed) ?? typed;
}

/** The content to send; unparseable numbers go as typed so the API names the field. */
export function draftOf(locale: Locale, form: DraftForm, currency: string): QuoteDraft {
  return {
    title: form.title,
    validUntil: form.validUntil,
    terms: form.terms,
    lines: form.lines.map((line) =>
      line.kind === 'hours'
        ? {
            kind: 'hours',
            description: line.description,
            minutes: minutesFromHours(locale, line.hours),
            ratePerHour: { amount: amountOf(locale, line.rate), currency },
          }
        : {
            kind: 'fixed',
            description: line.description,
            amount: { amount: amountOf(locale, line.amount), currency },
          },
    ),
  };
}

/** The draft's hours and exact total, or null while a line is not a valid number yet. */
export function totalsOf(draft: QuoteDraft, currency: string) {
  try {
    const lines: QuoteLine[] = draft.lines.map((line) => {
      if (line.kind === 'fixed') {
        return { ...line, amount: parseMoney(line.amount.amount, currency) };
      }
      if (!Number.isSafeInteger(line.minutes)) throw new Error('hours');
      return { ...line, ratePerHour: parseMoney(line.ratePerHour.amount, currency) };
    });
    const content = { ...draft, lines };
    const totals = quoteTotals(content, parseMoney('0', currency).currency);
    return { minutes: totals.minutes, amount: toMoneyJson(totals.amount) };
  } catch {
    return null;
  }
}
