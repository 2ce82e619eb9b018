import { isIP } from 'node:net';
import { isIsoDate } from '@ptp/shared';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1');

/** An optional setting where an empty value (`FOO=` in a compose file) means "not set". */
const unset = <T extends z.ZodTypeAny>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

/** Express's names for address ranges, accepted in TRUST_PROXY lists. */
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** One TRUST_PROXY list entry: a range name, an address, or address/prefix (CIDR). */
function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.has(entry)) return true;
  const [address, prefix, extra] = entry.split('/');
  const family = isIP(address);
  if (!family || extra !== undefined) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * Whose X-Forwarded-For to believe, in the forms Express's `trust proxy` takes: unset or `false`
 * (believe nobody: the client address is the TCP peer), `true` (everyone — only when nothing can
 * reach the API but the proxy), a hop count, or a comma-separated list of addresses, CIDRs and the
 * names loopback, linklocal, uniquelocal.
 */
const trustProxy = unset(z.string())
  .transform((v, ctx): boolean | number | string[] => {
    const value = v?.trim() ?? '';
    if (value === '' || value === 'false') return false;
    if (value === 'true') return true;
    if (/^\d+$/.test(value)) return Number(value);
    const entries = value.split(',').map((e) => e.trim()).filter(Boolean);
    const bad = entries.filter((e) => !isProxyAddress(e));
    if (bad.length || !entries.length) {
      ctx.addIssue({
        code: 'custom',
        message: `expected true, false, a hop count, or comma-separated addresses/CIDRs (or loopback, linklocal, uniquelocal); not ${bad.join(', ') || JSON.stringify(v)}`,
      });
      return z.NEVER;
    }
    return entries;
  });

/** Everything the API reads from the environment, validated once at boot. */
const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  PTP_DATA_DIR: z.string().optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(5544),
  WEB_DIST_DIR: z.string().optional(),
  /** Secure session cookies. Unset: on when NODE_ENV=production; `true`/`false` to say so explicitly. */
  COOKIE_SECURE: z.enum(['true', 'false', '1', '0', '']).optional(),
  /** Reverse proxies whose X-Forwarded-For is believed (see trustProxy above). Unset: none. */
  TRUST_PROXY: trustProxy,
  /** A session ends this long after it was opened, however busy… */
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  /** …and after this many minutes without a request. */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  /**
   * How long a copy keeps a resolved session cookie before asking the database again (0: every request). Revocations,
   * deactivations and role changes reach every copy at once through PostgreSQL notifications (docs/security.md).
   */
  SESSION_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
  /** Failed sign-ins per LOGIN_WINDOW_MINUTES: one account from one address (the lock a user may run into), */
  LOGIN_MAX_FAILURES_PER_ACCOUNT_IP: z.coerce.number().int().min(1).default(5),
  /** one address across all accounts (password spraying), */
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(30),
  /** one account from all addresses together (a backstop against a distributed guess). */
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(100),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).default(10),
  /** Fields one operation may select, fragments expanded and aliases counted. */
  GRAPHQL_MAX_FIELDS: z.coerce.number().int().min(50).default(1000),
  /**
   * The day the demo seed (--seed) takes for today when it first fills a database, YYYY-MM-DD.
   * Unset: the demo program's today. The browser flows pin it once per run (e2e/playwright.config.ts).
   */
  DEMO_TODAY: unset(z.string().refine(isIsoDate, 'expected a date YYYY-MM-DD')),
  /** Benchmark aid: count SQL statements per request into the x-sql-statements header. */
  PTP_SQL_COUNT: bool,
  /** Background jobs (pg-boss). On by default; tests turn them off and call the job directly. */
  JOBS_ENABLED: z.enum(['true', 'false', '1', '0']).default('true').transform((v) => v === 'true' || v === '1'),
  GRAPHQL_MAX_COMPLEXITY: z.coerce.number().int().min(10).default(5000),
  /** The address people open (links in emails). Default: http://localhost:PORT. */
  PUBLIC_URL: unset(z.string().url()),
  /** Outgoing mail. SMTP_URL (smtp[s]://user:pass@host:port) or SMTP_HOST and friends; with neither,
   *  every email is written as an .eml file to <data dir>/mail (docs/accounts.md). */
  SMTP_URL: unset(z.string().regex(/^smtps?:\/\/.+/, 'must be smtp://… or smtps://…')),
  SMTP_HOST: unset(z.string().min(1)),
  SMTP_PORT: unset(z.coerce.number().int().min(1).max(65535)),
  SMTP_SECURE: bool,
  SMTP_USER: unset(z.string()),
  SMTP_PASSWORD: unset(z.string()),
  MAIL_FROM: z.string().min(3).default('Externship portal <no-reply@localhost>'),
  INVITATION_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  PASSWORD_RESET_TTL_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(60),
  /** false: only SSO sign-in (OIDC_* must then be set). */
  PASSWORD_LOGIN_ENABLED: z.enum(['true', 'false', '1', '0']).default('true').transform((v) => v === 'true' || v === '1'),
  /** OpenID Connect sign-in (authorization code + PKCE). All of issuer, client id and secret, or none. */
  OIDC_ISSUER: unset(z.string().url()),
  OIDC_CLIENT_ID: unset(z.string().min(1)),
  OIDC_CLIENT_SECRET: unset(z.string().min(1)),
  /** The ID-token claim that holds the email (default email). */
  OIDC_EMAIL_CLAIM: z.string().min(1).default('email'),
  /** The button's wording, e.g. "Sign in with Riverside College". */
  OIDC_LABEL: z.string().min(1).max(80).default('Sign in with your institution'),
}).superRefine((env, ctx) => {
  if (env.SMTP_URL && env.SMTP_HOST) ctx.addIssue({ code: 'custom', path: ['SMTP_HOST'], message: 'set SMTP_URL or SMTP_HOST, not both' });
  if ((env.SMTP_USER && !env.SMTP_PASSWORD) || (!env.SMTP_USER && env.SMTP_PASSWORD)) {
    ctx.addIssue({ code: 'custom', path: ['SMTP_USER'], message: 'SMTP_USER and SMTP_PASSWORD go together' });
  }
  const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].filter(Boolean).length;
  if (oidc !== 0 && oidc !== 3) ctx.addIssue({ code: 'custom', path: ['OIDC_ISSUER'], message: 'OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together' });
  if (!env.PASSWORD_LOGIN_ENABLED && oidc !== 3) {
    ctx.addIssue({ code: 'custom', path: ['PASSWORD_LOGIN_ENABLED'], message: 'password sign-in can be turned off only when OIDC is configured' });
  }
}).transform((env) => ({
  ...env,
  COOKIE_SECURE: env.COOKIE_SECURE === undefined || env.COOKIE_SECURE === '' ? env.NODE_ENV === 'production' : env.COOKIE_SECURE === 'true' || env.COOKIE_SECURE === '1',
}));
export type Env = z.infer<typeof EnvSchema>;

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid environment configuration:\n${lines}`);
  }
  return parsed.data;
}

/** The base of links in emails, without a trailing slash. */
export const publicUrl = (env: Env): string => (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '');
