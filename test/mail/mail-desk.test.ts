import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { MailSummary } from '../../src/app/mail/index.js';
import { messageVisibilities } from '../../src/domain/tickets/index.js';
import { parseMail } from '../../src/mail/parse.js';
import { demoUserByRole } from '../support/demo.js';
import { describeEachEngine } from '../support/engines.js';
import { type MailHarness, startMailHarness } from '../support/mail.js';

describeEachEngine('mail, the official channel, through real SMTP servers', (database) => {
  let mail: MailHarness;
  let seen = 0;
  const requester = demoUserByRole.client_requester;
  const desk = 'soporte@andino.test';

  beforeAll(async () => {
    mail = await startMailHarness(database().handle);
  });
  afterAll(() => mail?.stop());
  beforeEach(async () => {
    await mail.dispatchAndSend();
    seen = mail.capture.messages.length;
  });

  /** The stored message with this Message-ID, once processed. */
  async function fateOf(messageId: string): Promise<MailSummary> {
    const all = await mail.test.store.mailMessages.list({ limit: 500 });
    const found = all.find((m) => m.messageId === messageId);
    if (!found) throw new Error(`no stored message ${messageId}`);
    return found;
  }

  async function send(message: Parameters<MailHarness['deliver']>[0]) {
    const response = await mail.deliver(message);
    expect(response).toMatch(/^250 /);
    await mail.process();
  }

  /** The mail Pacta sent since the test began, parsed. */
  async function sentSince() {
    await mail.dispatchAndSend();
    const raw = mail.capture.messages.slice(seen);
    return Promise.all(raw.map((m) => parseMail(m.raw, { source: 'smtp', rcptTo: m.rcptTo })));
  }

  it('an authorised requester of one contract opens a ticket by mail, acknowledged with the ticket token in Reply-To and the [#n] tag', async () => {
    await send({
      from: `Lucía Pérez <${requester}>`,
      to: desk,
      subject: 'No carga el catálogo',
      text: 'Desde esta mañana el catálogo no carga.\n\nLucía',
      messageId: '<new-1@tiendasol.demo>',
      attachments: [{ filename: 'error.pdf', content: Buffer.from('%PDF-1.4\n%…\n') }],
    });
    const stored = await fateOf('new-1@tiendasol.demo');
    expect(stored.lastError).toBeNull();
    expect(stored).toMatchObject({ fate: 'ticket', reason: null });
    const ticket = await mail.test.store.tickets.find(stored.ticketId ?? '');
    expect(ticket).toMatchObject({
      contractId: mail.desk.contractId,
      channel: 'email',
      subject: 'No carga el catálogo',
      requesterId: mail.desk.requesterId,
    });
    const [first] = await mail.test.store.tickets.messages(ticket?.id ?? '', messageVisibilities);
    expect(first?.body).toContain('el catálogo no carga');
    expect(first?.attachments).toMatchObject([
      { name: 'error.pdf', contentType: 'application/pdf' },
    ]);

    const sent = await sentSince();
    expect(sent).toHaveLength(1);
    const ack = sent[0]?.inbound;
    expect(ack?.subject).toBe(`[#${ticket?.number}] Recibimos su solicitud: No carga el catálogo`);
    expect(ack?.headers['auto-submitted']).toEqual(['auto-generated']);
    expect(ack?.headers['reply-to']?.[0]).toMatch(/soporte\+t-[a-z0-9]{32}@andino\.test/);
    expect(mail.capture.messages.at(-1)?.rcptTo).toEqual([requester]);
  });

  it('a reply joins its ticket by the Reply-To token even when a relay rewrote every Message-ID; the quoted history is stripped', async () => {
    await send({
      from: requester,
      to: desk,
      subject: 'Informe semanal',
      text: 'El informe falla.',
      messageId: '<new-2@tiendasol.demo>',
    });
    const ticketId = (await fateOf('new-2@tiendasol.demo')).ticketId;
    const [ack] = await sentSince();
    const replyTo = ack?.inbound.headers['reply-to']?.[0] ?? '';
    const token = /soporte\+t-[a-z0-9]+@andino\.test/.exec(replyTo)?.[0] ?? '';
    await send({
      from: requester,
      to: token,
      subject: 'RE: informe',
      text: 'Ya lo probé y sigue igual.\n\nEl lun, 2 mar 2026 a las 9:00, Soporte <soporte@andino.test> escribió:\n> Recibimos su solicitud',
      messageId: '<rewritten-by-relay-1@relay.example>',
      inReplyTo: '<not-ours@relay.example>',
    });
    const reply = await fateOf('rewritten-by-relay-1@relay.example');
    expect(reply).toMatchObject({ fate: 'reply', ticketId });
    const messages = await mail.test.store.tickets.messages(ticketId ?? '', messageVisibilities);
    expect(messages.at(-1)?.body).toBe('Ya lo probé y sigue igual.');
  });

  it('without a token a reply joins by the [#n] subject tag, then by In-Reply-To', async () => {
    await send({
      from: requester,
      to: desk,
      subject: 'Usuarios bloqueados',
      text: 'Tres usuarios bloqueados.',
      messageId: '<new-3@tiendasol.demo>',
    });
    const ticketId = (await fateOf('new-3@tiendasol.demo')).ticketId ?? '';
    const ticket = await mail.test.store.tickets.find(ticketId);
    await send({
      from: requester,
      to: desk,
      subject: `RV: [#${ticket?.number}] Usuarios`,
      text: 'Son cuatro.',
      messageId: '<tag-1@tiendasol.demo>',
    });
    expect(await fateOf('tag-1@tiendasol.demo')).toMatchObject({ fate: 'reply', ticketId });
    await send({
      from: requester,
      to: desk,
      subject: 'Re: bloqueados',
      text: 'Y uno más.',
      messageId: '<irt-1@tiendasol.demo>',
      inReplyTo: '<new-3@tiendasol.demo>',
    });
    expect(await fateOf('irt-1@tiendasol.demo')).toMatchObject({ fate: 'reply', ticketId });
  });

  it('an unknown sender, a contact who is not an authorised requester, and mail claiming our own address wait in quarantine with the reason', async () => {
    await send({
      from: 'nadie@desconocido.example',
      to: desk,
      subject: 'Hola',
      text: 'Consulta',
      messageId: '<q-1@x.example>',
    });
    await send({
      from: 'contacto@clinicanorte.demo',
      to: desk,
      subject: 'Hola',
      text: 'Consulta',
      messageId: '<q-2@x.example>',
    });
    await send({
      from: 'soporte@andino.test',
      to: desk,
      subject: 'Hola',
      text: 'Consulta',
      messageId: '<q-3@x.example>',
    });
    expect(await fateOf('q-1@x.example')).toMatchObject({
      fate: 'quarantined',
      reason: 'unknown_sender',
    });
    expect(await fateOf('q-2@x.example')).toMatchObject({
      fate: 'quarantined',
      reason: 'not_authorised',
    });
    expect(await fateOf('q-3@x.example')).toMatchObject({
      fate: 'quarantined',
      reason: 'claims_own_address',
    });
    expect(await sentSince()).toEqual([]);
  });

  it('auto-replies, null return paths and our own mail coming back are ignored and never answered', async () => {
    await send({
      from: requester,
      to: desk,
      subject: 'Fuera de la oficina',
      text: 'Vuelvo el lunes',
      messageId: '<ooo-1@tiendasol.demo>',
      headers: { 'Auto-Submitted': 'auto-replied' },
    });
    await send({
      from: requester,
      to: desk,
      subject: 'Boletín',
      text: 'Novedades',
      messageId: '<bulk-1@tiendasol.demo>',
      headers: { Precedence: 'bulk' },
    });
    await send({
      from: requester,
      to: desk,
      subject: 'Eco',
      text: 'Eco',
      messageId: '<loop-1@tiendasol.demo>',
      headers: { 'X-Pacta-Loop': 'andino-test' },
    });
    expect(await fateOf('ooo-1@tiendasol.demo')).toMatchObject({
      fate: 'ignored',
      reason: 'auto_submitted',
    });
    expect(await fateOf('bulk-1@tiendasol.demo')).toMatchObject({
      fate: 'ignored',
      reason: 'precedence_bulk',
    });
    expect(await fateOf('loop-1@tiendasol.demo')).toMatchObject({
      fate: 'ignored',
      reason: 'own_notification',
    });
    expect(await sentSince()).toEqual([]);
  });

  it('the same message delivered twice is stored once; a second copy with the same Message-ID is ignored as a duplicate', async () => {
    const raw = Buffer.from(
      `From: ${requester}\r\nTo: ${desk}\r\nSubject: Dos veces\r\nMessage-ID: <twice@tiendasol.demo>\r\n\r\nHola\r\n`,
    );
    const { acceptMail } = await import('../../src/app/mail/index.js');
    const envelope = { source: 'smtp' as const, rcptTo: [desk] };
    const first = await acceptMail({ ...mail.test.modules.mail, raw, envelope });
    const again = await acceptMail({ ...mail.test.modules.mail, raw, envelope });
    expect(again).toEqual({ id: first.id, inserted: false });
    await mail.process();
    const copy = Buffer.concat([Buffer.from('Received: from relay2\r\n'), raw]);
    await acceptMail({ ...mail.test.modules.mail, raw: copy, envelope });
    await mail.process();
    const stored = (await mail.test.store.mailMessages.list({ limit: 500 })).filter(
      (m) => m.messageId === 'twice@tiendasol.demo',
    );
    expect(stored.map((m) => m.fate).sort()).toEqual(['ignored', 'ticket']);
    expect(stored.find((m) => m.fate === 'ignored')?.reason).toBe('duplicate');
  });

  it('an agent’s public reply goes out by mail with the ticket’s marks, and counts as the first response; the acknowledgement does not', async () => {
    await send({
      from: requester,
      to: desk,
      subject: 'Permisos',
      text: 'No veo el tablero.',
      messageId: '<new-4@tiendasol.demo>',
    });
    const ticketId = (await fateOf('new-4@tiendasol.demo')).ticketId ?? '';
    await sentSince();
    seen = mail.capture.messages.length;
    let detail = (
      await mail.test.app.inject({ url: `/api/tickets/${ticketId}`, headers: mail.desk.agent })
    ).json();
    expect(detail.sla.firstResponse.state).not.toBe('met');
    const res = await mail.test.app.inject({
      method: 'POST',
      url: `/api/tickets/${ticketId}/replies`,
      headers: mail.desk.agent,
      payload: { body: '¿Qué perfil tiene el usuario?' },
    });
    expect(res.statusCode).toBe(201);
    detail = res.json();
    expect(detail.sla.firstResponse.state).toBe('met');
    const sent = await sentSince();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.inbound.text).toContain('¿Qué perfil tiene el usuario?');
    expect(sent[0]?.inbound.subject).toBe(`[#${detail.ticket.number}] Re: Permisos`);
    expect(sent[0]?.inbound.headers['auto-submitted']).toBeUndefined();
  });

  it('a reply to a closed ticket opens a new ticket on the same contract', async () => {
    await send({
      from: requester,
      to: desk,
      subject: 'Cerrado',
      text: 'Algo',
      messageId: '<new-5@tiendasol.demo>',
    });
    const ticketId = (await fateOf('new-5@tiendasol.demo')).ticketId ?? '';
    const ticket = await mail.test.store.tickets.find(ticketId);
    for (const status of ['resolved', 'closed']) {
      const res = await mail.test.app.inject({
        method: 'POST',
        url: `/api/tickets/${ticketId}/status`,
        headers: mail.desk.agent,
        payload: { status },
      });
      expect(res.statusCode, res.payload).toBe(200);
    }
    await send({
      from: requester,
      to: desk,
      subject: `Re: [#${ticket?.number}] Cerrado`,
      text: 'Volvió a pasar.',
      messageId: '<after-close@tiendasol.demo>',
    });
    const followUp = await fateOf('after-close@tiendasol.demo');
    expect(followUp.fate).toBe('ticket');
    expect(followUp.ticketId).not.toBe(ticketId);
    const created = await mail.test.store.tickets.find(followUp.ticketId ?? '');
    expect(created).toMatchObject({ contractId: ticket?.contractId, status: 'new' });
  });

  it('an administrator lists the quarantine, releases a message to a ticket on a contract and discards another; others may not', async () => {
    await send({
      from: 'nueva@tiendasol.demo',
      to: desk,
      subject: 'Soy nueva',
      text: 'Necesito acceso.',
      messageId: '<rel-1@x.example>',
    });
    await send({
      from: 'spam@x.example',
      to: desk,
      subject: 'Oferta',
      text: 'Compre ya',
      messageId: '<dis-1@x.example>',
    });
    const admin = { cookie: await mail.test.cookieFor(demoUserByRole.provider_admin) };
    const list = await mail.test.app.inject({
      url: '/api/mail/messages?fate=quarantined',
      headers: admin,
    });
    expect(list.statusCode).toBe(200);
    const quarantined: { id: string; messageId: string; reason: string }[] = list.json();
    const release = quarantined.find((m) => m.messageId === 'rel-1@x.example');
    const discard = quarantined.find((m) => m.messageId === 'dis-1@x.example');
    expect(release?.reason).toBe('unknown_sender');
    expect(
      (await mail.test.app.inject({ url: '/api/mail/messages', headers: mail.desk.agent }))
        .statusCode,
    ).toBe(403);
    const released = await mail.test.app.inject({
      method: 'POST',
      url: `/api/mail/messages/${release?.id}/release`,
      headers: admin,
      payload: { contractId: mail.desk.contractId, requesterId: mail.desk.requesterId },
    });
    expect(released.statusCode, released.payload).toBe(200);
    expect(released.json()).toMatchObject({ fate: 'ticket' });
    const ticket = await mail.test.store.tickets.find(released.json().ticketId);
    expect(ticket).toMatchObject({
      subject: 'Soy nueva',
      channel: 'email',
      requesterId: mail.desk.requesterId,
    });
    const again = await mail.test.app.inject({
      method: 'POST',
      url: `/api/mail/messages/${release?.id}/discard`,
      headers: admin,
    });
    expect(again.statusCode).toBe(422);
    const discarded = await mail.test.app.inject({
      method: 'POST',
      url: `/api/mail/messages/${discard?.id}/discard`,
      headers: admin,
    });
    expect(discarded.json()).toEqual({ fate: 'ignored', reason: 'discarded', ticketId: null });
    const audit = (
      await mail.test.app.inject({ url: '/api/audit?limit=20', headers: admin })
    ).json();
    expect(JSON.stringify(audit)).toContain(`"resourceId":"${discard?.id}"`);
  });
});
