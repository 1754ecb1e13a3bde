/**
 * CSV rendering with csv-stringify, for Excel: a UTF-8 byte-order mark, Spanish files with `;`
 * between fields and a decimal comma (English with `,` and a point), formula escaping of any cell
 * that starts with = + - @ or a tab/CR (a leading quote, so Excel shows text and runs nothing),
 * durations in whole minutes and amounts at their currency's decimals so that columns add up.
 *
 * A report is several tables: each section is its heading, then its facts (label, value) and
 * tables (header row, rows), then an empty line.
 */
import { stringify } from 'csv-stringify/sync';
import { currencies } from '../domain/money.js';
import { type Locale, localDecimal, numberMarks, translate } from '../i18n/index.js';
import type { Block, Cell, ReportDocument } from './document.js';

/** The field separator of a language's CSV: `;` where the comma is the decimal mark. */
export const csvDelimiter: Readonly<Record<Locale, string>> = { es: ';', en: ',' };

/** A raw CSV field; bigints are decimals whose places are kept beside them. */
type Field = string | number | bigint | null;

/** The unit a column's header gains in the CSV, from its first value. */
function unitOf(values: readonly Cell[], locale: Locale): string | null {
  const first = values.find((value) => value.kind !== 'empty');
  if (first?.kind === 'minutes') return translate(locale, 'reports.unit.minutes');
  if (first?.kind === 'money') return currencies[first.money.currency].label;
  if (first?.kind === 'hundredths' && first.percent) return '%';
  return null;
}

function withUnit(label: string, unit: string | null): string {
  return unit === null ? label : `${label} (${unit})`;
}

/** Collects records; decimals are bigints whose places are looked up by record and field. */
class Records {
  readonly rows: Field[][] = [];
  readonly places = new Map<string, number>();

  constructor(readonly locale: Locale) {}

  field(value: Cell, row: number, column: number): Field {
    const decimal = (minor: bigint, places: number) => {
      this.places.set(`${row}:${column}`, places);
      return minor;
    };
    switch (value.kind) {
      case 'text':
        return value.text;
      case 'count':
        return value.value;
      case 'minutes':
        return value.minutes;
      case 'money':
        return decimal(value.money.minor, currencies[value.money.currency].minorUnits);
      case 'hundredths':
        return decimal(BigInt(value.value), 2);
      case 'date':
        return value.date;
      case 'empty':
        return null;
    }
  }

  push(...cells: (Cell | string)[]): void {
    const row = this.rows.length;
    this.rows.push(
      cells.map((value, i) => (typeof value === 'string' ? value : this.field(value, row, i))),
    );
  }
}

function write(part: Block, out: Records): void {
  switch (part.kind) {
    case 'facts':
      for (const fact of part.facts)
        out.push(withUnit(fact.label, unitOf([fact.value], out.locale)), fact.value);
      return;
    case 'table': {
      out.push(
        ...part.columns.map((c, i) =>
          withUnit(
            c.header,
            unitOf(
              part.rows.map((r) => r[i] ?? { kind: 'empty' }),
              out.locale,
            ),
          ),
        ),
      );
      for (const row of part.rows) out.push(...row);
      if (part.rows.length === 0) out.push(part.empty);
      return;
    }
    case 'chart':
      return;
    case 'text':
      out.push(part.text);
      return;
  }
}

/** The report as CSV bytes (UTF-8 with BOM), see the module comment. */
export function renderCsv(doc: ReportDocument): Buffer {
  const out = new Records(doc.locale);
  out.push(doc.title);
  out.push(doc.subtitle);
  write({ kind: 'facts', facts: doc.facts }, out);
  for (const section of doc.sections) {
    out.push('');
    out.push(section.heading);
    for (const part of section.blocks) write(part, out);
  }
  const marks = numberMarks[doc.locale];
  const text = stringify(out.rows, {
    bom: true,
    delimiter: csvDelimiter[doc.locale],
    escape_formulas: true,
    record_delimiter: 'windows',
    cast: {
      bigint: (value, context) => {
        const places = out.places.get(`${context.records}:${context.index}`) ?? 0;
        const digits = (value < 0n ? -value : value).toString().padStart(places + 1, '0');
        const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
        return localDecimal(`${value < 0n ? '-' : ''}${text}`, doc.locale, false);
      },
      number: (value) => String(value).replace('.', marks.decimal),
    },
  });
  return Buffer.from(text, 'utf8');
}
