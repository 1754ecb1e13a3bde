/**
 * Renders one sample of each report in Spanish (test/factories/report-samples.ts) and saves its
 * first page as a PNG in docs/, for the README:
 *   npx tsx scripts/render-report-samples.ts
 * Needs poppler's pdftoppm (Debian: poppler-utils).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  complianceDocument,
  monitoringDocument,
  planningDocument,
  type ReportDocument,
  renderPdf,
  statementDocument,
} from '../src/reports/index.js';
import {
  sampleCompliance,
  sampleHeading,
  sampleMonitoring,
  samplePlanning,
  sampleStatement,
} from '../test/factories/report-samples.js';

const samples: [name: string, doc: ReportDocument][] = [
  ['statement', statementDocument(sampleStatement(8), 'es', sampleHeading)],
  ['compliance', complianceDocument(sampleCompliance(), 'es', sampleHeading)],
  ['monitoring', monitoringDocument(sampleMonitoring(), 'es', sampleHeading)],
  ['planning', planningDocument(samplePlanning(), 'es', sampleHeading)],
];

const work = mkdtempSync(join(tmpdir(), 'pacta-samples-'));
try {
  for (const [name, doc] of samples) {
    const pdf = join(work, `${name}.pdf`);
    writeFileSync(pdf, await renderPdf(doc, new Date(Date.UTC(2026, 2, 1))));
    const png = join('docs', `report-${name}`);
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, png]);
    console.log(`${png}.png`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
