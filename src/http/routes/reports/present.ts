import type { z } from 'zod';
import type { IssuedReportSummary } from '../../../app/reports/index.js';
import { toMoneyJson } from '../../../domain/money.js';
import { type Block, type Cell, chartSvg, type ReportDocument } from '../../../reports/index.js';
import type { blockView, cellView, documentView, issuedSummaryView } from './schema.js';

function presentCell(value: Cell): z.infer<typeof cellView> {
  return value.kind === 'money' ? { kind: 'money', money: toMoneyJson(value.money) } : value;
}

function presentBlock(part: Block): z.infer<typeof blockView> {
  switch (part.kind) {
    case 'facts':
      return {
        kind: 'facts',
        facts: part.facts.map((fact) => ({
          label: fact.label,
          value: presentCell(fact.value),
          strong: fact.strong ?? false,
        })),
      };
    case 'table':
      return {
        kind: 'table',
        headers: part.columns.map((column) => column.header),
        rows: part.rows.map((row) => row.map(presentCell)),
        empty: part.empty,
      };
    case 'chart':
      return { kind: 'chart', title: part.chart.title, svg: chartSvg(part.chart, 720, 300) };
    case 'text':
      return part;
  }
}

/** A document as the API shows it: the PDF's content, values typed, charts as the PDF's SVG. */
export function presentDocument(doc: ReportDocument): z.infer<typeof documentView> {
  return {
    locale: doc.locale,
    title: doc.title,
    subtitle: doc.subtitle,
    facts: doc.facts.map((fact) => ({
      label: fact.label,
      value: presentCell(fact.value),
      strong: fact.strong ?? false,
    })),
    sections: doc.sections.map((section) => ({
      heading: section.heading,
      blocks: section.blocks.map(presentBlock),
      condensed: section.condensed?.map(presentBlock) ?? null,
    })),
    footer: doc.footer,
  };
}

/** An archived issue without its content. */
export function presentIssued(issued: IssuedReportSummary): z.infer<typeof issuedSummaryView> {
  return {
    id: issued.id,
    contractId: issued.contractId,
    kind: issued.kind,
    periodStart: issued.periodStart,
    periodLastDay: issued.periodLastDay,
    version: issued.version,
    replacesId: issued.replacesId,
    reason: issued.reason,
    issuedOn: issued.issuedOn,
    issuedAt: issued.issuedAt.toISOString(),
    contractName: issued.contractName,
    clientName: issued.clientName,
  };
}
