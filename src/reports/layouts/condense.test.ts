/**
 * Long detail condensed for printing: the PDF of a month with more lines than a printed table
 * holds shows them grouped with the same totals, and the CSV still lists every line.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { WorkLine } from '../../domain/reports/index.js';
import { renderCsv } from '../csv.js';
import { printedRowLimit } from '../document.js';
import { renderPdf } from '../pdf.js';
import { translator } from '../words.js';
import { condensedByDay, condensedWork } from './condense.js';

const t = translator('es');
const pdftotext = '/usr/bin/pdftotext';

/** `count` work lines over `tickets` tickets, spread over the days of March 2026. */
function workLines(count: number, tickets: number): WorkLine[] {
  return Array.from({ length: count }, (_, i) => ({
    ticketRef: `ref-${i % tickets}`,
    ticketLabel: `INF-${i % tickets}`,
    title: null,
    requester: 'Ana Rojas',
    kind: 'corrective',
    workedOn: `2026-03-${String(1 + (i % 28)).padStart(2, '0')}`,
    workedMinutes: 30 + (i % 7),
    chargedMinutes: 60,
    reasons: [],
    approvedOn: null,
  }));
}

const cellsOf = (blocks: ReturnType<typeof condensedWork>) => {
  const table = blocks?.find((b) => b.kind === 'table');
  if (table?.kind !== 'table') throw new Error('no table');
  return table.rows;
};

describe('long detail condensed for printing', () => {
  it('a printable number of lines is printed whole', () => {
    expect(condensedWork(t, workLines(printedRowLimit, 3))).toBeUndefined();
    expect(condensedByDay(t, [1, 2], (x) => x, 'UTC', { header: 'x', keyOf: String }, 'n')).toBe(
      undefined,
    );
  });

  it('too many lines are grouped by ticket with the same counts and minutes', () => {
    const lines = workLines(printedRowLimit + 100, 40);
    const rows = cellsOf(condensedWork(t, lines));
    expect(rows).toHaveLength(40);
    const total = (column: number) =>
      rows.reduce((sum, row) => {
        const value = row[column];
        if (value?.kind === 'minutes') return sum + value.minutes;
        return sum + (value?.kind === 'count' ? value.value : 0);
      }, 0);
    expect(total(3)).toBe(lines.length);
    expect(total(4)).toBe(lines.reduce((sum, line) => sum + (line.workedMinutes ?? 0), 0));
    expect(total(5)).toBe(60 * lines.length);
  });

  it('too many tickets are grouped by day, in date order', () => {
    const lines = workLines(10_000, 10_000);
    const rows = cellsOf(condensedWork(t, lines));
    expect(rows).toHaveLength(28);
    const days = rows.map((row) => (row[0]?.kind === 'date' ? row[0].date : ''));
    expect(days).toEqual([...days].sort());
    expect(days[0]).toBe('2026-03-01');
  });

  it.skipIf(!existsSync(pdftotext))(
    'a month of 10,000 lines prints its totals per day while the CSV lists every line',
    async () => {
      const lines = workLines(10_000, 10_000);
      const doc = {
        locale: 'es' as const,
        title: 'Cartola',
        subtitle: '',
        facts: [{ label: 'Período', value: { kind: 'text' as const, text: 'marzo de 2026' } }],
        sections: [
          {
            heading: 'Consumos',
            blocks: [
              {
                kind: 'table' as const,
                columns: [{ header: 'Ticket' }],
                rows: lines.map((line) => [{ kind: 'text' as const, text: line.ticketLabel }]),
                empty: '',
              },
            ],
            condensed: condensedWork(t, lines),
          },
        ],
        footer: '',
      };
      const pdf = await renderPdf(doc, new Date(Date.UTC(2026, 3, 1)));
      const text = execFileSync(pdftotext, ['-layout', '-enc', 'UTF-8', '-', '-'], { input: pdf })
        .toString('utf8')
        .replace(/[ \t]+/g, ' ');
      expect(text).toContain('10000 líneas: demasiadas para imprimir');
      expect(text).not.toContain('INF-9999');
      const csv = renderCsv(doc).toString('utf8');
      expect(csv).toContain('INF-9999\r\n');
      expect(csv.split('\r\n').filter((line) => line.startsWith('INF-'))).toHaveLength(10_000);
    },
  );
});
