import { z } from 'zod';
import { isTrustedRelayEntry } from '../mail/auth-check.js';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Unset: 0.0.0.0 for a configured installation, 127.0.0.1 for the demo (its password is public). */
  HOST: z.string().min(1).optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  LOG_LEVEL: z.enum(logLevels).default('info'),
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  PACTA_ADMIN_EMAIL: z.email().optional(),
  PACTA_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  /** `[host:]port` of the SMTP listener; off unless set (the demo turns it on at 127.0.0.1:2525). */
  PACTA_SMTP_LISTEN: z
    .string()
    .regex(/^(?:(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):)?\d{1,5}$/, 'must be [host:]port')
    .optional(),
  /** `smtp://` or `smtps://` URL of the server Pacta sends through; without it mail is held. */
  PACTA_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  /** The desk's address: mail is sent from it and replies come back to it, plus-addressed. */
  PACTA_MAIL_ADDRESS: z.email().default('soporte@pacta.localhost'),
  /** The name mail is sent under. */
  PACTA_MAIL_NAME: z.string().min(1).default('Pacta'),
  /** The largest message accepted, in bytes (larger ones are answered 552). */
  PACTA_MAIL_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(25 * 1024 * 1024),
  /**
   * Relays whose mail is vouched for (approvals by mail accept a reply through one without DKIM
   * or SPF): IPs or CIDR ranges, comma-separated; a malformed entry stops start-up.
   */
  PACTA_TRUSTED_RELAYS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((entry) => entry.trim())
        .filter((entry) => entry !== ''),
    )
    .refine((entries) => entries.every(isTrustedRelayEntry), {
      message: 'must be IP addresses or CIDR ranges, comma-separated',
    }),
  /** The address people reach the web app at: links in mail and help-centre links start with it. */
  PACTA_PUBLIC_URL: z
    .string()
    .regex(/^https?:\/\/[^\s/]+/, 'must be an http:// or https:// address')
    .optional(),
  /**
   * The key mailbox passwords are sealed with (AES-256-GCM, key derived by HKDF); without it no
   * mailbox can be saved. Changing it makes the stored passwords unreadable: enter them again.
   */
  PACTA_SECRET_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  /** The OpenID Connect provider people may sign in through (its issuer URL); off unless set. */
  PACTA_OIDC_ISSUER: z
    .string()
    .regex(/^https?:\/\/[^\s/]+/, 'must be an http:// or https:// address')
    .optional(),
  /** Pacta's client id and secret at that provider. */
  PACTA_OIDC_CLIENT_ID: z.string().min(1).optional(),
  PACTA_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** The provider's name on the sign-in page ("Sign in with …"); the issuer's host by default. */
  PACTA_OIDC_NAME: z.string().min(1).max(60).optional(),
  /** The bearer token of `/metrics`; unset, the route does not exist. */
  PACTA_METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** The anonymisation log file, kept outside the database; `DATA_DIR/anonymisation-log.jsonl` unset. */
  PACTA_ANONYMISATION_LOG: z.string().min(1).optional(),
});

const adminPairRequired = 'set both PACTA_ADMIN_EMAIL and PACTA_ADMIN_PASSWORD, or neither (demo)';

const oidcSet = ['PACTA_OIDC_ISSUER', 'PACTA_OIDC_CLIENT_ID', 'PACTA_OIDC_CLIENT_SECRET'] as const;
const oidcSetRequired = `set ${oidcSet.join(', ')} together, or none`;
const oidcNeedsPublicUrl =
  'is needed with PACTA_OIDC_ISSUER: the provider sends people back to <it>/api/auth/oidc/callback';

type ConfigIssues = { addIssue(issue: { code: 'custom'; path: string[]; message: string }): void };

/** OpenID Connect is all set or all unset, with the public URL its callback is reached at. */
function checkOidc(config: z.infer<typeof configSchema>, context: ConfigIssues) {
  const missing = oidcSet.filter((name) => !config[name]);
  if (missing.length > 0 && missing.length < oidcSet.length) {
    for (const name of missing) {
      context.addIssue({ code: 'custom', path: [name], message: oidcSetRequired });
    }
  }
  if (config.PACTA_OIDC_ISSUER && !config.PACTA_PUBLIC_URL) {
    context.addIssue({ code: 'custom', path: ['PACTA_PUBLIC_URL'], message: oidcNeedsPublicUrl });
  }
  if (config.PACTA_OIDC_NAME && !config.PACTA_OIDC_ISSUER) {
    const message = 'names a provider, but PACTA_OIDC_ISSUER is not set';
    context.addIssue({ code: 'custom', path: ['PACTA_OIDC_NAME'], message });
  }
}

const checkedConfigSchema = configSchema.superRefine((config, context) => {
  checkOidc(config, context);
  const given = [config.PACTA_ADMIN_EMAIL, config.PACTA_ADMIN_PASSWORD].filter(Boolean).length;
  if (given !== 1) return;
  const missing = config.PACTA_ADMIN_EMAIL ? 'PACTA_ADMIN_PASSWORD' : 'PACTA_ADMIN_EMAIL';
  context.addIssue({ code: 'custom', path: [missing], message: adminPairRequired });
});

/** The OpenID Connect settings the configuration holds, or undefined when it is off. */
export function oidcSettingsOf(config: Config) {
  const { PACTA_OIDC_ISSUER: issuer, PACTA_OIDC_CLIENT_ID: clientId } = config;
  const { PACTA_OIDC_CLIENT_SECRET: clientSecret, PACTA_PUBLIC_URL: publicUrl } = config;
  if (!issuer || !clientId || !clientSecret || !publicUrl) return undefined;
  return {
    issuer,
    clientId,
    clientSecret,
    redirectUri: new URL('/api/auth/oidc/callback', publicUrl).href,
    name: config.PACTA_OIDC_NAME ?? new URL(issuer).host,
  };
}

/** Pacta's whole configuration, read once from the environment at start-up. */
export type Config = z.infer<typeof configSchema>;

/** Why start-up refused the environment; the message names every offending variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Parses the environment once; empty strings count as unset so `PORT= npm start` means the default. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = checkedConfigSchema.safeParse(present);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigError(`invalid configuration:\n  ${problems.join('\n  ')}`);
}
