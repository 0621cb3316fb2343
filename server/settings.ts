/** Process settings from the environment, validated once at start. */
import { z } from 'zod';
import { passwordProblem } from '../shared/schemas/password.js';
import { DEMO_ACCOUNTS } from './offices/demo-seed.js';

/** The demo accounts' password follows the same rules as any account's, for every demo username. */
const DemoPassword = z.string().superRefine((pw, ctx) => {
  const problem = DEMO_ACCOUNTS.map((a) => passwordProblem(pw, a.username)).find(Boolean);
  if (problem) ctx.addIssue({ code: 'custom', message: `DEMO_PASSWORD: ${problem.replace(/^password: /, '')}` });
});
import { parsePrinterNetworks } from './printing/printer-networks.js';
import { parseWebhookNetworks } from './webhooks/url-policy.js';

/** A comma-separated list of CIDR ranges, refused with its parser's message (which names the setting). */
const AddressRanges = (parseRanges: (text: string | undefined) => string[]) =>
  z
    .string()
    .optional()
    .superRefine((v, ctx) => {
      try {
        parseRanges(v);
      } catch (err) {
        ctx.addIssue({ code: 'custom', message: (err as Error).message });
      }
    });

/** The identity-hash salt when IDENTITY_SALT is not set (tests, the demo). */
export const DEFAULT_IDENTITY_SALT = 'hang-cho-identity';

const Env = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    REDIS_URL: z.string().url().optional(),
    REDIS_CLUSTER_NODES: z.string().optional(),
    DATA_DIR: z.string().default('data'),
    DEMO_PASSWORD: DemoPassword.optional(),
    /** `auto`: short human lines in a terminal, JSON lines when stdout is piped. */
    LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    WORKERS: z.enum(['in-process', 'none']).default('in-process'),
    PUBLIC_URL: z.string().url().optional(),
    /** Salt of the identity (CCCD) hashes; per deployment, so hashes do not match across deployments. */
    IDENTITY_SALT: z.string().min(1).default(DEFAULT_IDENTITY_SALT),
    /** Any value turns off colours in the pretty log form (https://no-color.org). */
    NO_COLOR: z.string().optional(),
    /** Address ranges of receipt printers an office administrator may use (port 9100), e.g. "10.20.0.0/16,192.168.50.0/24"; other printers only the deployment administrator sets. */
    PRINTER_NETWORKS: AddressRanges(parsePrinterNetworks),
    /**
     * Address ranges where office webhooks may be delivered although they are private (an intranet
     * dossier server), e.g. "10.30.0.0/16"; plain http is allowed there too. Elsewhere only https to public addresses.
     */
    WEBHOOK_NETWORKS: AddressRanges(parseWebhookNetworks),
    /** absolute lifetime of a staff session, however much it is used */
    SESSION_HOURS: z.coerce.number().min(1).max(72).default(12),
    /** a staff session unused this long ends */
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(5)
      .max(24 * 60)
      .default(120),
    /** Stream length kept for the audit/event stream of each office (older entries archived by retention). */
    EVENT_STREAM_MAXLEN: z.coerce.number().int().min(1000).default(200_000),
    /** Per-minute limits per client address, e.g. "issue=120,login=20" (the others keep their defaults). */
    RATE_LIMITS: z
      .string()
      .regex(/^[A-Za-z]+=\d+(,[A-Za-z]+=\d+)*$/, 'RATE_LIMITS: name=perMinute,…')
      .optional(),
    /** Express "trust proxy" behind nginx: a hop count (1) or the proxies' addresses, so limits see the citizen's address. */
    TRUST_PROXY: z.string().optional(),
    /** Bearer token for /metrics; without it only direct requests from the same machine get them. */
    METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN: at least 16 characters').optional(),
    RETENTION_DAYS: z.coerce.number().int().min(7).default(400),
    /** Days the event (audit) stream stays in Redis before it joins the archive files; at most RETENTION_DAYS. */
    EVENT_RETENTION_DAYS: z.coerce.number().int().min(1).default(3),
    /** How SMS leave (one-time codes, reminders, "turn near"): `webhook` (default with NOTIFY_WEBHOOK_URL) or `log` (the demo). */
    NOTIFY_DRIVER: z.enum(['log', 'webhook']).optional(),
    /**
     * Demo only: the log driver writes each message's text, one-time codes included, so the booking
     * page can be tried without an SMS gateway (`NOTIFY_LOG_TEXT=1 npm start`). Never in production.
     */
    NOTIFY_LOG_TEXT: z.stringbool().default(false),
    /** The SMS / Zalo gateway's webhook: a POST of `{ channel, to, kind, text, data }` per message (docs/api.md). */
    NOTIFY_WEBHOOK_URL: z.url({ protocol: /^https?$/ }).optional(),
    /** Signs each webhook body (`X-Signature`), so the gateway can refuse anything else. */
    NOTIFY_WEBHOOK_SECRET: z.string().min(16, 'NOTIFY_WEBHOOK_SECRET: at least 16 characters').optional(),
    /** Web Push (VAPID) keys of the deployment, from `npx web-push generate-vapid-keys`; all three or none. */
    VAPID_PUBLIC_KEY: z
      .string()
      .regex(/^[A-Za-z0-9_-]{80,90}$/, 'VAPID_PUBLIC_KEY: base64url P-256 public key')
      .optional(),
    VAPID_PRIVATE_KEY: z
      .string()
      .regex(/^[A-Za-z0-9_-]{40,45}$/, 'VAPID_PRIVATE_KEY: base64url P-256 private key')
      .optional(),
    /** A contact for the push services: `mailto:it@phuong.gov.vn` or an https URL. */
    VAPID_SUBJECT: z
      .string()
      .regex(/^(mailto:\S+@\S+|https:\/\/\S+)$/, 'VAPID_SUBJECT: mailto: or https: URL')
      .optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NOTIFY_DRIVER === 'webhook' && !env.NOTIFY_WEBHOOK_URL) ctx.addIssue({ code: 'custom', message: 'NOTIFY_DRIVER=webhook needs NOTIFY_WEBHOOK_URL' });
    const vapid = [env.VAPID_PUBLIC_KEY, env.VAPID_PRIVATE_KEY, env.VAPID_SUBJECT].filter(Boolean).length;
    if (vapid !== 0 && vapid !== 3) ctx.addIssue({ code: 'custom', message: 'VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY and VAPID_SUBJECT: all three or none' });
  });
export type Settings = z.infer<typeof Env>;

export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    throw new Error(`bad environment: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
