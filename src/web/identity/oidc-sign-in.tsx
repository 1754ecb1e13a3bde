/** Sign-in through the installation's OpenID Connect provider: its button, and why it refused. */
import { api } from '../api/endpoints.js';
import { useI18n } from '../i18n.js';
import { useLoad } from '../ui/use-load.js';

const refusals = [
  'oidc_not_configured',
  'oidc_failed',
  'oidc_email_unverified',
  'oidc_no_account',
] as const;

/** The rule the callback sent the browser back with (`?oidc_error=`), when it is one of ours. */
function refusalInAddress(): (typeof refusals)[number] | undefined {
  const given = new URLSearchParams(window.location.search).get('oidc_error');
  return refusals.find((rule) => rule === given);
}

/** Why the last sign-in through the provider was refused, if it was. */
export function OidcRefusal() {
  const { t } = useI18n();
  const rule = refusalInAddress();
  if (!rule) return null;
  return (
    <p className="alert alert--error" role="alert">
      {t(`identity.rule.${rule}`)}
    </p>
  );
}

/** "Sign in with <provider>" when the installation has one; nothing otherwise. */
export function OidcSignInButton() {
  const { t } = useI18n();
  const provider = useLoad(() => api.oidcProvider(), []);
  const name = provider.data?.name;
  if (!name) return null;
  return (
    <>
      <p className="muted">{t('auth.signIn.or')}</p>
      <a className="button button--secondary button--block" href="/api/auth/oidc/start">
        {t('auth.signIn.oidc', { name })}
      </a>
    </>
  );
}
