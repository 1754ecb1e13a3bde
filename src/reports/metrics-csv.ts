/**
 * The web app's metrics upload read as rows (issue 14: "as a CSV upload in the web app"): the
 * file Excel saves in the reader's language (`;` and decimal comma in Spanish, `,` and decimal
 * point in English; a UTF-8 BOM or not), a header line, then `metric, date, value` per line.
 * Row i is line i + 2 (blank lines are rows too), so a refused value is named by the line the
 * user sees.
 */
import { parse } from 'csv-parse/sync';
import { InvalidFields } from '../domain/errors.js';
import type { RawReading } from '../domain/reports/index.js';
import type { Locale } from '../i18n/index.js';
import { csvDelimiter } from './csv.js';

/** The decimal mark of the numbers in an upload of each language. */
export const uploadDecimalSeparator: Readonly<Record<Locale, '.' | ','>> = { es: ',', en: '.' };

/** The rows of an upload (path `rows[i]` is line i + 2: the header is line 1). */
export function parseMetricsCsv(text: string, locale: Locale): RawReading[] {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter: csvDelimiter[locale],
      relax_column_count: true,
      trim: true,
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    throw new InvalidFields([{ path: 'csv', code: 'malformed_csv', params: { line } }]);
  }
  if (records.length < 2) throw new InvalidFields([{ path: 'csv', code: 'no_rows', params: {} }]);
  return records.slice(1).map(([metric, on, value]) => ({ metric, on, value }));
}
