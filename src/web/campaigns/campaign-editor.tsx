/**
 * A draft campaign's editor: name and rate; its segments with their rules and live counts; the
 * versions, one per segment and language, each with subject, HTML and text; a personalised
 * preview; and the scheduled start, typed in the organisation's time zone (not the browser's).
 */
import { useState } from 'react';
import { type Campaign, type CampaignPreview, campaigns } from '../api/campaigns.js';
import { type ApiError, asApiError } from '../api/client.js';
import { api } from '../api/endpoints.js';
import { plans } from '../api/plans.js';
import { browserNow } from '../clock.js';
import { instantOfWallTime, zoneName } from '../format.js';
import { useI18n } from '../i18n.js';
import { useOrganisationZone } from '../session.js';
import { ErrorSummary } from '../ui/errors.js';
import { SelectField, TextField } from '../ui/field.js';
import { useLoad } from '../ui/use-load.js';
import { starterVersion } from './campaigns.js';
import type { ConditionChoices } from './condition-editor.js';
import { type SegmentDraft, SegmentEditor } from './segment-editor.js';

type Version = Campaign['versions'][number];
type Language = Version['language'];
const languages: readonly Language[] = ['es', 'en'];

function VersionEditor(props: {
  version: Version;
  index: number;
  segments: readonly SegmentDraft[];
  error: ApiError | null;
  onChange(version: Version): void;
  onRemove(): void;
}) {
  const { t } = useI18n();
  const { version, index } = props;
  const at = `versions[${index}]`;
  const segment = props.segments.find((s) => s.id === version.segmentId);
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
        {t('campaigns.editor.version', {
          language: t(`language.${version.language}`),
          segment: segment?.name ?? version.segmentId,
        })}
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
      <button type="button" className="button button--secondary" onClick={props.onRemove}>
        {t('campaigns.editor.removeVersion')}
      </button>
    </fieldset>
  );
}

/** Adds a version for a segment and a language that have none yet. */
function AddVersion(props: {
  segments: readonly SegmentDraft[];
  versions: readonly Version[];
  onAdd(segmentId: string, language: Language): void;
}) {
  const { t } = useI18n();
  const missing = props.segments.flatMap((s) =>
    languages
      .filter((l) => !props.versions.some((v) => v.segmentId === s.id && v.language === l))
      .map((l) => ({ value: `${s.id} ${l}`, label: `${s.name} · ${t(`language.${l}`)}` })),
  );
  const [picked, setPicked] = useState('');
  const choice = missing.find((m) => m.value === picked) ?? missing[0];
  if (!choice) return null;
  return (
    <div className="inline-actions">
      <SelectField
        path="newVersion"
        label={t('campaigns.editor.newVersion')}
        error={null}
        value={choice.value}
        onChange={setPicked}
        choices={missing}
      />
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          const [segmentId = '', language = 'es'] = choice.value.split(' ');
          props.onAdd(segmentId, language as Language);
        }}
      >
        {t('campaigns.editor.addVersion')}
      </button>
    </div>
  );
}

/** The clients and plans segment conditions may name. */
function useChoices(): ConditionChoices {
  const organisations = useLoad(() => api.organisations(), []);
  const planList = useLoad(() => plans.list(), []);
  return {
    clients: (organisations.data ?? []).filter((o) => o.kind === 'client'),
    plans: planList.data ?? [],
  };
}

/** The editor of a draft; `onSaved` reloads the page's campaign. */
export function CampaignEditor({ campaign, onSaved }: { campaign: Campaign; onSaved(): void }) {
  const { t, locale } = useI18n();
  const [name, setName] = useState(campaign.name);
  const [segments, setSegments] = useState(campaign.segments);
  const [versions, setVersions] = useState(campaign.versions);
  const [perMinute, setPerMinute] = useState(String(campaign.perMinute));
  const [start, setStart] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [preview, setPreview] = useState<CampaignPreview | null>(null);
  const choices = useChoices();
  const zone = useOrganisationZone();
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
      segments,
      versions,
      perMinute: Number(perMinute),
    });
  const addSegment = () => {
    const taken = new Set(segments.map((s) => s.id));
    let n = segments.length + 1;
    while (taken.has(`s${n}`)) n += 1;
    const id = `s${n}`;
    const rule = { field: 'language', in: ['es'] };
    setSegments([...segments, { id, name: t('campaigns.segment.new', { n }), rule }]);
    setVersions([...versions, starterVersion(id, campaign.defaultLanguage, t)]);
  };
  const startAt = () =>
    start === '' ? new Date(browserNow()).toISOString() : instantOfWallTime(start, zone);
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
      <h3>{t('campaigns.editor.segments')}</h3>
      <p className="muted">{t('campaigns.editor.segmentsIntro')}</p>
      {segments.map((segment, index) => (
        <SegmentEditor
          key={segment.id}
          segment={segment}
          index={index}
          purpose={campaign.purpose}
          choices={choices}
          error={error}
          onChange={(changed) => setSegments(segments.map((s, i) => (i === index ? changed : s)))}
          onRemove={
            segments.length > 1
              ? () => {
                  setSegments(segments.filter((s) => s.id !== segment.id));
                  setVersions(versions.filter((v) => v.segmentId !== segment.id));
                }
              : null
          }
        />
      ))}
      <button type="button" className="button button--secondary" onClick={addSegment}>
        {t('campaigns.segment.add')}
      </button>
      <h3>{t('campaigns.editor.versions')}</h3>
      {versions.map((version, index) => (
        <VersionEditor
          key={version.key}
          version={version}
          index={index}
          segments={segments}
          error={error}
          onChange={(changed) => setVersions(versions.map((v, i) => (i === index ? changed : v)))}
          onRemove={() => setVersions(versions.filter((_, i) => i !== index))}
        />
      ))}
      <AddVersion
        segments={segments}
        versions={versions}
        onAdd={(segmentId, language) =>
          setVersions([...versions, starterVersion(segmentId, language, t)])
        }
      />
      <TextField
        path="startAt"
        type="datetime-local"
        label={t('campaigns.editor.start', {
          zone: zoneName(locale, zone, browserNow()),
          name: zone,
        })}
        hint={t('campaigns.editor.startHint')}
        error={error}
        value={start}
        onChange={setStart}
      />
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
            {t('campaigns.editor.preview', {
              language: t(`language.${version.language}`),
              segment: segments.find((s) => s.id === version.segmentId)?.name ?? '',
            })}
          </button>
        ))}
        <button
          type="button"
          className="button button--primary"
          onClick={() =>
            void attempt(async () => {
              await save();
              await campaigns.schedule(campaign.id, startAt(), Number(perMinute));
              onSaved();
            })
          }
        >
          {t('campaigns.editor.schedule')}
        </button>
      </div>
      {preview && <Preview preview={preview} />}
    </section>
  );
}

function Preview({ preview }: { preview: CampaignPreview }) {
  const { t } = useI18n();
  return (
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
  );
}
