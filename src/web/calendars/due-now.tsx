/**
 * "Due if opened now": adds a number of business hours to the present instant on the calendar
 * being edited (`POST /api/calendars/evaluate`, op `add`) and shows the due instant in the
 * calendar's zone.
 */
import { type FormEvent, useState } from 'react';
import { ApiError, asApiError } from '../api/client.js';
import { api } from '../api/endpoints.js';
import { browserNow } from '../clock.js';
import { longInstantIn, parseDecimal } from '../format.js';
import { useI18n } from '../i18n.js';
import { ErrorSummary } from '../ui/errors.js';
import { Field } from '../ui/field.js';

interface Answer {
  openedAt: number;
  dueAt: string;
  timeZone: string;
}

const maxHours = 100_000;

/** The form and its answer; `spec` is the calendar as edited (saved or not). */
export function DueNow({ spec }: { spec: unknown }) {
  const { t, locale } = useI18n();
  const [text, setText] = useState('8');
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const timeZone =
    typeof spec === 'object' &&
    spec !== null &&
    'timeZone' in spec &&
    typeof spec.timeZone === 'string'
      ? spec.timeZone
      : 'UTC';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const amount = parseDecimal(locale, text);
    if (!(amount > 0 && amount <= maxHours)) {
      setAnswer(null);
      const message = t('due.hoursInvalid');
      setError(new ApiError(0, 'invalid_input', message, null, [{ path: 'hours', message }]));
      return;
    }
    setBusy(true);
    setError(null);
    const openedAt = browserNow();
    try {
      const [result] = await api.evaluate([
        {
          id: 'due',
          calendar: spec,
          op: 'add',
          at: new Date(openedAt).toISOString(),
          seconds: Math.round(amount * 3600),
        },
      ]);
      if (result && 'at' in result) setAnswer({ openedAt, dueAt: result.at, timeZone });
      else if (result && 'error' in result) {
        const { code, message, path } = result.error;
        const fields = path ? [{ path, message }] : [];
        throw new ApiError(200, code, message, null, fields);
      } else throw new ApiError(200, 'bad_response', 'no result', null);
    } catch (failure) {
      setAnswer(null);
      setError(asApiError(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card due" aria-labelledby="due-title">
      <h2 id="due-title">{t('due.title')}</h2>
      <p className="muted">{t('due.intro')}</p>
      <form onSubmit={submit} noValidate>
        <Field path="hours" label={t('due.hours')} hint={t('due.hoursHint')} error={error}>
          {(control) => (
            <div className="input-row">
              <input
                {...control}
                className="input input--number"
                inputMode="decimal"
                autoComplete="off"
                value={text}
                onChange={(event) => setText(event.target.value)}
              />
              <button type="submit" className="button button--primary" disabled={busy}>
                {t('due.calculate')}
              </button>
            </div>
          )}
        </Field>
      </form>
      {error?.fields.every((f) => f.path !== 'hours') && <ErrorSummary error={error} />}
      <div className="due__answer" aria-live="polite">
        {answer && (
          <>
            <p className="due__at">
              {t('due.result', { at: longInstantIn(locale, answer.dueAt, answer.timeZone) })}
            </p>
            <p className="muted">
              {t('due.openedAt', { at: longInstantIn(locale, answer.openedAt, answer.timeZone) })}
            </p>
            <p className="muted">{t('due.zone', { zone: answer.timeZone })}</p>
          </>
        )}
      </div>
      <p className="field__hint">{t('due.usesEditor')}</p>
    </section>
  );
}
