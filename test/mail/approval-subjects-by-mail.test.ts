/**
 * Quotes and agency deliverables decided by mail, end to end through real SMTP servers: Pacta's
 * request is captured by an SMTP server, the decision-maker's reply is sent with nodemailer to
 * the SMTP listener — through the organisation's trusted relay (127.0.0.2, which DKIM and SPF
 * need not vouch for), or straight from 127.0.0.1 signed with DKIM (nodemailer's `dkim` option;
 * the public keys served by mailauth's resolver option, no network). One listener for the file.
 */
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendQueuedMail } from '../../src/app/mail/index.js';
import type { Role } from '../../src/domain/identity/roles.js';
import { type ParsedMail, parseMail } from '../../src/mail/parse.js';
import { type DatabaseHandle, openEmbedded } from '../../src/store/database.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { bogotaSpec } from '../factories/agency.js';
import {
  bogotaWall,
  callerAs,
  demoUserId,
  moveClockTo,
  signAgencyContract,
  tiendaSolPeople,
} from '../support/agency.js';
import { demoUserByRole } from '../support/demo.js';
import { type MailHarness, startMailHarness } from '../support/mail.js';

/** A message as Pacta's parser reads it. */
type ParsedInbound = ParsedMail['inbound'];

const decider = demoUserByRole.client_decision_maker;
const relay = '127.0.0.2';
const key = (domain: string) => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
  const p = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  return {
    record: { [`s1._domainkey.${domain}:TXT`]: [[`v=DKIM1; k=rsa; p=${p}`]] },
    dkim: {
      domainName: domain,
      keySelector: 's1',
      privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    },
  };
};
/** The decision-maker's own domain, and a mailing service that signs with its own. */
const own = key('tiendasol.demo');
const mailer = key('mailer.example');
const records = {
  ...own.record,
  ...mailer.record,
  '_dmarc.tiendasol.demo:TXT': [['v=DMARC1; p=reject']],
};
const uf = (amount: string) => ({ amount, currency: 'CLF' });

let database: DatabaseHandle;
let mail: MailHarness;
let call: ReturnType<typeof callerAs>['call'];
let forget: () => void;

beforeAll(async () => {
  database = await openEmbedded('memory');
  await migrateToLatest(database.db);
  mail = await startMailHarness(database, records, undefined, [relay]);
  ({ call, forget } = callerAs(mail.test));
});
afterAll(async () => {
  await mail?.stop();
  await database?.close();
});

