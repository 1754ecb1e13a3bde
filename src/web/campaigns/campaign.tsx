/**
 * One campaign: while a draft, its editor (name, versions' subject, HTML and text) with a
 * personalised preview and scheduling; always, its dashboard (sent, delivered, bounced, opened,
 * clicked, unsubscribed, with rates) and cancellation before it is sent.
 */
import { useState } from 'react';
import {
  type Campaign,
  type CampaignDashboard,
  type CampaignPreview,
  campaigns,
} from '../api/campaigns.js';
import { type ApiError, asApiError } from '../api/client.js';
import { browserNow } from '../clock.js';
import { useI18n } from '../i18n.js';
import { Link } from '../router.js';
import { ErrorSummary } from '../ui/errors.js';
import { TextField } from '../ui/field.js';
import { PageHeader } from '../ui/page.js';
import { useLoad } from '../ui/use-load.js';
import { CampaignState } from './campaigns.js';

type Version = Campaign['versions'][number];

function Figures({ figures }: { figures: CampaignDashboard['figures'] }) {
  const { t } = useI18n();
  const rate = (r: { percent: number } | null) => (r === null ? '' : ` (${r.percent} %)`);
  const rows: [string, number, string][] = [
    [t('campaigns.figures.queued'), figures.queued, ''],
    [t('campaigns.figures.sent'), figures.sent, ''],
    [t('campaigns.figures.delivered'), figures.delivered, rate(figures.rates.delivery)],
    [t('campaigns.figures.bounced'), figures.bounced, rate(figures.rates.bounce)],
    [t('campaigns.figures.opened'), figures.opened, rate(figures.rates.open)],
    [t('campaigns.figures.clicked'), figures.clicked, rate(figures.rates.click)],
    [t('campaigns.figures.unsubscribed'), figures.unsubscribed, rate(figures.rates.unsubscribe)],
  ];
  return (
    <section className="card">
      <h2>{t('campaigns.figures.title')}</h2>
      <dl className="facts">
        {rows.map(([label, value, share]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>
              {value}
              {share}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function VersionEditor(props: {
  version: Version;
  index: number;
  error: ApiError | null;
  onChange(version: Version): void;
}) {
  const { t } = useI18n();
  const { version, index } = props;
  const at = `versions[${index}]`;
  const area = (part: 'html' | 'text') => (
    <label className="field">
      <span className="field__label">{t(`campaigns.editor.${part}`)}</span>
      <textarea
        className="input"
        rows={6}
        name={`${at}.${part}`}
        value={version[part]}
        onChange={(event) => props.onChange({ ...version, [part]: event.target.value })}
      />
    </label>
  );
  return (
    <fieldset className="card">
      <legend>
        {t('campaigns.editor.version', { language: t(`language.${version.language}`) })}
      </legend>
      <TextField
        path={`${at}.subject`}
        label={t('campaigns.editor.subject')}
        error={props.error}
        value={version.subject}
        onChange={(subject) => props.onChange({ ...version, subject })}
      />
      {area('html')}
      {area('text')}
    </fieldset>
  );
}

function Editor({ campaign, onSaved }: { campaign: Campaign; onSaved(): void }) {
  const { t } = useI18n();
  const [name, setName] = useState(campaign.name);
  const [versions, setVersions] = useState(campaign.versions);
  const [perMinute, setPerMinute] = useState(String(campaign.perMinute));
  const [error, setError] = useState<ApiError | null>(null);
  const [preview, setPreview] = useState<CampaignPreview | null>(null);
  const attempt = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(asApiError(caught));
    }
  };
  const save = () =>
    campaigns.save(campaign.id, {
      name,
      purpose: campaign.purpose,
      defaultLanguage: campaign.defaultLanguage,
      segments: campaign.segments,
      versions,
      perMinute: Number(perMinute),
    });
  return (
    <section className="card">
      <h2>{t('campaigns.editor.title')}</h2>
      <p>
        {t('campaigns.editor.fields', {
          fields: '{{salutation}}, {{name}}, {{account.name}}, {{csm.signature}}, {{contact.…}}',
          unsubscribe: '{{unsubscribeUrl}}',
        })}
      </p>
      <ErrorSummary error={error} />
      <TextField
        path="name"
        label={t('campaigns.col.name')}
        error={error}
        value={name}
        onChange={setName}
      />
      <TextField
        path="perMinute"
        label={t('campaigns.editor.perMinute')}
        error={error}
        value={perMinute}
        onChange={setPerMinute}
      />
      {versions.map((version, index) => (
        <VersionEditor
          key={version.key}
          version={version}
          index={index}
          error={error}
          onChange={(changed) => setVersions(versions.map((v, i) => (i === index ? changed : v)))}
        />
      ))}
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() =>
            void attempt(async () => {
              await save();
              onSaved();
            })
          }
        >
          {t('campaigns.editor.save')}
        </button>
        {versions.map((version) => (
          <button
            key={version.key}
            type="button"
            className="button"
            onClick={() =>
              void attempt(async () => {
                await save();
                setPreview(await campaigns.preview(campaign.id, version.key));
              })
            }
          >
            {t('campaigns.editor.preview', { language: t(`language.${version.language}`) })}
          </button>
        ))}
        <button
          type="button"
          className="button button--primary"
          onClick={() =>
            void attempt(async () => {
              await save();
              await campaigns.schedule(
                campaign.id,
                new Date(browserNow()).toISOString(),
                Number(perMinute),
              );
              onSaved();
            })
          }
        >
          {t('campaigns.editor.schedule')}
        </button>
      </div>
      {preview && (
        <section className="card" aria-label={t('campaigns.preview.title')}>
          <h3>{t('campaigns.preview.title')}</h3>
          <p>{t('campaigns.preview.to', { to: preview.to })}</p>
          <p>
            <strong>{preview.subject}</strong>
          </p>
          <iframe
            title={t('campaigns.preview.title')}
            sandbox=""
            srcDoc={preview.html}
            className="preview-frame"
          />
          <pre className="mail-text">{preview.text}</pre>
        </section>
      )}
    </section>
  );
}

/** The campaign page at `/campaigns/:id`. */
export function CampaignPage({ id }: { id: string }) {
  const { t } = useI18n();
  const view = useLoad(() => campaigns.view(id), [id]);
  const [error, setError] = useState<ApiError | null>(null);
  const campaign = view.data?.campaign;
  const cancel = async () => {
    try {
      await campaigns.cancel(id);
      view.reload();
    } catch (caught) {
      setError(asApiError(caught));
    }
  };
  return (
    <>
      <Link to="/campaigns">{t('campaigns.back')}</Link>
      <PageHeader
        title={campaign?.name ?? t('campaigns.list.title')}
        actions={campaign && <CampaignState state={campaign.state} />}
      />
      <ErrorSummary error={error ?? view.error} />
      {view.data && campaign && (
        <>
          {campaign.state === 'draft' && (
            <Editor key={campaign.updatedAt} campaign={campaign} onSaved={view.reload} />
          )}
          <Figures figures={view.data.figures} />
          {['draft', 'scheduled', 'sending'].includes(campaign.state) && (
            <button type="button" className="button" onClick={() => void cancel()}>
              {t('campaigns.cancel')}
            </button>
          )}
        </>
      )}
    </>
  );
}
