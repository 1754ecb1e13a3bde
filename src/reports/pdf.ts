/**
 * PDF rendering with pdfmake on the server. Fonts are embedded from pdfmake's own Roboto files in
 * node_modules; pdfmake's fetching of fonts and images by URL is turned off (every URL is
 * refused) and local files are limited to those fonts, so a report can never make the server
 * fetch or read anything else, whatever its text says.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pdfmake, { type Content, type TableCell } from 'pdfmake';
import { chartSvg } from './chart-svg.js';
import type { Block, Cell, Fact, ReportDocument } from './document.js';
import { cellText } from './format.js';

/** What pdfmake prints: its document definition. */
type TDocumentDefinitions = Parameters<typeof pdfmake.createPdf>[0];

const fontDir = join(
  dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')),
  'fonts',
  'Roboto',
);

pdfmake.setFonts({
  Roboto: {
    normal: join(fontDir, 'Roboto-Regular.ttf'),
    bold: join(fontDir, 'Roboto-Medium.ttf'),
    italics: join(fontDir, 'Roboto-Italic.ttf'),
    bolditalics: join(fontDir, 'Roboto-MediumItalic.ttf'),
  },
});
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => path.startsWith(`${fontDir}/`));

/** Prints any pdfmake document under the policies above (the one door to pdfmake). */
export async function printPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  return Buffer.from(await pdfmake.createPdf(definition).getBuffer());
}

/** Content width of an A4 page with the margins below, in points. */
const contentWidth = 595 - 2 * 40;

function isNumeric(value: Cell): boolean {
  return value.kind !== 'text' && value.kind !== 'date' && value.kind !== 'empty';
}

/** A table cell: plain text (pdfmake's cheapest cell) unless it is a right-aligned number or bold. */
function tableCell(value: Cell, doc: ReportDocument, bold = false): TableCell {
  const text = cellText(value, doc.locale);
  return isNumeric(value) || bold
    ? { text, alignment: isNumeric(value) ? 'right' : 'left', bold }
    : text;
}

function factsTable(facts: readonly Fact[], doc: ReportDocument): Content {
  return {
    layout: 'noBorders',
    margin: [0, 2, 0, 6],
    table: {
      widths: ['*', 'auto'],
      body: facts.map((fact) => [
        { text: fact.label, bold: fact.strong ?? false },
        tableCell(fact.value, doc, fact.strong ?? false),
      ]),
    },
  };
}

function block(part: Block, doc: ReportDocument): Content {
  switch (part.kind) {
    case 'facts':
      return factsTable(part.facts, doc);
    case 'table': {
      if (part.rows.length === 0) return { text: part.empty, style: 'note' };
      const firsts = part.columns.map((_, i) =>
        part.rows.map((row) => row[i]).find((value) => value && value.kind !== 'empty'),
      );
      const numeric = firsts.map((value) => value !== undefined && isNumeric(value));
      const compact = firsts.map((v) => v === undefined || isNumeric(v) || v.kind === 'date');
      return {
        layout: 'lightHorizontalLines',
        fontSize: 8,
        margin: [0, 2, 0, 8],
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: part.columns.map((_, i) => (compact[i] ? 'auto' : '*')),
          body: [
            part.columns.map((c, i) => ({
              text: c.header,
              style: 'th',
              alignment: numeric[i] ? 'right' : 'left',
            })),
            ...part.rows.map((row) => row.map((value) => tableCell(value, doc))),
          ],
        },
      };
    }
    case 'chart':
      return { svg: chartSvg(part.chart, 720, 300), width: contentWidth, margin: [0, 4, 0, 8] };
    case 'text':
      return {
        text: part.text,
        style: part.tone === 'plain' ? undefined : part.tone,
        margin: [0, 2, 0, 6],
      };
  }
}

/** The report as a PDF (A4). `createdAt` is written as the document's creation date. */
export function renderPdf(doc: ReportDocument, createdAt: Date): Promise<Buffer> {
  return printPdf({
    pageSize: 'A4',
    pageMargins: [40, 48, 40, 48],
    info: {
      title: doc.title,
      subject: doc.subtitle,
      creator: 'Pacta',
      producer: 'Pacta',
      creationDate: createdAt,
    },
    language: doc.locale,
    defaultStyle: { font: 'Roboto', fontSize: 9 },
    styles: {
      title: { fontSize: 16, bold: true, color: '#1f3a5f' },
      subtitle: { fontSize: 11, color: '#444444', margin: [0, 2, 0, 8] },
      heading: { fontSize: 12, bold: true, color: '#1f3a5f', margin: [0, 10, 0, 4] },
      th: { bold: true, color: '#333333' },
      note: { italics: true, color: '#555555' },
      alert: { bold: true, color: '#b23a48' },
    },
    footer: (page: number, pages: number) => ({
      margin: [40, 16, 40, 0],
      columns: [
        { text: doc.footer, fontSize: 7, color: '#777777' },
        { text: `${page} / ${pages}`, alignment: 'right', fontSize: 7, color: '#777777' },
      ],
    }),
    content: [
      { text: doc.title, style: 'title' },
      { text: doc.subtitle, style: 'subtitle' },
      factsTable(doc.facts, doc),
      ...doc.sections.flatMap((section): Content[] => [
        { text: section.heading, style: 'heading' },
        ...(section.condensed ?? section.blocks).map((part) => block(part, doc)),
      ]),
    ],
  });
}
