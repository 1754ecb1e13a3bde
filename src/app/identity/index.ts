/**
 * The identity module's public surface: organisations, users and their roles, sign-in, web
 * sessions, API tokens and the audit log. Other modules and the outer layers import this file only.
 */
export { type Authenticated, actorFor, authenticate, type Credentials } from './authenticate.js';
export {
  type BootstrapResult,
  bootstrapInstallation,
  demoPassword,
} from './bootstrap-installation.js';
export { completePasswordReset } from './complete-password-reset.js';
export { confirmTwoFactor, recoveryCodeCount } from './confirm-two-factor.js';
export { createApiToken } from './create-api-token.js';
export { createOrganisation, type NewOrganisation } from './create-organisation.js';
export { createUser, minimumPasswordLength, type NewUser } from './create-user.js';
export { endOtherSessions, endSession } from './end-sessions.js';
export { listApiTokens } from './list-api-tokens.js';
export { listOrganisations } from './list-organisations.js';
export { listSessions } from './list-sessions.js';
export { listUsers } from './list-users.js';
export { sessionLifetimeMs } from './open-session.js';
export type {
  AccountMail,
  AccountMailer,
  AccountMailQueue,
  AccountNotice,
  ApiToken,
  ApiTokenReader,
  ApiTokenRepository,
  AuditFilter,
  AuditReader,
  IdentityDeps,
  IdentityTx,
  Organisation,
  OrganisationReader,
  OrganisationRepository,
  PasswordResetRepository,
  SecondFactor,
  SecondFactorRepository,
  SessionInfo,
  SessionReader,
  SessionRepository,
  SignInAttemptCounter,
  User,
  UserReader,
  UserRepository,
} from './ports.js';
export { readAuditLog } from './read-audit-log.js';
export { readMe } from './read-me.js';
export { readOrganisation } from './read-organisation.js';
export { readUser } from './read-user.js';
export { requestPasswordReset } from './request-password-reset.js';
export { resetPassword } from './reset-password.js';
export { resetTwoFactor } from './reset-two-factor.js';
export { revokeApiToken } from './revoke-api-token.js';
export { digestSecret, newSecret, verifyPassword } from './secrets.js';
export { setOrganisationTimeZone } from './set-organisation-time-zone.js';
export { signIn } from './sign-in.js';
export { type OidcClaims, signInWithOidc } from './sign-in-with-oidc.js';
export { signOut } from './sign-out.js';
export { startTwoFactor } from './start-two-factor.js';
export { identityData } from './stored-data.js';
export { readTwoFactor, turnOffTwoFactor } from './turn-off-two-factor.js';
export { updateUser } from './update-user.js';
export { visibleOrganisationIds } from './visible-organisations.js';
