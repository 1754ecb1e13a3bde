/**
 * The golden statement of the 14-month simulation (src/domain/reports/statement.test.ts holds the
 * hand-computed table) in the PDF's text, read back with poppler's pdftotext, and in the CSV as
 * Excel opens it: UTF-8 BOM, `;` and the decimal comma in Spanish, formulas escaped.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seed002Year } from '../../test/factories/seed002-year.js';
import { periodByIndex, scheduleOf } from '../domain/contracts/index.js';
import { hourStatement } from '../domain/reports/index.js';
import type { Locale } from '../i18n/index.js';
import { renderCsv } from './csv.js';
import { statementDocument } from './layouts/statement.js';
import { renderPdf } from './pdf.js';

const pdftotext = '/usr/bin/pdftotext';
const year = seed002Year();
const heading = {
  contractName: 'Infinity BASE',
  clientName: 'Clínica Norte',
  issuedOn: '2026-03-01',
  timeZone: 'America/Santiago',
};
const documentOf = (index: number, locale: Locale) =>
  statementDocument(
    hourStatement({ ...year, period: periodByIndex(scheduleOf(year.contract), index) }),
    locale,
    heading,
  );

/** The PDF's text with runs of spaces collapsed, as pdftotext -layout reads it. */
async function pdfText(index: number, locale: Locale): Promise<string> {
  const pdf = await renderPdf(documentOf(index, locale), new Date(Date.UTC(2026, 2, 1)));
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const text = execFileSync(pdftotext, ['-layout', '-enc', 'UTF-8', '-', '-'], { input: pdf });
  return text.toString('utf8').replace(/[ \t]+/g, ' ');
}

/** From the golden table: opening, consumed, expired, overage (h:mm), closing, overage UF, invoice UF. */
// biome-ignore format: the golden table reads as the hand computation
const golden: [string, string, string, string, string, string, string | null, string][] = [
  ['2025-01', '0:00',  '-3:20',  '0:00',  '0:00',  '6:40', null,     '25,0000'],
  ['2025-02', '6:40',  '-5:00',  '-1:40', '0:00',  '10:00', null,    '25,0000'],
  ['2025-03', '10:00', '-16:40', '0:00',  '0:00',  '3:20', null,     '25,0000'],
  ['2025-04', '3:20',  '-16:40', '0:00',  '0:00',  '11:40', null,    '25,0000'],
  ['2025-05', '11:40', '-41:40', '0:00',  '5:00',  '0:00', '5,5000', '30,5000'],
  ['2025-06', '0:00',  '-2:00',  '0:00',  '0:00',  '8:00', null,     '25,0000'],
  ['2025-07', '8:00',  '0:00',   '-8:00', '0:00',  '10:00', null,    '25,0000'],
  ['2025-08', '10:00', '-10:50', '0:00',  '0:00',  '9:10', null,     '25,0000'],
  ['2025-09', '9:10',  '-26:40', '0:00',  '2:30',  '0:00', '2,7500', '27,7500'],
  ['2025-10', '0:00',  '-5:20',  '0:00',  '0:00',  '4:40', null,     '25,0000'],
  ['2025-11', '4:40',  '-0:30',  '-4:10', '0:00',  '10:00', null,    '25,0000'],
  ['2025-12', '10:00', '-21:40', '0:00',  '1:40',  '0:00', '1,8333', '26,8333'],
  ['2026-01', '0:00',  '0:00',   '0:00',  '0:00',  '10:00', null,    '25,0000'],
  ['2026-02', '10:00', '-1:40',  '-8:20', '0:00',  '10:00', null,    '25,0000'],
];

