/** The "New …" button, panel and form of list pages, with the notice left after a creation. */
import { type FormEvent, type ReactNode, useState } from 'react';
import { type ApiError, asApiError } from '../api/client.js';
import { useI18n } from '../i18n.js';
import { ErrorSummary } from './errors.js';

/** State of a create panel: open or not, and the last success message. */
export interface CreatePanel {
  creating: boolean;
  notice: string | null;
  open(): void;
  close(): void;
  /** The record was created: close the panel and say so. */
  finish(message: string): void;
  say(message: string): void;
}

/** Keeps a create panel's state. */
export function useCreatePanel(): CreatePanel {
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  return {
    creating,
    notice,
    open: () => {
      setCreating(true);
      setNotice(null);
    },
    close: () => setCreating(false),
    finish: (message) => {
      setCreating(false);
      setNotice(message);
    },
    say: setNotice,
  };
}

/** The primary button that opens the panel (hidden while it is open). */
export function OpenPanelButton({ panel, label }: { panel: CreatePanel; label: string }) {
  if (panel.creating) return null;
  return (
    <button type="button" className="button button--primary" onClick={panel.open}>
      {label}
    </button>
  );
}

/**
 * The card form of a create panel: title, problem summary, fields (given the current error so
 * they can show theirs) and Create / Cancel; `create` runs on submit and its result goes to
 * `onCreated`.
 */
export function CreateForm<T>(props: {
  id: string;
  title: string;
  create(): Promise<T>;
  onCreated(value: T): void;
  onCancel(): void;
  children(error: ApiError | null): ReactNode;
  /** The submit button's words while idle and while busy (Create / Creating… by default). */
  submit?: { idle: string; busy: string };
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      props.onCreated(await props.create());
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      <ErrorSummary error={error} />
      {props.children(error)}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy
            ? (props.submit?.busy ?? t('common.creating'))
            : (props.submit?.idle ?? t('common.create'))}
        </button>
        <button type="button" className="button button--secondary" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
