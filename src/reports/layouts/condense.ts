/**
 * Long detail condensed for printing (see `Section.condensed`): a period of thousands of lines
 * reads in the PDF and on the web page as the same totals grouped by ticket, or by day when even
 * the tickets are too many, with a note that the CSV lists every line. pdfmake needs about as
 * long per table row as the whole rest of a statement, so printing 10,000 lines would take
 * seconds and some 300 pages nobody reads; the CSV, which Excel sums, keeps them all.
 */
import type { WorkLine } from '../../domain/reports/index.js';
import { localDateIn } from '../../domain/time/index.js';
import { type Block, type Cell, cell, printedRowLimit } from '../document.js';
import type { Translator as T } from '../words.js';
import { note, table } from './heading.js';

/** Groups items by a key, keeping the order in which keys first appear. */
function groupBy<Item>(items: readonly Item[], keyOf: (item: Item) => string): Item[][] {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()];
}

function sums(lines: readonly WorkLine[]): [Cell, Cell, Cell] {
  let worked = 0;
  let charged = 0;
  for (const line of lines) {
    worked += line.workedMinutes ?? 0;
    charged += line.chargedMinutes;
  }
  return [cell.count(lines.length), cell.minutes(worked), cell.minutes(charged)];
}

/** Work lines condensed by ticket, or by day when there are too many tickets; undefined when short enough to print. */
export function condensedWork(t: T, lines: readonly WorkLine[]): Block[] | undefined {
  if (lines.length <= printedRowLimit) return undefined;
  const count = { lines: lines.length };
  const totals = [t('reports.col.entries'), t('reports.col.worked'), t('reports.col.charged')];
  const byTicket = groupBy(lines, (line) => line.ticketRef);
  if (byTicket.length <= printedRowLimit) {
    const headers = [t('reports.col.ticket'), t('reports.col.requester'), t('reports.col.kind')];
    const rows = byTicket.map((group) => {
      const [first] = group as [WorkLine];
      const name = first.title ? `${first.ticketLabel} · ${first.title}` : first.ticketLabel;
      return [
        cell.text(name),
        cell.text(first.requester),
        cell.text(t(`kind.${first.kind}`)),
        ...sums(group),
      ];
    });
    return [note(t('reports.condensed.byTicket', count)), table([...headers, ...totals], rows, '')];
  }
  const byDay = groupBy(lines, (line) => line.workedOn).sort((a, b) =>
    (a[0]?.workedOn ?? '') < (b[0]?.workedOn ?? '') ? -1 : 1,
  );
  const rows = byDay.map((group) => [
    cell.date(group[0]?.workedOn ?? null),
    cell.count(new Set(group.map((line) => line.ticketRef)).size),
    ...sums(group),
  ]);
  const headers = [t('reports.col.date'), t('reports.col.tickets'), ...totals];
  return [note(t('reports.condensed.byDay', count)), table(headers, rows, '')];
}

/** Tickets condensed to a count per local day (and a second key, e.g. the criticality); undefined when short enough. */
export function condensedByDay<Item>(
  t: T,
  items: readonly Item[],
  at: (item: Item) => number,
  timeZone: string,
  by: { header: string; keyOf: (item: Item) => string },
  noteText: string,
): Block[] | undefined {
  if (items.length <= printedRowLimit) return undefined;
  const dayOf = (item: Item) => localDateIn(timeZone, new Date(at(item)));
  const groups = groupBy(items, (item) => `${dayOf(item)}|${by.keyOf(item)}`).sort((a, b) => {
    const [x, y] = [a[0], b[0]].map((item) => (item === undefined ? '' : dayOf(item)));
    return (x ?? '') < (y ?? '') ? -1 : (x ?? '') > (y ?? '') ? 1 : 0;
  });
  const rows = groups.map((group) => {
    const [first] = group as [Item];
    return [cell.date(dayOf(first)), cell.text(by.keyOf(first)), cell.count(group.length)];
  });
  const headers = [t('reports.col.date'), by.header, t('reports.col.tickets')];
  return [note(noteText), table(headers, rows, '')];
}