describe.skipIf(!existsSync(pdftotext))('the statement PDF read back with pdftotext', () => {
  it.each(golden.map((row, index) => [row[0], index, row] as const))(
    'the %s statement shows the hand-computed figures to the minute and the UF',
    async (_, index, [, opening, consumed, expired, overage, closing, overageUf, totalUf]) => {
      const text = await pdfText(index, 'es');
      expect(text).toContain(`Saldo inicial ${opening} h`);
      expect(text).toContain(`Consumido ${consumed} h`);
      expect(text).toContain(`Caducado ${expired} h`);
      expect(text).toContain(`Consumo por sobre la bolsa (hora adicional) ${overage} h`);
      expect(text).toContain(`Saldo final ${closing} h`);
      expect(text).toContain('Valor del plan facturado por anticipado');
      expect(text).toContain(`Total a facturar — UF ${totalUf}`);
      if (overageUf) expect(text).toContain(`UF ${overageUf}`);
      else expect(text).not.toMatch(/Horas adicionales \d/);
    },
  );

  it('lists each consumption with its ticket, requester and reason, in English too', async () => {
    const march = await pdfText(2, 'en');
    expect(march).toContain('Hour-bank statement');
    expect(march).toContain('INF-103');
    expect(march).toContain('Carla Soto');
    expect(march).toContain('Capped at');
    expect(march).toContain('INF-103 ·');
    expect(march).toContain('Total to bill — UF 25.0000');
    const september = await pdfText(8, 'es');
    expect(september).toContain('Pendiente de aprobación del cliente');
    expect(september).toMatch(/2:30 h × UF 1,1000\s+por hora UF 2,7500/);
  });
});

/** The CSV as Excel reads it: rows of fields (our fields hold no quotes or line breaks). */
function csvRows(bytes: Buffer, delimiter: string): string[][] {
  return bytes
    .subarray(3)
    .toString('utf8')
    .split('\r\n')
    .map((line) => line.split(delimiter));
}

describe('the statement CSV opened as Excel would', () => {
  it('starts with a UTF-8 BOM and uses ";" and the decimal comma in Spanish', () => {
    const bytes = renderCsv(documentOf(4, 'es'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csvRows(bytes, ';');
    expect(rows).toContainEqual(['Saldo inicial (minutos)', '700']);
    expect(rows).toContainEqual(['Consumido (minutos)', '-2500']);
    expect(rows).toContainEqual(['Saldo final (minutos)', '0']);
    expect(rows).toContainEqual(['Horas adicionales', '5:00 h × UF 1,1000 por hora', '5,5000']);
    expect(rows).toContainEqual(['Total a facturar', '', '30,5000']);
  });

  it('uses "," and the decimal point in English, with the same figures', () => {
    const rows = csvRows(renderCsv(documentOf(11, 'en')), ',');
    expect(rows).toContainEqual(['Opening balance (min)', '600']);
    expect(rows).toContainEqual(['Total to bill', '', '26.8333']);
  });

  it.each(golden.map((row, index) => [row[0], index, row] as const))(
    'the %s CSV carries the golden totals in minutes and UF',
    (_, index, row) => {
      const rows = csvRows(renderCsv(documentOf(index, 'es')), ';');
      const minutes = (hm: string) => {
        const [h = '0', m = '0'] = hm.replace('-', '').split(':');
        return String((hm.startsWith('-') ? -1 : 1) * (Number(h) * 60 + Number(m)));
      };
      expect(rows).toContainEqual(['Saldo inicial (minutos)', minutes(row[1])]);
      expect(rows).toContainEqual(['Saldo final (minutos)', minutes(row[5])]);
      expect(rows).toContainEqual(['Total a facturar', '', row[7]]);
    },
  );

  it('escapes a cell starting with = + - @ or a tab so Excel shows it as text', () => {
    const tickets = year.tickets.map((t, i) =>
      i === 2
        ? { ...t, requester: '=HYPERLINK("http://x","y")' }
        : i === 3
          ? { ...t, requester: '@evil' }
          : t,
    );
    const statement = hourStatement({
      ...year,
      tickets,
      period: periodByIndex(scheduleOf(year.contract), 2),
    });
    const text = renderCsv(
      statementDocument(statement, 'es', { ...heading, clientName: '+cmd', contractName: '-2+3' }),
    ).toString('utf8');
    expect(text).toContain(`'=HYPERLINK(""http://x"",""y"")`);
    expect(text).toContain("'@evil");
    expect(text).toContain("'+cmd");
    expect(text).not.toMatch(/(^|;)=HYPERLINK/m);
    expect(text).toContain(';-1000\r\n');
  });
});
