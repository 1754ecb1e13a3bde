/** The access export as a PDF over HTTP, read back with pdftotext, in the viewer's language. */
import { execFileSync } from 'node:child_process';
import { beforeAll, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../support/app.js';
import { demoUserByRole } from '../support/demo.js';
import { deskOn } from '../support/desk.js';
import { describeEachEngine } from '../support/engines.js';

function pdfText(body: Buffer): string {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: body });
  return text.toString('utf8').replace(/\s+/g, ' ');
}

describeEachEngine('a contact’s access export as a PDF', (database) => {
  let test: TestApp;
  let contactId: string;

  beforeAll(async () => {
    test = await buildTestApp(database().handle);
    const desk = await deskOn(test);
    expect((await desk.open({ subject: 'No puedo exportar el catálogo' })).statusCode).toBe(201);
    const cookie = await test.cookieFor(demoUserByRole.agent);
    const found = await test.app.inject({
      method: 'GET',
      url: '/api/contacts?q=solicitante%40tiendasol',
      headers: { cookie },
    });
    contactId = found.json()[0].id;
    const corrected = await test.app.inject({
      method: 'PATCH',
      url: `/api/contacts/${contactId}`,
      headers: { cookie },
      payload: { changes: { jobTitle: 'Jefa de compras' }, reason: 'pedido por la titular' },
    });
    expect(corrected.statusCode).toBe(200);
  });

  it('the PDF holds the contact’s data, its tickets and its history, old value included', async () => {
    const cookie = await test.cookieFor(demoUserByRole.provider_admin);
    const res = await test.app.inject({
      method: 'GET',
      url: `/api/contacts/${contactId}/export.pdf`,
      headers: { cookie, 'accept-language': 'es' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(`contact-${contactId}.pdf`);
    const text = pdfText(res.rawPayload);
    expect(text).toContain('Datos personales guardados de');
    expect(text).toContain('solicitante@tiendasol');
    expect(text).toContain('No puedo exportar el catálogo');
    expect(text).toContain('Jefa de compras');
    expect(text).toContain('pedido por la titular');
    // The moment of the export with its zone, never a bare UTC day that reads as tomorrow in the Americas.
    expect(text).toMatch(/\d{4}-\d\d-\d\d \d\d:\d\d UTC/);
    const english = await test.app.inject({
      method: 'GET',
      url: `/api/contacts/${contactId}/export.pdf`,
      headers: { cookie, 'accept-language': 'en' },
    });
    expect(pdfText(english.rawPayload)).toContain('Personal data held about');
  });
});
