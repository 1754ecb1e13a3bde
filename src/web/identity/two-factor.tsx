/** Two-step sign-in on the account page (provider staff): turn it on with an authenticator app, or off. */
import { type FormEvent, useState } from 'react';
import { api } from '../api/endpoints.js';
import { useI18n } from '../i18n.js';
import { ErrorSummary } from '../ui/errors.js';
import { TextField } from '../ui/field.js';
import { Notice } from '../ui/page.js';
import { useAction } from '../ui/use-action.js';
import { useLoad } from '../ui/use-load.js';
import { QrCode } from './qr-code.js';

/** The two-step sign-in section: its state, the key to add to an app, the recovery codes once. */
export function TwoFactorSection() {
  const { t } = useI18n();
  const state = useLoad(() => api.twoFactor(), []);
  const { busy, error, run } = useAction();
  const [started, setStarted] = useState<{ secret: string; uri: string } | null>(null);
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const current = state.data;

  const start = () => run(() => api.startTwoFactor(), setStarted);
  const confirm = (event: FormEvent) => {
    event.preventDefault();
    void run(
      () => api.confirmTwoFactor(code.trim()),
      (answer) => {
        setRecoveryCodes(answer.recoveryCodes);
        setStarted(null);
        setCode('');
        state.reload();
      },
    );
  };
  const turnOff = (event: FormEvent) => {
    event.preventDefault();
    void run(
      () => api.turnOffTwoFactor(password),
      () => {
        setPassword('');
        setRecoveryCodes(null);
        setNotice(t('account.twoFactor.turnedOff'));
        state.reload();
      },
    );
  };

  return (
    <section aria-labelledby="two-factor-title">
      <h2 id="two-factor-title">{t('account.twoFactor.title')}</h2>
      {notice && <Notice>{notice}</Notice>}
      <ErrorSummary error={error ?? state.error} />
      {current && !current.available && !current.on && (
        <p className="muted">{t('account.twoFactor.unavailable')}</p>
      )}
      {current?.on && <p>{t('account.twoFactor.on', { left: current.recoveryCodesLeft })}</p>}
      {current && !current.on && current.available && !started && (
        <>
          <p>{t('account.twoFactor.off')}</p>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => void start()}
          >
            {t('account.twoFactor.start')}
          </button>
        </>
      )}
      {started && (
        <form className="form" onSubmit={confirm} noValidate>
          <p>{t('account.twoFactor.scan')}</p>
          <QrCode text={started.uri} label={t('account.twoFactor.qr')} />
          <p>
            {t('account.twoFactor.secret')}: <code data-testid="totp-secret">{started.secret}</code>{' '}
            <a href={started.uri}>{t('account.twoFactor.link')}</a>
          </p>
          <TextField
            path="code"
            label={t('account.twoFactor.code')}
            autoComplete="one-time-code"
            inputMode="numeric"
            error={error}
            value={code}
            onChange={setCode}
          />
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('account.twoFactor.confirm')}
          </button>
        </form>
      )}
      {recoveryCodes && (
        <div className="alert alert--info" role="status">
          <h3>{t('account.twoFactor.codesTitle')}</h3>
          <p>{t('account.twoFactor.codesIntro')}</p>
          <ul className="recovery-codes">
            {recoveryCodes.map((recovery) => (
              <li key={recovery}>
                <code>{recovery}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {current?.on && (
        <form className="form" onSubmit={turnOff} noValidate>
          <TextField
            path="password"
            label={t('account.twoFactor.password')}
            type="password"
            autoComplete="current-password"
            error={error}
            value={password}
            onChange={setPassword}
          />
          <button type="submit" className="button button--secondary" disabled={busy}>
            {t('account.twoFactor.turnOff')}
          </button>
        </form>
      )}
    </section>
  );
}
