import { describe, expect, it } from 'vitest';
import { buildConsent } from '../../../test/factories/communications.js';
import { buildPerson } from '../../../test/factories/contacts.js';
import { buildArticleInput } from '../../../test/factories/knowledge.js';
import { knowledgeApp } from '../../../test/fakes/knowledge-app.js';
import { testOrigin } from '../../../test/support/origin.js';
import { publishOrWithdrawArticle, writeArticle } from '../knowledge/index.js';
import { dispatchEvents } from '../outbox/index.js';
import { announceUpdates } from './announce-update.js';
import { unsubscribeByLink } from './unsubscribe-by-link.js';
import { setUpdateSubscription } from './update-subscription.js';

const secret = 'a secret of at least thirty-two bytes!';
const subscribed = (contactId: string, at: number) =>
  buildConsent(contactId, { purpose: 'product_updates', source: 'portal', at, evidence: null });

async function updatesApp() {
  const app = await knowledgeApp();
  const communications = { ...app.modules.communications, unsubscribeSecrets: [secret] };
  const before = app.clock.now().getTime() - 86_400_000;
  const person = (id: string, language: 'es' | 'en') =>
    buildPerson({ id, email: `${id}@cliente.cl`, language, givenName: id, userId: null });
  app.store.tables.contacts.push(
    person('ana', 'es'),
    person('bob', 'en'),
    person('carla', 'es'),
    person('dani', 'es'),
    person('eva', 'es'),
  );
  app.store.tables.consents.push(
    subscribed('ana', before),
    subscribed('bob', before),
    subscribed('carla', before),
    buildConsent('carla', {
      purpose: 'product_updates',
      state: 'withdrawn',
      source: 'unsubscribe_link',
      at: before + 1,
    }),
    // Eva takes campaigns, not updates; Dani never said.
    buildConsent('eva', { at: before }),
  );
  const handlers = [announceUpdates(communications)];
  const dispatch = () => dispatchEvents({ clock: app.clock, outbox: app.store.outbox, handlers });
  /** Writes an update in Spanish and English and publishes both. */
  const publishUpdate = async (slug: string) => {
    const es = await writeArticle({
      ...app.staff,
      article: buildArticleInput(null, {
        kind: 'update',
        content: { slug, title: `Novedad ${slug}` },
      }),
    });
    const en = await writeArticle({
      ...app.staff,
      article: buildArticleInput(null, {
        kind: 'update',
        language: 'en',
        translationOf: es.id,
        content: { slug, title: `Update ${slug}` },
      }),
    });
    for (const article of [es, en]) {
      await publishOrWithdrawArticle({ ...app.staff, articleId: article.id, publish: true });
    }
    return { es, en };
  };
  const mailTo = (address: string) =>
    app.store.tables.outgoingMail.filter((mail) => mail.toAddress === address);
  return { ...app, communications, dispatch, publishUpdate, mailTo };
}

describe('the updates section by mail', () => {
  it('a published update is mailed once to each subscribed contact, never to the unsubscribed', async () => {
    const { store, staff, dispatch, publishUpdate, mailTo } = await updatesApp();
    const { es } = await publishUpdate('conector-shopify');
    await dispatch();
    expect(store.tables.outgoingMail.map((m) => [m.toAddress, m.language]).sort()).toEqual([
      ['ana@cliente.cl', 'es'],
      ['bob@cliente.cl', 'en'],
    ]);
    expect(mailTo('bob@cliente.cl')[0]?.subject).toBe('Platform update: Update conector-shopify');
    expect(mailTo('ana@cliente.cl')[0]?.text).toContain(
      'http://localhost:3000/help/es/conector-shopify',
    );
    // Withdrawn and published again, edited: nobody is told twice.
    await publishOrWithdrawArticle({ ...staff, articleId: es.id, publish: false });
    await publishOrWithdrawArticle({ ...staff, articleId: es.id, publish: true });
    await dispatch();
    expect(store.tables.outgoingMail).toHaveLength(2);
    expect(store.tables.updateAnnouncements.map((a) => a.contactId).sort()).toEqual(['ana', 'bob']);
  });

  it('the mailed unsubscribe link stops the next updates, without signing in', async () => {
    const { communications, dispatch, publishUpdate, mailTo } = await updatesApp();
    await publishUpdate('conector-shopify');
    await dispatch();
    const link = /\/unsubscribe\/(\S+)/.exec(mailTo('ana@cliente.cl')[0]?.text ?? '');
    const token = decodeURIComponent(link?.[1] ?? '');
    expect(await unsubscribeByLink({ ...communications, origin: testOrigin, token })).toEqual({
      contactId: 'ana',
      channel: 'email',
      purpose: 'product_updates',
      campaignId: expect.any(String),
    });
    await publishUpdate('informes-pdf');
    await dispatch();
    expect(mailTo('ana@cliente.cl')).toHaveLength(1);
    expect(mailTo('bob@cliente.cl')).toHaveLength(2);
  });

  it('a portal user subscribes from the portal and hears of the next update', async () => {
    const app = await updatesApp();
    const actor = app.seeded.actors.client_requester;
    app.store.tables.contacts.push(
      buildPerson({ id: 'rosa', email: 'rosa@tiendasol.cl', userId: actor.userId }),
    );
    const set = (subscribed: boolean, secrets = [secret]) =>
      setUpdateSubscription({
        ...app.communications,
        unsubscribeSecrets: secrets,
        actor,
        origin: testOrigin,
        subscribed,
      });
    await expect(set(true, [])).rejects.toMatchObject({ rule: 'unsubscribe_unavailable' });
    expect(await set(true)).toEqual({ subscribed: true, email: 'rosa@tiendasol.cl' });
    app.clock.advance(1000);
    await app.publishUpdate('conector-shopify');
    await app.dispatch();
    expect(app.mailTo('rosa@tiendasol.cl')).toHaveLength(1);
    expect(await set(false)).toEqual({ subscribed: false, email: 'rosa@tiendasol.cl' });
    expect(app.store.tables.contactTrace.map((t) => t.action)).toEqual([
      'consent_granted',
      'consent_withdrawn',
    ]);
  });
});
