/**
 * Sign-in through an OpenID Connect provider, with `openid-client`: the authorization code flow
 * with PKCE (S256), state and nonce. The protocol lives here, at the edge; what a verified email
 * means for Pacta is the identity module's (signInWithOidc).
 */
import * as oidc from 'openid-client';
import type { OidcClaims } from '../../app/identity/index.js';

/** What one sign-in must find again at the callback: kept in a short-lived httpOnly cookie. */
export interface OidcFlow {
  state: string;
  nonce: string;
  verifier: string;
}

/** The settings of the provider, as the installation configures them. */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Where the provider sends the browser back: `<public URL>/api/auth/oidc/callback`. */
  redirectUri: string;
  /** The provider's name on the sign-in button. */
  name: string;
}

/** One configured provider: where to send a browser, and what came back. */
export interface OidcSignIn {
  readonly name: string;
  /** The provider's authorization URL for a new flow, and the flow to keep. */
  start(): Promise<{ url: string; flow: OidcFlow }>;
  /** Exchanges the callback's code (checking state, nonce, PKCE and the ID token) for the claims. */
  finish(callbackQuery: URLSearchParams, flow: OidcFlow): Promise<OidcClaims>;
}

/**
 * The provider behind `settings`. Its metadata is discovered at the first sign-in (a provider
 * down at start-up does not stop Pacta) and kept; a failed discovery is tried again next time.
 * Plain-http issuers are accepted only as given (a provider on the same host, or a test).
 */
export function openIdConnect(settings: OidcSettings): OidcSignIn {
  let discovered: Promise<oidc.Configuration> | undefined;
  const configuration = () => {
    discovered ??= oidc
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        settings.clientSecret,
        undefined,
        settings.issuer.startsWith('http://') ? { execute: [oidc.allowInsecureRequests] } : {},
      )
      .catch((failure: unknown) => {
        discovered = undefined;
        throw failure;
      });
    return discovered;
  };
  return {
    name: settings.name,
    async start() {
      const config = await configuration();
      const flow = {
        state: oidc.randomState(),
        nonce: oidc.randomNonce(),
        verifier: oidc.randomPKCECodeVerifier(),
      };
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUri,
        scope: 'openid email profile',
        code_challenge: await oidc.calculatePKCECodeChallenge(flow.verifier),
        code_challenge_method: 'S256',
        state: flow.state,
        nonce: flow.nonce,
      });
      return { url: url.href, flow };
    },
    async finish(callbackQuery, flow) {
      const config = await configuration();
      const current = new URL(settings.redirectUri);
      current.search = callbackQuery.toString();
      const tokens = await oidc.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: flow.verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims();
      if (!idToken) throw new Error('the provider answered no ID token');
      // claims may come in the ID token or only from the user info endpoint
      const claims =
        typeof idToken.email === 'string'
          ? idToken
          : await oidc.fetchUserInfo(config, tokens.access_token, idToken.sub);
      return {
        email: typeof claims.email === 'string' ? claims.email : undefined,
        emailVerified: claims.email_verified === true,
      };
    },
  };
}
