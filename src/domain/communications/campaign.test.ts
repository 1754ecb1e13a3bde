import { describe, expect, it } from 'vitest';
import { buildConsent, buildSubject } from '../../../test/factories/communications.js';
import { translate } from '../../i18n/index.js';
import type { Salutation } from '../contacts/index.js';
import {
  type Campaign,
  type CampaignVersion,
  campaignRecipients,
  compileCampaign,
  inBatches,
  type PersonalisedRecipient,
  personalisationProblems,
  personalisedMessages,
  type Recipient,
} from './campaign.js';
import { checkCampaignAction } from './campaign-state.js';
import { fieldValues, salutationMessage } from './fields.js';
import type { Segment, SegmentSubject } from './segments.js';
import { signUnsubscribeToken, unsubscribeUrl, verifyUnsubscribeToken } from './unsubscribe.js';

const now = Date.UTC(2026, 8, 1, 8);
const secret = 's'.repeat(32);
const segments = new Map<string, Segment>([
  [
    'dm',
    { id: 'dm', name: 'Decision-makers', rule: { field: 'role', in: ['client_decision_maker'] } },
  ],
  ['cl', { id: 'cl', name: 'Chile', rule: { field: 'country', in: ['CL'] } }],
  ['all', { id: 'all', name: 'Everyone', rule: { field: 'kind', in: ['person', 'company'] } }],
]);
const version = (
  key: string,
  segmentId: string,
  language: 'es' | 'en',
  body = '',
): CampaignVersion => ({
  key,
  segmentId,
  language,
  subject: language === 'es' ? '{{name}}, novedades de septiembre' : '{{name}}, September news',
  html: `<p>{{salutation}}</p><p>${key} ${body}</p><p>{{csm.signature}}</p><a href="{{unsubscribeUrl}}">baja</a>`,
  text: `{{salutation}}\n${key} ${body}\n{{csm.signature}}\n{{unsubscribeUrl}}`,
});
const campaign: Campaign = {
  id: 'camp-1',
  name: 'Newsletter septiembre',
  purpose: 'marketing',
  defaultLanguage: 'es',
  versions: [
    version('dm-es', 'dm', 'es'),
    version('dm-en', 'dm', 'en'),
    version('cl-es', 'cl', 'es', 'Evento en Santiago'),
    version('all-es', 'all', 'es'),
    version('all-en', 'all', 'en'),
  ],
};

describe('campaign versions', () => {
  it.each([
    [{ versions: [] }, 'no_versions', 'versions'],
    [
      { versions: [version('a', 'dm', 'es'), version('b', 'dm', 'es')] },
      'duplicate_version',
      'versions[1]',
    ],
    [{ versions: [version('a', 'ghost', 'es')] }, 'unknown_segment', 'versions[0].segmentId'],
    [{ versions: [version('a', 'dm', 'en')] }, 'no_versions', 'versions'],
    [
      { versions: [{ ...version('a', 'dm', 'es'), text: 'sin enlace' }] },
      'unsubscribe_link_missing',
      'versions[0].text',
    ],
    [
      { versions: [{ ...version('a', 'dm', 'es'), html: '{{nombre}} {{unsubscribeUrl}}' }] },
      'unknown_field',
      'versions[0].html',
    ],
  ] as const)('%#: a bad campaign is refused (%s at %s)', (change, rule, path) => {
    expect(() => compileCampaign({ ...campaign, ...change }, segments)).toThrow(
      expect.objectContaining({ rule, path }),
    );
  });

  const compiled = compileCampaign(campaign, segments);
  const pick = (subject: SegmentSubject) =>
    [...campaignRecipients(compiled, [subject], now)][0]?.versionKey ?? null;

  it.each([
    [{ role: 'client_decision_maker', contact: { country: 'CL', language: 'en' } }, 'dm-en'],
    [{ contact: { country: 'CL', language: 'es' } }, 'cl-es'],
    [{ contact: { country: 'CL', language: 'en' } }, 'cl-es'], // no English version for Chile: default language
    [{ contact: { country: 'MX', language: 'en' } }, 'all-en'],
    [{ contact: { country: 'MX' }, consents: [] }, null],
  ] as const)(
    '%o gets %s: first segment in priority order, own language else the default',
    (change, key) => {
      expect(pick(buildSubject('x', change as never))).toBe(key);
    },
  );

  it('one message per address, even for two contacts sharing it', () => {
    const twins = [
      buildSubject('a', { contact: { email: 'Info@Andes.cl' } }),
      buildSubject('b', { contact: { email: 'info@andes.cl ' } }),
    ];
    expect([...campaignRecipients(compiled, twins, now)].map((r) => r.subject.contact.id)).toEqual([
      'a',
    ]);
  });
});

/** Contact i of the 10,000: its traits follow from i, so expected figures are computable. */
function trait(i: number) {
  const address = i % 250 === 249 ? `p${i - 1}@cliente.example` : `p${i}@cliente.example`;
  const salutations: (Salutation | null)[] = ['mr', 'ms', null, null];
  return {
    id: `p${i}`,
    consents: i % 10 !== 3 && i % 10 !== 7,
    withdrew: i % 10 === 7,
    address,
    decisionMaker: i % 5 === 0,
    country: ['CL', 'CO', 'MX'][i % 3] ?? 'MX',
    language: i % 2 === 0 ? ('es' as const) : ('en' as const),
    salutation: salutations[i % 4] ?? null,
    givenName: i === 4242 ? '<b>Ana</b>' : `Nombre${i}`,
  };
}

