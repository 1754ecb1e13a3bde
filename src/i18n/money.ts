/**
 * Amounts as each language writes them: decimal mark and digit grouping, the currency's ISO
 * decimals (UF 4, EUR 2, COP 2, CLP 0) and its label. Exact: written from the integer minor
 * units, never through a float. Shared by reports and mail.
 */
import { currencies, type Money, toDecimalString } from '../domain/money.js';
import type { Locale } from './translate.js';

/** The marks of a language: Spanish writes 1.234,50; English 1,234.50. */
export const numberMarks: Readonly<Record<Locale, { decimal: string; group: string }>> = {
  es: { decimal: ',', group: '.' },
  en: { decimal: '.', group: ',' },
};

/** A plain decimal string ("-1234.5000") in the locale's marks, grouped or not. */
export function localDecimal(text: string, locale: Locale, grouped: boolean): string {
  const { decimal, group } = numberMarks[locale];
  const [whole = '0', fraction] = text.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign ? whole.slice(1) : whole;
  const shown = grouped ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, group) : digits;
  return `${sign}${shown}${fraction === undefined ? '' : `${decimal}${fraction}`}`;
}

/** An amount at its currency's ISO decimals with its label: "UF 1.234,5000", "EUR 75.00". */
export function moneyText(money: Money, locale: Locale): string {
  return `${currencies[money.currency].label} ${localDecimal(toDecimalString(money), locale, true)}`;
}
