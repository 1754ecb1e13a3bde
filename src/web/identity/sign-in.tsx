/** The sign-in page: email and password, in the browser's (or the chosen) language. */
import { type FormEvent, useState } from 'react';
import { type ApiError, asApiError } from '../api/client.js';
import { useI18n } from '../i18n.js';
import { Link } from '../router.js';
import { useSession } from '../session.js';
import { ErrorSummary } from '../ui/errors.js';
import { TextField } from '../ui/field.js';
import { SignedOutCard } from './signed-out-card.js';

/** Signs in; `ended` says the previous session expired. */
export function SignInPage({ ended }: { ended: boolean }) {
  const { t } = useI18n();
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email.trim(), password);
    } catch (failure) {
      setError(asApiError(failure));
      setBusy(false);
    }
  };

  const wrongCredentials = error?.code === 'unauthenticated';
  return (
    <SignedOutCard title={t('auth.signIn.title')}>
      <p className="muted">{t('app.tagline')}</p>
      {ended && !error && (
        <p className="alert alert--info" role="status">
          {t('app.sessionEnded')}
        </p>
      )}
      {wrongCredentials ? (
        <p className="alert alert--error" role="alert">
          {t('auth.signIn.failed')}
        </p>
      ) : (
        <ErrorSummary error={error} />
      )}
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
        <TextField
          path="password"
          label={t('auth.signIn.password')}
          type="password"
          autoComplete="current-password"
          error={error}
          value={password}
          onChange={setPassword}
        />
        <button type="submit" className="button button--primary button--block" disabled={busy}>
          {busy ? t('auth.signIn.submitting') : t('auth.signIn.submit')}
        </button>
      </form>
      <Link to="/forgot-password">{t('auth.signIn.forgot')}</Link>
    </SignedOutCard>
  );
}