function subjectOf(i: number): SegmentSubject {
  const t = trait(i);
  const grant = buildConsent(t.id, { at: now - 30 * 86_400_000 });
  const withdrawal = buildConsent(t.id, {
    at: now - 86_400_000,
    state: 'withdrawn',
    source: 'unsubscribe_link',
  });
  return buildSubject(t.id, {
    contact: {
      email: t.address,
      country: t.country,
      language: t.language,
      salutation: t.salutation,
      givenName: t.givenName,
      familyName: `Apellido${i}`,
      custom: i % 2 === 0 ? {} : { store: `Tienda ${i}` },
    },
    role: t.decisionMaker ? 'client_decision_maker' : 'client_requester',
    consents: t.consents ? [grant] : t.withdrew ? [grant, withdrawal] : [],
  });
}

describe('a campaign to 10,000 contacts, expanded lazily and personalised', () => {
  const compiled = compileCampaign(campaign, segments);
  let pulled = 0;
  function* contacts(): Generator<SegmentSubject> {
    for (let i = 0; i < 10_000; i++) {
      pulled += 1;
      yield subjectOf(i);
    }
  }
  const personalise = (recipient: Recipient): PersonalisedRecipient => {
    const { contact } = recipient.subject;
    const salutation = salutationMessage(contact);
    const token = signUnsubscribeToken(
      { contactId: contact.id, channel: 'email', purpose: 'marketing', campaignId: 'camp-1' },
      secret,
    );
    return {
      recipient,
      values: fieldValues(contact, {
        salutation: translate(recipient.language, salutation.key, salutation.params),
        accountName: 'Comercial Andes SpA',
        csm: { name: 'Lucía Gómez', signature: 'Lucía Gómez\nCSM' },
        unsubscribeUrl: unsubscribeUrl('https://pacta.example.com', token),
      }),
    };
  };

  it('expands a batch at a time, never the whole audience at once', () => {
    const recipients = campaignRecipients(compiled, contacts(), now);
    const [first] = inBatches(recipients, 500);
    expect(first).toHaveLength(500);
    // 500 recipients needed about 500 / 0.8 contacts, not 10,000.
    expect(pulled).toBeLessThan(700);
  });

  it('sends each consenting address once, with its version, personalised and escaped (sample)', () => {
    let expectedCount = 0;
    const sentAddresses = new Set<string>();
    for (let i = 0; i < 10_000; i++) {
      const t = trait(i);
      if (t.consents && !sentAddresses.has(t.address)) {
        sentAddresses.add(t.address);
        expectedCount += 1;
      }
    }
    let count = 0;
    const byVersion = new Map<string, number>();
    const recipients = (function* () {
      for (const recipient of campaignRecipients(compiled, contacts(), now))
        yield personalise(recipient);
    })();
    for (const batch of inBatches(personalisedMessages(compiled, recipients), 1000)) {
      for (const message of batch) {
        count += 1;
        byVersion.set(message.versionKey, (byVersion.get(message.versionKey) ?? 0) + 1);
        const i = Number(message.contactId.slice(1));
        if (i % 997 !== 0 && i !== 4242) continue;
        const t = trait(i);
        const expectedVersion = t.decisionMaker
          ? `dm-${t.language}`
          : t.country === 'CL'
            ? 'cl-es'
            : `all-${t.language}`;
        expect(message.versionKey).toBe(expectedVersion);
        expect(message.to).toBe(t.address);
        const given = i === 4242 ? '<b>Ana</b>' : `Nombre${i}`;
        expect(message.subject.startsWith(given)).toBe(true);
        const language = message.language;
        const greeting =
          t.salutation === null
            ? translate(language, 'communications.salutation.plain', { name: given })
            : translate(language, `communications.salutation.${t.salutation}`, {
                name: `Apellido${i}`,
              });
        expect(message.text.split('\n')[0]).toBe(greeting);
        if (i === 4242) expect(message.html).toContain('<p>Hola, &lt;b&gt;Ana&lt;/b&gt;:</p>');
        else expect(message.html.startsWith(`<p>${greeting}</p>`)).toBe(true);
        expect(message.html).not.toContain('<b>Ana</b>');
        expect(message.html).toContain('Lucía Gómez<br>CSM');
        const url = message.headers['List-Unsubscribe']?.slice(1, -1) ?? '';
        const token = decodeURIComponent(url.split('/unsubscribe/')[1] ?? '');
        expect(verifyUnsubscribeToken(token, [secret])?.contactId).toBe(message.contactId);
        expect(message.text).toContain(url);
      }
    }
    expect(count).toBe(expectedCount);
    expect(count).toBeGreaterThan(7_900);
    expect([...byVersion.keys()].sort()).toEqual(['all-en', 'all-es', 'cl-es', 'dm-en', 'dm-es']);
  });

  it('a missing field is found for every recipient before sending', () => {
    const withStore = compileCampaign(
      { ...campaign, versions: [version('all-es', 'all', 'es', '{{contact.custom.store}}')] },
      segments,
    );
    const recipients = (function* () {
      for (const recipient of campaignRecipients(withStore, contacts(), now))
        yield personalise(recipient);
    })();
    const problems = personalisationProblems(withStore, recipients, 5);
    expect(problems).toHaveLength(5);
    expect(problems[0]).toEqual({
      contactId: 'p0',
      versionKey: 'all-es',
      fields: ['contact.custom.store'],
    });
  });
});

describe('campaign states', () => {
  it.each([
    ['draft', 'edit', true],
    ['draft', 'schedule', true],
    ['scheduled', 'edit', false],
    ['scheduled', 'cancel', true],
    ['sending', 'cancel', true],
    ['sent', 'cancel', false],
    ['cancelled', 'schedule', false],
  ] as const)('a %s campaign: %s allowed is %s', (state, action, ok) => {
    const run = () => checkCampaignAction(state, action);
    if (ok) expect(run).not.toThrow();
    else expect(run).toThrow(expect.objectContaining({ rule: 'campaign_not_editable' }));
  });
});
