/** English messages of sign-in through OpenID Connect (issue 18 #9): its rules and the sign-in page's button. */

/** English OpenID Connect sign-in messages; the keys of every language. */
export const enOidc = {
  'identity.rule.oidc_not_configured': 'Signing in through another provider is not set up here.',
  'identity.rule.oidc_failed':
    'Signing in through the provider did not complete (it may have been cancelled or taken too long). Try again.',
  'identity.rule.oidc_email_unverified':
    'The provider has not verified your email address, so Pacta cannot tell who you are. Verify it there, or sign in with your password.',
  'identity.rule.oidc_no_account':
    'No active Pacta account can sign in with that email address. Ask an administrator to add you.',
  'auth.signIn.oidc': 'Sign in with {name}',
  'auth.signIn.or': 'or',
} as const;
