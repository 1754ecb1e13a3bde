/**
 * Issue 17's "must show": a campaign to 10,000 contacts queued through the outbox and sent to a
 * capturing SMTP server, personalisation checked on a sample. On PostgreSQL only (the production
 * engine; batches are inserted 500 rows at a time), with a high throttle (4,000 a minute) so the
 * send takes three one-minute batches — the modules are rebuilt between batches, as after a
 * restart, and nobody is queued twice.
 */
import { randomUUID } from 'node:crypto';
import PostalMime from 'postal-mime';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { queueCampaignBatches } from '../../src/app/campaigns/index.js';
import { sendQueuedMail } from '../../src/app/mail/index.js';
import { verifyUnsubscribeToken } from '../../src/domain/communications/index.js';
import { mailReaders, smtpTransport } from '../../src/mail/adapters.js';
import { createMailSender, type MailSender } from '../../src/mail/send.js';
import { composeModules } from '../../src/main/compose.js';
import { openStore } from '../../src/store/index.js';
import { buildTestApp, randomIds, type TestApp, testUnsubscribeSecret } from '../support/app.js';
import { type CaptureSmtp, startCaptureSmtp } from '../support/capture-smtp.js';
import { demoUserByRole } from '../support/demo.js';
import { describeEachEngine } from '../support/engines.js';
import { testMailSettings } from '../support/mail.js';

const audience = 10_000;
const withoutConsent = 500;
const perMinute = 4_000;

/** Contact i's traits. */
function trait(i: number) {
  return {
    email: `cliente${i}@audiencia.example`,
    language: i % 2 === 0 ? ('es' as const) : ('en' as const),
    salutation: (['mr', 'ms', null] as const)[i % 3] ?? null,
    givenName: `Nombre${i}`,
    familyName: `Apellido${i}`,
    store: `Tienda ${i}`,
  };
}

const version = (language: 'es' | 'en') => ({
  key: `all-${language}`,
  segmentId: 'c10k',
  language,
  subject: language === 'es' ? '{{name}}: novedades' : '{{name}}: news',
  html: '<p>{{salutation}}</p><p>{{account.name}} · {{contact.custom.store}}</p><a href="https://example.com/oferta">ver</a><p>{{csm.signature}}</p><a href="{{unsubscribeUrl}}">baja</a>',
  text: '{{salutation}}\n{{account.name}} · {{contact.custom.store}}\n{{csm.signature}}\n{{unsubscribeUrl}}',
});

