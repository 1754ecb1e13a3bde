/**
 * Tables ready for CSV (and the reports' renderer): named columns and rows of plain values.
 * Nothing here is translated or formatted: a column says whether its header is an i18n code
 * or a name (a team member's), and whether its values are codes to translate, text, numbers
 * or dates, so the renderer can localise both.
 */

/** How a column's values are to be shown. */
export type CsvValueKind = 'text' | 'code' | 'number' | 'date';

/** One column: its key, its header (an i18n code, or a literal name) and its kind of value. */
export interface CsvColumn {
  readonly key: string;
  readonly header: { readonly code: string } | { readonly name: string };
  readonly values: CsvValueKind;
}

/** One cell: text, a code, a number or a date as written (`YYYY-MM-DD`); null when empty. */
export type CsvValue = string | number | null;

/** A table whose rows hold one value per column, in column order. */
export interface CsvTable {
  readonly columns: readonly CsvColumn[];
  readonly rows: readonly (readonly CsvValue[])[];
}

/** A column whose header is the i18n code `<prefix>.<key>`. */
export function codedColumn(prefix: string, key: string, values: CsvValueKind): CsvColumn {
  return { key, header: { code: `${prefix}.${key}` }, values };
}