const ok = async (role: Role, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => {
  const res = await call(role, method, url, payload);
  expect(res.statusCode, res.payload).toBeLessThan(300);
  return res.json();
};

/** The approval requests mailed to the decision-maker since `since`, parsed, with their reply address. */
async function approvalMails(since: number): Promise<(ParsedInbound & { replyTo: string })[]> {
  await mail.dispatchAndSend();
  const sent = mail.capture.messages.slice(since).filter((m) => m.rcptTo.includes(decider));
  const parsed = await Promise.all(
    sent.map(async (m) => (await parseMail(m.raw, { source: 'smtp', rcptTo: m.rcptTo })).inbound),
  );
  return parsed.flatMap((inbound) => {
    const replyTo = /soporte\+a-[a-z0-9]+@andino\.test/.exec(
      inbound.headers['reply-to']?.[0] ?? '',
    )?.[0];
    return replyTo === undefined ? [] : [{ ...inbound, replyTo }];
  });
}

/** The mail Pacta sent back to the decision-maker since `since`, parsed. */
async function answersSince(since: number): Promise<ParsedInbound[]> {
  await mail.dispatchAndSend();
  const sent = mail.capture.messages.slice(since).filter((m) => m.rcptTo.includes(decider));
  return Promise.all(
    sent.map(async (m) => (await parseMail(m.raw, { source: 'smtp', rcptTo: m.rcptTo })).inbound),
  );
}

async function fateOf(messageId: string) {
  const all = await mail.test.store.mailMessages.list({ limit: 500 });
  return all.find((m) => m.messageId === messageId);
}

/** The audit entries of approvals by mail, as their actions read. */
async function approvalAudit(): Promise<string[]> {
  const audit = await mail.test.store.audit.list({ resourceType: 'mail_approvals', limit: 100 });
  return audit.map((entry) => entry.action);
}

/** Replies to an approval mail as the decision-maker; resolves when the reply was processed. */
async function reply(
  asked: { replyTo: string; subject: string },
  text: string,
  messageId: string,
  how: { relay: true } | { dkim: typeof own.dkim },
) {
  const answer = await mail.deliver(
    {
      from: `Andrés Gómez <${decider}>`,
      to: asked.replyTo,
      envelope: {
        from: `rebotes@${'relay' in how ? 'tiendasol.demo' : how.dkim.domainName}`,
        to: [asked.replyTo],
      },
      subject: `Re: ${asked.subject}`,
      text,
      messageId: `<${messageId}>`,
      ...('dkim' in how ? { dkim: how.dkim } : {}),
    },
    'relay' in how ? relay : undefined,
  );
  expect(answer).toMatch(/^250 /);
  await mail.process();
}

describe('quotes decided by mail through real SMTP servers', () => {
  let base = '';
  const content = (title: string) => ({
    title,
    lines: [
      { kind: 'hours', description: 'Diseño del flujo', minutes: 20 * 60, ratePerHour: uf('1.10') },
      { kind: 'hours', description: 'Ajuste de reglas', minutes: 20, ratePerHour: uf('1.10') },
      { kind: 'fixed', description: 'Licencia del conector', amount: uf('3.5') },
    ],
    validUntil: '2026-03-31',
    terms: 'Pago a 30 días.',
  });
  /** Drafts and sends a quote; resolves with it and the mail its decision-maker received. */
  async function sentQuote(title: string) {
    const since = mail.capture.messages.length;
    const quote = await ok('account_manager', 'POST', `${base}/quotes`, {
      origin: { kind: 'standalone' },
      content: content(title),
    });
    await ok('account_manager', 'POST', `${base}/quotes/${quote.id}/send`);
    const [asked, ...more] = await approvalMails(since);
    expect(more).toEqual([]);
    if (!asked) throw new Error('no approval mail was sent');
    const state = async () =>
      (await ok('account_manager', 'GET', `${base}/quotes/${quote.id}`)).state;
    return { id: quote.id as string, asked, state };
  }

  beforeAll(async () => {
    base = `/api/quotes/contracts/${mail.desk.contractId}`;
  });

  it('a sent quote version is approved by replying APROBADO through a trusted relay, audited with the message id', async () => {
    const quote = await sentQuote('Integración con el ERP');
    expect(quote.asked.subject).toBe(
      'Aprobación solicitada: cotización "Integración con el ERP" (versión 1)',
    );
    // 20 h 20 min × UF 1.10 + UF 3.5, exact at the four decimals of the UF, in Spanish marks
    expect(quote.asked.text).toContain(': UF 25,8667, válida hasta el 31 de marzo de 2026');
    await reply(quote.asked, 'APROBADO\n\nSaludos.', 'quote-ok@tiendasol.demo', { relay: true });
    expect(await fateOf('quote-ok@tiendasol.demo')).toMatchObject({ fate: 'approval' });
    expect(await quote.state()).toBe('approved');
    const stored = await fateOf('quote-ok@tiendasol.demo');
    expect(await approvalAudit()).toContain(`mail ${stored?.id} <quote-ok@tiendasol.demo>`);
  });

  it("a reply DKIM-signed by the person's own domain decides without a trusted relay", async () => {
    const quote = await sentQuote('Tablero de ventas');
    await reply(quote.asked, 'APROBADO', 'quote-dkim@tiendasol.demo', { dkim: own.dkim });
    expect(await fateOf('quote-dkim@tiendasol.demo')).toMatchObject({ fate: 'approval' });
    expect(await quote.state()).toBe('approved');
  });

  it('a reply signed by another domain fails alignment: it is answered with why, and nothing changes', async () => {
    const quote = await sentQuote('Portal de clientes');
    const since = mail.capture.messages.length;
    await reply(quote.asked, 'APROBADO', 'quote-esp@mailer.example', { dkim: mailer.dkim });
    expect(await fateOf('quote-esp@mailer.example')).toMatchObject({
      fate: 'quarantined',
      reason: 'approval_not_authenticated',
    });
    expect(await quote.state()).toBe('sent');
    const [answer, ...more] = await answersSince(since);
    expect(more).toEqual([]);
    expect(answer?.subject).toBe('Su respuesta de aprobación no fue aceptada');
    expect(answer?.text).toContain('no pasó DKIM ni SPF');
    expect(answer?.headers['in-reply-to']?.[0]).toContain('quote-esp@mailer.example');
  });
});

describe('agency deliverables answered by mail through real SMTP servers', () => {
  let base = '';
  let url = '';
  let deliverableId = '';
  /** The deliverable as the client's board shows it. */
  const onBoard = async () => {
    const board = await ok('client_decision_maker', 'GET', `${base}/board`);
    return board.deliverables.find((d: { id: string }) => d.id === deliverableId);
  };

  beforeAll(async () => {
    const contractId = await signAgencyContract(mail.test, bogotaSpec);
    base = `/api/agency/contracts/${contractId}`;
    await ok('account_manager', 'PUT', `${base}/setup`, {
      operationStart: '2026-03-02',
      people: await tiendaSolPeople(mail.test),
    });
    await mail.dispatchAndSend();
    await sendQueuedMail({ ...mail.test.modules.mail, limit: 1000 }); // the ceremonies' invitations
    const planned = await ok('agent', 'POST', `${base}/deliverables`, {
      title: 'Landing de temporada',
      sprintNumber: 1,
      ownerId: await demoUserId(mail.test, 'account_manager'),
      due: bogotaWall('2026-03-27 17:00'),
    });
    deliverableId = planned.id;
    url = `${base}/deliverables/${deliverableId}`;
    await ok('agent', 'POST', `${url}/start`);
    moveClockTo(mail.test, bogotaWall('2026-03-03 10:00'));
    forget();
  });

  it('a reply RECHAZADO with the reason asks for changes: the round is counted with the reason as its change', async () => {
    const since = mail.capture.messages.length;
    await ok('agent', 'POST', `${url}/delivery`);
    const [asked] = (await approvalMails(since)).filter((m) => m.subject.includes('entregable'));
    if (!asked) throw new Error('no approval mail for the delivery');
    expect(asked.subject).toBe('Aprobación solicitada: entregable "Landing de temporada"');

    const reason = 'el titular debe ir en azul';
    await reply(asked, `RECHAZADO: ${reason}`, 'deliv-no@tiendasol.demo', { relay: true });
    expect(await fateOf('deliv-no@tiendasol.demo')).toMatchObject({ fate: 'approval' });
    const deliverable = await onBoard();
    expect(deliverable).toMatchObject({ state: 'changes_requested', round: 1 });
    expect(deliverable.rounds).toEqual([
      expect.objectContaining({ number: 1, items: [expect.objectContaining({ text: reason })] }),
    ]);
    const stored = await fateOf('deliv-no@tiendasol.demo');
    expect(await approvalAudit()).toContain(`mail ${stored?.id} <deliv-no@tiendasol.demo>`);
  });

  it("changes are asked through the re-delivery's one-time link, on a page worded for a deliverable (es, en) that takes the reason: round 2", async () => {
    const again = mail.capture.messages.length;
    await ok('agent', 'POST', `${url}/delivery`);
    const [second] = (await approvalMails(again)).filter((m) => m.subject.includes('entregable'));
    const link = /Solicitar cambios: (\S+\/approvals\/\S+\/rejected\?sig=\S+)/.exec(
      second?.text ?? '',
    )?.[1];
    if (!link) throw new Error('no link to ask for changes');
    const path = `${new URL(link).pathname}${new URL(link).search}`;
    const page = (language: string) =>
      mail.test.app.inject({ method: 'GET', url: path, headers: { 'accept-language': language } });
    const spanish = (await page('es')).body;
    expect(spanish).toContain('¿Solicitar cambios a este entregable?');
    expect(spanish).toContain('¿Qué debe cambiar? (obligatorio)');
    expect(spanish).toMatch(/<textarea[^>]*name="reason"[^>]*required/);
    expect(spanish).toContain('>Solicitar cambios</button>');
    const english = (await page('en')).body;
    expect(english).toContain('Ask for changes to this deliverable?');
    expect(english).toContain('What should change? (required)');
    const submit = (reason: string) =>
      mail.test.app.inject({
        method: 'POST',
        url: path,
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'es' },
        payload: new URLSearchParams({ reason }).toString(),
      });
    const tooLong = await submit('x'.repeat(2001));
    expect([tooLong.statusCode, tooLong.json().error?.fields?.[0]?.path]).toEqual([
      400,
      'body.reason',
    ]);
    expect(await onBoard()).toMatchObject({ state: 'delivered' });
    const post = await submit('el titular sigue en rojo');
    expect(post.statusCode).toBe(200);
    expect(post.body).toContain('Se solicitaron cambios al entregable; la agencia fue avisada.');
    const redone = await onBoard();
    expect(redone).toMatchObject({ state: 'changes_requested', round: 2 });
    expect(redone.rounds.at(-1)).toMatchObject({
      number: 2,
      items: [expect.objectContaining({ text: 'el titular sigue en rojo' })],
    });
  });
});
