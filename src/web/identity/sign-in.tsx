/** The sign-in page: email and password, then the app's code when two-step sign-in is on; or the OpenID Connect provider. */
import { type FormEvent, useState } from 'react';
import { type ApiError, asApiError } from '../api/client.js';
import { useI18n } from '../i18n.js';
import { Link } from '../router.js';
import { useSession } from '../session.js';
import { ErrorSummary, issuesAt } from '../ui/errors.js';
import { TextField } from '../ui/field.js';
import { OidcRefusal, OidcSignInButton } from './oidc-sign-in.js';
import { SignedOutCard } from './signed-out-card.js';

/** Signs in; `ended` says the previous session expired. */
export function SignInPage({ ended }: { ended: boolean }) {
  const { t } = useI18n();
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [needsCode, setNeedsCode] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email.trim(), password, needsCode ? code.trim() : undefined);
    } catch (failure) {
      const answer = asApiError(failure);
      const asksForCode = issuesAt(answer, 'code').length > 0;
      // the first answer asking for the code is a step, not an error
      setError(asksForCode && !needsCode ? null : answer);
      if (asksForCode) setNeedsCode(true);
      setBusy(false);
    }
  };

  const wrongCredentials = error?.code === 'unauthenticated';
  const failed = needsCode ? t('auth.signIn.codeWrong') : t('auth.signIn.failed');
  return (
    <SignedOutCard title={t('auth.signIn.title')}>
      <p className="muted">{t('app.tagline')}</p>
      {ended && !error && (
        <p className="alert alert--info" role="status">
          {t('app.sessionEnded')}
        </p>
      )}
      {!error && <OidcRefusal />}
      {wrongCredentials ? (
        <p className="alert alert--error" role="alert">
          {failed}
        </p>
      ) : (
        <ErrorSummary error={error} />
      )}
      {needsCode && !error && (
        <p className="alert alert--info" role="status">
          {t('auth.signIn.codeNeeded')}
        </p>
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
        {needsCode && (
          <TextField
            path="code"
            label={t('auth.signIn.code')}
            hint={t('auth.signIn.codeHint')}
            autoComplete="one-time-code"
            inputMode="numeric"
            error={error}
            value={code}
            onChange={setCode}
          />
        )}
        <button type="submit" className="button button--primary button--block" disabled={busy}>
          {busy ? t('auth.signIn.submitting') : t('auth.signIn.submit')}
        </button>
      </form>
      <OidcSignInButton />
      <Link to="/forgot-password">{t('auth.signIn.forgot')}</Link>
    </SignedOutCard>
  );
}
