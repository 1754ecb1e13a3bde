/**
 * The authorised requesters of a contract: a checkbox per user of the client, at most the
 * plan's `maxRequesters` (the limit is shown, and further boxes are disabled once reached).
 * It starts from the stored list; saving replaces the whole list.
 */
import { type FormEvent, useEffect, useState } from 'react';
import { type ApiError, asApiError } from '../api/client.js';
import type { Contract } from '../api/desk.js';
import { api } from '../api/endpoints.js';
import { plans } from '../api/plans.js';
import { useI18n } from '../i18n.js';
import { ErrorSummary } from '../ui/errors.js';
import { Notice } from '../ui/page.js';
import { useLoad } from '../ui/use-load.js';

/** The requesters editor of `contract`. */
export function RequestersEditor({ contract }: { contract: Contract }) {
  const { t } = useI18n();
  const users = useLoad(() => api.users(contract.clientId), [contract.clientId]);
  const [chosen, setChosen] = useState<readonly string[]>([]);
  useEffect(() => {
    plans.requesters(contract.id).then(
      (stored) => setChosen(stored.userIds),
      (failure: unknown) => setError(asApiError(failure)),
    );
  }, [contract.id]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const max = contract.plan.maxRequesters;
  const full = max !== null && chosen.length >= max;
  const toggle = (id: string, on: boolean) => {
    setNotice(null);
    setChosen((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)));
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const saved = await plans.setRequesters(contract.id, chosen);
      setChosen(saved.userIds);
      setNotice(t('requesters.saved', { count: saved.userIds.length }));
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setBusy(false);
    }
  };
  const people = (users.data ?? []).filter((u) => u.active);
  return (
    <form
      className="card card--stack"
      onSubmit={save}
      noValidate
      aria-labelledby="requesters-title"
    >
      <h2 id="requesters-title">{t('requesters.title')}</h2>
      <p className="muted">{t('requesters.intro')}</p>
      <ErrorSummary error={error ?? users.error} />
      <fieldset className="field" aria-describedby="requesters-limit">
        <legend className="field__label">{t('requesters.legend')}</legend>
        <ul className="check-list">
          {people.map((user) => {
            const on = chosen.includes(user.id);
            return (
              <li key={user.id}>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={on}
                    disabled={!on && full}
                    onChange={(event) => toggle(user.id, event.target.checked)}
                  />
                  <span>
                    {user.name} <span className="muted">· {t(`role.${user.role}`)}</span>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
        {users.data && people.length === 0 && <p className="muted">{t('requesters.none')}</p>}
        <p className="field__hint" id="requesters-limit" aria-live="polite">
          {max === null
            ? t('requesters.noLimit', { count: chosen.length })
            : t('requesters.limit', { max, count: chosen.length })}
          {full && ` ${t('requesters.atLimit')}`}
        </p>
      </fieldset>
      {notice && <Notice>{notice}</Notice>}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('common.saving') : t('requesters.save')}
        </button>
      </div>
    </form>
  );
}
