/**
 * The access export as a readable PDF (seed 003, right of access): the contact's data, then each
 * declared table's rows field by field, then the history. Instants are written in UTC (ISO 8601),
 * the same values the JSON export carries.
 */
import type { ContactExport } from '../../app/contacts/index.js';
import { displayName, flattenContact } from '../../domain/contacts/index.js';
import type { Locale } from '../../i18n/index.js';
import { type Block, cell, type Fact, type ReportDocument } from '../document.js';
import { translator } from '../words.js';
import { table } from './heading.js';

function valueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function factsOf(record: Readonly<Record<string, unknown>>): Fact[] {
  return Object.entries(record).map(([label, value]) => ({
    label,
    value: cell.text(valueText(value)),
  }));
}

/** The document of an access export in `locale`. */
export function contactExportDocument(exported: ContactExport, locale: Locale): ReportDocument {
  const t = translator(locale);
  const name = displayName(exported.contact);
  const tables = exported.tables.map((rows) => ({
    heading: rows.table,
    blocks:
      rows.rows.length === 0
        ? [{ kind: 'text', text: t('contacts.pdf.empty'), tone: 'note' } satisfies Block]
        : rows.rows.map((row): Block => ({ kind: 'facts', facts: factsOf(row) })),
  }));
  const history = table(
    [
      t('contacts.col.at'),
      t('contacts.col.action'),
      t('contacts.col.change'),
      t('contacts.col.reason'),
    ],
    exported.trace.map((entry) => [
      cell.text(new Date(entry.at).toISOString()),
      cell.text(t(`contacts.trace.${entry.action}`, { field: entry.field ?? '' })),
      cell.text(
        entry.oldValue === null && entry.newValue === null
          ? ''
          : t('contacts.trace.change', {
              old: entry.oldValue ?? t('contacts.trace.empty'),
              new: entry.newValue ?? t('contacts.trace.empty'),
            }),
      ),
      cell.text(entry.reason),
    ]),
    t('contacts.pdf.empty'),
  );
  return {
    locale,
    title: t('contacts.pdf.title', { name }),
    // The instant, not a UTC day: in the Americas the evening's export would read as tomorrow.
    subtitle: t('contacts.pdf.subtitle', {
      date: `${exported.exportedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    }),
    facts: factsOf(flattenContact(exported.contact)),
    sections: [...tables, { heading: t('contacts.pdf.history'), blocks: [history] }],
    footer: t('contacts.pdf.footer'),
  };
}
