/**
 * One calendar: its name and spec as a form or as raw JSON, saved with `POST`/`PUT
 * /api/calendars`, beside the week preview of the saved version and "due if opened now".
 */
import { type FormEvent, useEffect, useState } from 'react';
import { isTimeZone } from '../../domain/calendar/zone.js';
import { ApiError, asApiError } from '../api/client.js';
import { api, type StoredCalendar } from '../api/endpoints.js';
import { useI18n } from '../i18n.js';
import { calendarName } from '../plans/names.js';
import { Link, navigate } from '../router.js';
import { useMe } from '../session.js';
import { ErrorSummary, invalidField } from '../ui/errors.js';
import { Field, TextField } from '../ui/field.js';
import { Notice, PageHeader, setFlash, takeFlash } from '../ui/page.js';
import { DueNow } from './due-now.js';
import {
  browserTimeZone,
  type CalendarSpec,
  defaultSpec,
  looksLikeSpec,
  specJson,
} from './spec.js';
import { SpecForm } from './spec-form.js';
import { WeekPreview } from './week-preview.js';

type Mode = 'form' | 'json';

function jsonError(message: string): ApiError {
  return new ApiError(0, 'invalid_input', message, null, [{ path: 'spec', message }]);
}

/** The editor page; without `id` it creates a new calendar. */
export function CalendarEditorPage({ id }: { id?: string }) {
  const { t } = useI18n();
  const me = useMe();
  const canEdit = me.user.role === 'provider_admin';
  const [saved, setSaved] = useState<StoredCalendar | null>(null);
  const [name, setName] = useState(id ? '' : t('calendars.defaultName'));
  const [spec, setSpec] = useState<CalendarSpec>(() => defaultSpec(browserTimeZone()));
  const [mode, setMode] = useState<Mode>('form');
  const [jsonText, setJsonText] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(takeFlash);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (!id) return;
    api.calendar(id).then(
      (calendar) => {
        setSaved(calendar);
        setName(calendar.name);
        setSpec(calendar.spec);
      },
      (failure: unknown) => setLoadError(asApiError(failure)),
    );
  }, [id]);

  /** The spec to send: the form's, or the JSON text parsed (undefined if it does not parse). */
  const currentSpec = (): unknown => {
    if (mode === 'form') return spec;
    try {
      return JSON.parse(jsonText);
    } catch (failure) {
      setError(jsonError(t('calendar.jsonInvalid', { detail: String(failure) })));
      return undefined;
    }
  };

  const switchMode = (next: Mode) => {
    if (next === mode) return;
    if (next === 'json') {
      setJsonText(specJson(spec));
      setMode('json');
      return;
    }
    const parsed = currentSpec();
    if (parsed === undefined) return;
    if (!looksLikeSpec(parsed)) {
      setError(jsonError(t('calendar.jsonNotObject')));
      return;
    }
    setSpec(parsed);
    setError(null);
    setMode('form');
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setNotice(null);
    const body = currentSpec();
    if (body === undefined) return;
    if (mode === 'form' && !isTimeZone(spec.timeZone)) {
      // flagged at its field before sending: the browser knows the same zones as the server
      setError(invalidField('spec.timeZone', t('calendar.zoneUnknown', { zone: spec.timeZone })));
      return;
    }
    setBusy(true);
    try {
      const stored = id
        ? await api.replaceCalendar(id, name.trim(), body)
        : await api.createCalendar(name.trim(), body);
      setSaved(stored);
      setSpec(stored.spec);
      if (mode === 'json') setJsonText(specJson(stored.spec));
      setVersion((v) => v + 1);
      setNotice(t('calendar.saved'));
      if (!id) {
        setFlash(t('calendar.saved'));
        navigate(`/calendars/${stored.id}`, { replace: true });
      }
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setBusy(false);
    }
  };

  if (loadError) {
    return (
      <>
        <PageHeader title={t('calendars.title')} />
        <ErrorSummary error={loadError} />
        <Link to="/calendars">{t('calendars.back')}</Link>
      </>
    );
  }
  if (id && !saved) return <p className="muted">{t('app.loading')}</p>;

  const liveSpec = mode === 'form' ? spec : jsonText;
  const dirty =
    saved !== null &&
    (name.trim() !== saved.name ||
      (mode === 'form'
        ? JSON.stringify(spec) !== JSON.stringify(saved.spec)
        : jsonText !== specJson(saved.spec)));
  const dueSpec = mode === 'form' ? spec : safeParse(jsonText);

  return (
    <>
      <p className="breadcrumb">
        <Link to="/calendars">← {t('calendars.back')}</Link>
      </p>
      <PageHeader
        title={
          saved
            ? t('calendar.editTitle', { name: calendarName(t, saved.name) })
            : t('calendar.newTitle')
        }
        intro={canEdit ? undefined : t('calendars.readOnly')}
        actions={
          <fieldset className="segmented segmented--compact">
            <legend className="sr-only">{t('calendar.mode')}</legend>
            {(['form', 'json'] as const).map((option) => (
              <label key={option} className="segmented__option">
                <input
                  type="radio"
                  name="mode"
                  value={option}
                  checked={mode === option}
                  onChange={() => switchMode(option)}
                />
                <span>{t(`calendar.mode.${option}`)}</span>
              </label>
            ))}
          </fieldset>
        }
      />
      <div className="editor">
        <form className="card form editor__form" onSubmit={save} noValidate>
          <TextField
            path="name"
            label={t('calendar.field.name')}
            className="field--narrow"
            readOnly={!canEdit}
            error={error}
            value={name}
            onChange={setName}
          />
          <ErrorSummary error={error} />
          <fieldset className="editor__body" disabled={!canEdit}>
            <legend className="sr-only">{t('calendar.week')}</legend>
            {mode === 'form' ? (
              <SpecForm spec={spec} error={error} onChange={setSpec} />
            ) : (
              <Field path="spec" label={t('calendar.json')} error={error}>
                {(control) => (
                  <textarea
                    {...control}
                    className="input input--code-block"
                    spellCheck={false}
                    rows={22}
                    value={jsonText}
                    onChange={(event) => setJsonText(event.target.value)}
                  />
                )}
              </Field>
            )}
          </fieldset>
          {canEdit && (
            <div className="form-actions form-actions--sticky">
              <button type="submit" className="button button--primary" disabled={busy}>
                {busy ? t('common.saving') : t('common.save')}
              </button>
              {dirty && <span className="badge badge--warning">{t('calendar.unsaved')}</span>}
              {notice && !dirty && <Notice>{notice}</Notice>}
            </div>
          )}
        </form>
        <div className="editor__side">
          {saved ? (
            <WeekPreview
              id={saved.id}
              timeZone={saved.spec.timeZone}
              version={version}
              stale={dirty}
            />
          ) : (
            <section className="card preview">
              <h2>{t('preview.title')}</h2>
              <p className="muted">{t('preview.saveFirst')}</p>
            </section>
          )}
          <DueNow spec={dueSpec ?? liveSpec} />
        </div>
      </div>
    </>
  );
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
