/** A small button that asks for a second click (Confirm / Cancel) before doing something it cannot undo. */
import { useState } from 'react';
import { useI18n } from '../i18n.js';

/** The button, then Confirm and Cancel in its place; `onConfirm` runs on Confirm. */
export function ConfirmButton(props: {
  label: string;
  ariaLabel: string;
  confirmAriaLabel: string;
  busy: boolean;
  onConfirm(): Promise<void>;
}) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button
        type="button"
        className="button button--small button--secondary"
        aria-label={props.ariaLabel}
        onClick={() => setConfirming(true)}
      >
        {props.label}
      </button>
    );
  }
  return (
    <span className="inline-actions">
      <button
        type="button"
        className="button button--small button--danger"
        disabled={props.busy}
        aria-label={props.confirmAriaLabel}
        // biome-ignore lint/a11y/noAutofocus: the confirmation replaces the button that had focus
        autoFocus
        onClick={() => void props.onConfirm().finally(() => setConfirming(false))}
      >
        {t('common.confirm')}
      </button>
      <button
        type="button"
        className="button button--small button--ghost"
        onClick={() => setConfirming(false)}
      >
        {t('common.cancel')}
      </button>
    </span>
  );
}
