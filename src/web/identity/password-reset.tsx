/**
 * A forgotten password: the page that asks for the link by mail, and the page the link opens
 * (its secret in the URL's fragment, which never reaches the server's logs) to choose a new one.
 */
import { type FormEvent, useState } from 'react';
import { api } from '../api/endpoints.js';
import { useI18n } from '../i18n.js';
import { Link } from '../router.js';
import { ErrorSummary } from '../ui/errors.js';
import { TextField } from '../ui/field.js';
import { useAction } from '../ui/use-action.js';
import { SignedOutCard } from './signed-out-card.js';

/** Asks for a reset link; says the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const address = email.trim();
    void run(
      () => api.requestPasswordReset(address),
      () => setSentTo(address),
    );
  };
  return (
    <SignedOutCard title={t('auth.forgot.title')}>
      {sentTo ? (
        <p className="alert alert--info" role="status">
          {t('auth.forgot.sent', { email: sentTo })}
        </p>
      ) : (
        <>
          <p className="muted">{t('auth.forgot.intro')}</p>
          <ErrorSummary error={error} />
          <form className="form" onSubmit={submit} noValidate>
            <TextField
              path="email"
              label={t('auth.signIn.email')}
              type="email"
              autoComplete="username"
              error={error}
              value={email}
              onChange={setEmail}
            />
            <button type="submit" className="button button--primary button--block" disabled={busy}>
              {t('auth.forgot.submit')}
            </button>
          </form>
        </>
      )}
      <Link to="/">{t('auth.forgot.back')}</Link>
    </SignedOutCard>
  );
}

/** The link's secret, read from `#token=…`. */
function tokenOfLink(): string {
  return new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
}

/** Chooses a new password with the mailed link; then every session ends, this browser's too. */
export function ResetPasswordPage() {
  const { t } = useI18n();
  const [token] = useState(tokenOfLink);
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const { busy, error, run } = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(
      () => api.completePasswordReset(token, password),
      () => {
        // the secret is spent: keep it out of the history
        window.history.replaceState(null, '', '/reset-password');
        setDone(true);
      },
    );
  };
  const unusable = error?.rule?.key === 'identity.rule.reset_link_unusable';
  return (
    <SignedOutCard title={t('auth.reset.title')}>
      {done ? (
        <>
          <p className="alert alert--info" role="status">
            {t('auth.reset.done')}
          </p>
          <a href="/" className="button button--primary button--block">
            {t('auth.signIn.submit')}
          </a>
        </>
      ) : token === '' || unusable ? (
        <>
          <p className="alert alert--error" role="alert">
            {unusable ? t('identity.rule.reset_link_unusable') : t('auth.reset.noToken')}
          </p>
          <Link to="/forgot-password" className="button button--secondary button--block">
            {t('auth.reset.askAgain')}
          </Link>
        </>
      ) : (
        <>
          <ErrorSummary error={error} />
          <form className="form" onSubmit={submit} noValidate>
            <TextField
              path="password"
              label={t('auth.reset.password')}
              hint={t('auth.reset.hint')}
              type="password"
              autoComplete="new-password"
              error={error}
              value={password}
              onChange={setPassword}
            />
            <button type="submit" className="button button--primary button--block" disabled={busy}>
              {t('auth.reset.submit')}
            </button>
          </form>
        </>
      )}
    </SignedOutCard>
  );
}
