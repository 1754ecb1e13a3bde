/**
 * A report laid out for people, whatever the format: a title, facts, sections of tables, charts
 * and text, already in the reader's language. Values stay typed ({@link Cell}) so that each
 * renderer writes them its own way: the PDF as "UF 1.234,5000" and "16:40", the CSV as bare
 * numbers Excel can sum (minutes, decimals with the locale's mark).
 */

import type { Money } from '../domain/money.js';
import type { LocalDate } from '../domain/time/index.js';
import type { Locale } from '../i18n/index.js';
import type { ChartSpec } from './charts.js';

/** One value. */
export type Cell =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'count'; readonly value: number }
  /** A duration in whole minutes: "h:mm" in the PDF, minutes in the CSV. */
  | { readonly kind: 'minutes'; readonly minutes: number }
  | { readonly kind: 'money'; readonly money: Money }
  /** An exact decimal with two places (metrics, percents), in hundredths. */
  | { readonly kind: 'hundredths'; readonly value: number; readonly percent: boolean }
  | { readonly kind: 'date'; readonly date: LocalDate }
  | { readonly kind: 'empty' };

/** A table column. */
export interface Column {
  readonly header: string;
}

/** A label and its value. */
export interface Fact {
  readonly label: string;
  readonly value: Cell;
  readonly strong?: boolean;
}

/** A piece of a section. */
export type Block =
  | { readonly kind: 'facts'; readonly facts: readonly Fact[] }
  | {
      readonly kind: 'table';
      readonly columns: readonly Column[];
      readonly rows: readonly (readonly Cell[])[];
      /** Shown instead of the table when it has no rows. */
      readonly empty: string;
    }
  | { readonly kind: 'chart'; readonly chart: ChartSpec }
  | { readonly kind: 'text'; readonly text: string; readonly tone: 'plain' | 'note' | 'alert' };

/** A headed part of the report. */
export interface Section {
  readonly heading: string;
  readonly blocks: readonly Block[];
  /**
   * What the PDF and the web page show instead of `blocks` when their detail is too long to print
   * (more than {@link printedRowLimit} rows): the same totals, grouped, with a note saying the CSV
   * lists every row. The CSV always writes `blocks`.
   */
  readonly condensed?: readonly Block[];
}

/** Most rows a printed table shows before its section is condensed (about fifteen pages). */
export const printedRowLimit = 500;

/** A whole report, ready for a renderer. */
export interface ReportDocument {
  readonly locale: Locale;
  /** Names the file and the PDF's metadata. */
  readonly title: string;
  readonly subtitle: string;
  readonly facts: readonly Fact[];
  readonly sections: readonly Section[];
  /** Printed at the foot of every PDF page. */
  readonly footer: string;
}

/** Shorthand constructors for cells, so layouts read as data. */
export const cell = {
  text: (text: string | null | undefined): Cell =>
    text === null || text === undefined || text === '' ? { kind: 'empty' } : { kind: 'text', text },
  count: (value: number): Cell => ({ kind: 'count', value }),
  minutes: (minutes: number | null): Cell =>
    minutes === null ? { kind: 'empty' } : { kind: 'minutes', minutes },
  money: (money: Money | null): Cell =>
    money === null ? { kind: 'empty' } : { kind: 'money', money },
  percent: (hundredths: number | null): Cell =>
    hundredths === null
      ? { kind: 'empty' }
      : { kind: 'hundredths', value: hundredths, percent: true },
  hundredths: (value: number | null, percent: boolean): Cell =>
    value === null ? { kind: 'empty' } : { kind: 'hundredths', value, percent },
  date: (date: LocalDate | null): Cell =>
    date === null ? { kind: 'empty' } : { kind: 'date', date },
  empty: { kind: 'empty' } as Cell,
};
