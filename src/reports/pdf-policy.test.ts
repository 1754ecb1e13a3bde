/**
 * pdfmake can fetch fonts and images by URL and read local files: the report renderer allows
 * neither (every URL is refused before any request, local files are limited to the embedded
 * fonts). A local HTTP server counts the requests that would have been made.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartSvg } from './chart-svg.js';
import { printPdf } from './pdf.js';

let hits = 0;
const server = createServer((_, response) => {
  hits += 1;
  response.writeHead(200, { 'content-type': 'image/png' }).end();
});
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the PDF renderer fetches and reads nothing', () => {
  it('refuses an image given by URL without requesting it', async () => {
    const printing = printPdf({
      content: [{ image: 'logo' }],
      images: { logo: `${base}/logo.png` },
    });
    await expect(printing).rejects.toThrow(/denied/);
    expect(hits).toBe(0);
  });

  it('refuses an inline image URL and a local file outside the fonts', async () => {
    await expect(printPdf({ content: [{ image: `${base}/inline.png` }] })).rejects.toThrow(
      /denied/,
    );
    await expect(printPdf({ content: [{ image: '/etc/hostname' }] })).rejects.toThrow(/denied/);
    expect(hits).toBe(0);
  });

  it('still prints text with the embedded font', async () => {
    const pdf = await printPdf({ content: ['Año: UF 1,1000 — ñandú'] });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.includes('Roboto')).toBe(true);
  });

  it('a chart title cannot smuggle an image element into the SVG', () => {
    const svg = chartSvg(
      {
        title: `<image href="${base}/x.png"/>`,
        categories: ['a'],
        series: [{ name: '<image href="/etc/hostname"/>', type: 'bar', values: [1] }],
        unit: 'hours',
        reference: null,
      },
      400,
      200,
    );
    expect(svg).not.toContain('<image');
    expect(svg).toContain('&lt;image');
  });
});
