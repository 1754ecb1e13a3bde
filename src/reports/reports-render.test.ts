/**
 * The compliance, monitoring and planning reports rendered from their models: their figures in
 * the PDF's text (pdftotext) and in the Spanish CSV, and their charts' SVG carrying the series.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  sampleCompliance,
  sampleHeading,
  sampleMonitoring,
  samplePlanning,
} from '../../test/factories/report-samples.js';
import type { Locale } from '../i18n/index.js';
import { chartSvg } from './chart-svg.js';
import {
  complianceDocument,
  complianceTrendChart,
  metricIssueText,
  monitoringDocument,
  planningChart,
  planningDocument,
  type ReportDocument,
  renderCsv,
  renderPdf,
  renderReport,
} from './index.js';

const pdftotext = '/usr/bin/pdftotext';

async function pdfText(doc: ReportDocument): Promise<string> {
  const pdf = await renderPdf(doc, new Date(Date.UTC(2026, 2, 1)));
  const text = execFileSync(pdftotext, ['-layout', '-enc', 'UTF-8', '-', '-'], { input: pdf });
  return text.toString('utf8').replace(/[ \t]+/g, ' ');
}

const csvText = (doc: ReportDocument) => renderCsv(doc).subarray(3).toString('utf8');

const documents = (locale: Locale) => ({
  compliance: complianceDocument(sampleCompliance(), locale, sampleHeading),
  monitoring: monitoringDocument(sampleMonitoring(), locale, sampleHeading),
  planning: planningDocument(samplePlanning(), locale, sampleHeading),
});

describe.skipIf(!existsSync(pdftotext))('report PDFs read back with pdftotext', () => {
  it('compliance: the verdict over all tickets, by criticality, the trend and each breach explained', async () => {
    const text = await pdfText(documents('es').compliance);
    expect(text).toContain('Resultado del período No cumplido');
    expect(text).toContain('Primeras respuestas a tiempo 17 / 19');
    expect(text).toContain('Cumplimiento 89,47 %');
    expect(text).toMatch(/Alta 3 4 75,00 % Cumplido \(menos tickets que la muestra/);
    expect(text).toContain('INF-131');
    expect(text).toMatch(
      /INF-131 — Explicación: iniciado el jue 5 feb 10:10, objetivo 1 h en horario hábil;\s+vence el jue 5 feb 11:10/,
    );
    expect(text).toContain('objetivo incumplido el jue 5 feb 11:10');
    expect(text).toContain('Últimos 12 períodos');
    const english = await pdfText(documents('en').compliance);
    expect(english).toContain('Verdict of the period Missed');
    expect(english).toContain('target missed');
  });

  it('monitoring: metrics with their change and alerts, tickets with times, hours and recommendations', async () => {
    const text = await pdfText(documents('es').monitoring);
    expect(text).toContain('Almacenamiento usado: 86,90 % está sobre 85,00 %.');
    expect(text).toContain('Completitud: Cuentas con RUT: 94,10 % está bajo 95,00 %.');
    expect(text).toMatch(/Licencias disponibles 16-02-2026 3 5 -2 bajo 3/);
    expect(text).toMatch(/Llamadas a la API 16-02-2026 71\.050 62\.400 8\.650 sobre 90\.000/);
    expect(text).toContain('Esperando al');
    expect(text).toContain('Disponibles 18:20 h');
    expect(text).toContain('archivar los casos cerrados de 2023');
  });

  it('planning: used vs granted, the forecast charged as the plan would, idle hours and proposals', async () => {
    const text = await pdfText(documents('es').planning);
    expect(text).toMatch(/septiembre de 2025 15:00 h 26:40 h 0:00 h 2:30 h/);
    expect(text).toContain('Consumo pronosticado 13:00 h');
    expect(text).toContain('Disponibles en el mes 20:00 h');
    expect(text).toContain('Ociosas: libres para implementaciones 6:50 h');
    expect(text).toMatch(/P-08 Tablero de cumplimiento Proyecto en curso 3:00 h 2:50 h 0:10 h/);
  });
});

describe('report CSVs in Spanish', () => {
  it('carry the figures as numbers with the decimal comma', () => {
    const { compliance, monitoring, planning } = documents('es');
    expect(csvText(compliance)).toContain('Cumplimiento (%);89,47\r\n');
    expect(csvText(compliance)).toContain('Alta;3;4;75,00;');
    expect(csvText(monitoring)).toContain(
      'Almacenamiento usado;2026-02-16;86,90;83,10;3,80;sobre 85,00 %\r\n',
    );
    expect(csvText(monitoring)).toContain('Licencias disponibles;2026-02-16;3;5;-2;bajo 3\r\n');
    expect(csvText(planning)).toContain('Ociosas: libres para implementaciones (minutos);410\r\n');
  });
});

describe('charts', () => {
  it('the compliance trend SVG carries its 12 points and the threshold', () => {
    const spec = complianceTrendChart(sampleCompliance(), 'es');
    expect(spec.series[0]?.values).toHaveLength(12);
    expect(spec.series[0]?.values.at(-1)).toBe(89.47);
    const svg = chartSvg(spec, 720, 300);
    expect(svg.startsWith('<svg')).toBe(true);
    const points = svg.matchAll(/ecmeta_series_index="0" ecmeta_data_index="(\d+)"/g);
    expect(new Set([...points].map((m) => Number(m[1])))).toEqual(
      new Set(Array.from({ length: 12 }, (_, i) => i)),
    );
    expect(svg).toContain('% de cumplimiento');
    expect(svg).toContain('Se considera logrado desde 90 %');
  });

  it('the planning SVG has granted, used and forecast bars for every month', () => {
    const spec = planningChart(samplePlanning(), 'en');
    expect(spec.categories).toHaveLength(7);
    expect(spec.series.map((s) => s.name)).toEqual(['Granted', 'Used', 'Forecast']);
    expect(spec.series[2]?.values.at(-1)).toBe(13);
    const svg = chartSvg(spec, 720, 300);
    for (const index of [0, 1, 2]) expect(svg).toContain(`ecmeta_series_index="${index}"`);
    expect(svg).toContain('Forecast');
  });
});

describe('renderReport and metric issues', () => {
  it('names the file and media type of each format', async () => {
    const doc = documents('en').planning;
    const csv = await renderReport(doc, 'csv', 'planning-2026-03', new Date(0));
    expect([csv.contentType, csv.fileName]).toEqual([
      'text/csv; charset=utf-8',
      'planning-2026-03.csv',
    ]);
    const pdf = await renderReport(doc, 'pdf', 'planning-2026-03', new Date(0));
    expect([pdf.contentType, pdf.fileName, pdf.body.subarray(0, 5).toString()]).toEqual([
      'application/pdf',
      'planning-2026-03.pdf',
      '%PDF-',
    ]);
  });

  it('explains a refused metric row in the reader’s language', () => {
    const issue = {
      path: 'rows[2].value',
      code: 'out_of_range',
      params: { min: 0, max: 100 },
    } as const;
    expect(metricIssueText('es', issue)).toBe('Debe estar entre 0 y 100.');
    expect(metricIssueText('en', issue)).toBe('Must be from 0 to 100.');
  });
});