describeEachEngine(
  'a campaign to 10,000 contacts',
  (database) => {
    let test: TestApp;
    let capture: CaptureSmtp;
    let sender: MailSender;
    let accountName = '';

    const mailEdges = () => ({
      settings: testMailSettings,
      publicUrl: 'https://pacta.andino.test',
      readers: mailReaders({ trustedRelays: [], serverName: 'mx.andino.test' }),
      transport: smtpTransport(sender, {
        from: 'soporte@andino.test',
        fromName: 'Soporte Andino',
        loopMarker: testMailSettings.loopMarker,
      }),
    });

    beforeAll(async () => {
      capture = await startCaptureSmtp();
      sender = createMailSender(capture.url);
      test = await buildTestApp(database().handle, { mail: mailEdges() });
      const [account] = await test.store.organisations.list();
      accountName = account?.name ?? '';
      const { db } = database().handle;
      const rows = Array.from({ length: audience + withoutConsent }, (_, i) => {
        const t = trait(i);
        return {
          id: randomUUID(),
          kind: 'person' as const,
          organisation_id: account?.id ?? null,
          given_name: t.givenName,
          family_name: t.familyName,
          salutation: t.salutation,
          email: t.email,
          language: t.language,
          custom: JSON.stringify({ batch: 'c10k', store: t.store }),
          state: 'active' as const,
        };
      });
      for (let start = 0; start < rows.length; start += 1000) {
        const slice = rows.slice(start, start + 1000);
        await db.insertInto('contacts').values(slice).execute();
        const consenting = slice.filter((_, j) => start + j < audience);
        if (consenting.length === 0) continue;
        await db
          .insertInto('consent_events')
          .values(
            consenting.map((row) => ({
              id: randomUUID(),
              contact_id: row.id,
              channel: 'email',
              purpose: 'marketing',
              state: 'granted' as const,
              source: 'web_form',
              at: new Date(test.clock.now().getTime() - 86_400_000),
              evidence: null,
            })),
          )
          .execute();
      }
    }, 120_000);

    afterAll(async () => {
      sender?.close();
      await capture?.stop();
    });

    it('is queued in throttled batches that survive restarts, sent once each, personalised (sample)', async () => {
      const started = performance.now();
      const cookie = await test.cookieFor(demoUserByRole.account_manager);
      const call = (method: 'GET' | 'POST', url: string, payload?: object) =>
        test.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
      const created = await call('POST', '/api/campaigns', {
        name: 'Novedades 10k',
        defaultLanguage: 'es',
        segments: [
          {
            id: 'c10k',
            name: 'Audiencia',
            rule: { field: 'contact', name: 'custom.batch', equals: 'c10k' },
          },
        ],
        versions: [version('es'), version('en')],
      });
      expect(created.statusCode).toBe(201);
      const id = created.json().id as string;
      const scheduled = await call('POST', `/api/campaigns/${id}/schedule`, {
        startAt: test.clock.now().toISOString(),
        perMinute,
      });
      expect(scheduled.statusCode).toBe(200);

      const batches: number[] = [];
      for (let run = 0; run < 5; run++) {
        // a fresh composition over the same database each minute: what a restart leaves
        const modules = composeModules(
          openStore(database().handle.db),
          test.clock,
          randomIds,
          mailEdges(),
          [testUnsubscribeSecret],
        );
        batches.push((await queueCampaignBatches(modules.campaigns)).queued);
        test.clock.advance(60_000);
      }
      expect(batches).toEqual([4_000, 4_000, 2_000, 0, 0]);
      const queuedAt = performance.now();
      process.stdout.write(`queued in ${((queuedAt - started) / 1000).toFixed(1)} s\n`);

      let pass: Awaited<ReturnType<typeof sendQueuedMail>>;
      do pass = await sendQueuedMail({ ...test.modules.mail, limit: 500, concurrency: 5 });
      while (pass.sent === 500);
      const received = await capture.waitFor(audience);
      const sentAt = performance.now();
      expect(received).toHaveLength(audience);
      const addresses = new Set(received.flatMap((m) => m.rcptTo));
      expect(addresses.size).toBe(audience);
      expect(addresses.has(trait(audience).email)).toBe(false); // no consent: never mailed

      const signature = (await test.store.users.findByEmail(demoUserByRole.account_manager))?.name;
      for (const mail of received.filter((_, n) => n % 499 === 0)) {
        const parsed = await PostalMime.parse(mail.raw);
        const i = Number(/cliente(\d+)@/.exec(mail.rcptTo[0] ?? '')?.[1]);
        const t = trait(i);
        const greeting =
          t.salutation === null
            ? { es: `Hola, ${t.givenName}:`, en: `Hello ${t.givenName},` }[t.language]
            : t.salutation === 'mr'
              ? { es: `Estimado Sr. ${t.familyName}:`, en: `Dear Mr ${t.familyName},` }[t.language]
              : { es: `Estimada Sra. ${t.familyName}:`, en: `Dear Ms ${t.familyName},` }[
                  t.language
                ];
        expect(parsed.subject).toBe(
          `${t.givenName} ${t.familyName}: ${t.language === 'es' ? 'novedades' : 'news'}`,
        );
        const lines = (parsed.text ?? '').split('\n');
        expect(lines[0]).toBe(greeting);
        expect(lines[1]).toBe(`${accountName} · ${t.store}`);
        expect(lines[2]).toBe(signature);
        const token = decodeURIComponent(lines[4]?.split('/unsubscribe/')[1] ?? '');
        const claim = verifyUnsubscribeToken(token, [testUnsubscribeSecret]);
        expect(claim).toMatchObject({ channel: 'email', purpose: 'marketing', campaignId: id });
        expect(parsed.html).toContain('https://pacta.andino.test/api/track/click/');
        expect(parsed.html).toContain('https://pacta.andino.test/api/track/open/');
        expect(parsed.html).not.toContain('href="https://example.com/oferta"');
      }

      const dashboard = await call('GET', `/api/campaigns/${id}`);
      expect(dashboard.json().campaign.state).toBe('sent');
      expect(dashboard.json().figures).toMatchObject({
        queued: audience,
        sent: audience,
        delivered: audience,
        bounced: 0,
      });
      const seconds = (ms: number) => (ms / 1000).toFixed(1);
      process.stdout.write(
        `campaign to ${audience}: queued in ${seconds(queuedAt - started)} s, sent in ${seconds(sentAt - queuedAt)} s, checked in ${seconds(performance.now() - sentAt)} s\n`,
      );
    }, 400_000);
  },
  ['postgres'],
);
