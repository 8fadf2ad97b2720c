import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const DEMO_ADMIN_USER = 'admin';
const DEMO_ADMIN_PASSWORD = 'jobhall-demo';

const port = z.coerce.number().int().min(0).max(65535);

/** The environment the hub reads. Anything not listed here is ignored; anything listed is checked. */
const Env = z.object({
  PORT: port.default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  /** TCP port of the embedded broker; 0 picks a free port (tests). */
  MQTT_PORT: port.default(1883),
  /** When set, the hub is a client of this external broker and starts no broker of its own. */
  MQTT_URL: z.url({ protocol: /^mqtts?$/ }).optional(),
  MQTT_USERNAME: z.string().min(1).optional(),
  MQTT_PASSWORD: z.string().min(1).optional(),
  /** Where browsers reach the external broker over WebSocket (embedded mode serves /mqtt on the hub's port). */
  MQTT_WS_URL: z.url({ protocol: /^wss?$/ }).optional(),
  MQTT_DISPLAY_USERNAME: z.string().min(1).default('display'),
  /**
   * Who keeps device accounts on the external broker: `file` (its password file and ACL, managed outside
   * JobHall; devices cannot be enrolled from admin) or `dynsec` (Mosquitto's dynamic-security plugin, which the
   * hub drives: MQTT_USERNAME must be the plugin's admin client).
   */
  MQTT_ACCOUNTS: z.enum(['file', 'dynsec']).default('file'),
  /** The broker address enrolled devices are given; defaults to MQTT_URL, or the embedded broker on PUBLIC_URL's host. */
  MQTT_DEVICE_URL: z.url({ protocol: /^mqtts?$/ }).optional(),
  /** Minutes a device enrolment code is valid. */
  ENROLMENT_CODE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  MQTT_DISPLAY_PASSWORD: z.string().min(1).optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  CONTENT_DIR: z.string().min(1).default(path.join(repoRoot, 'content')),
  /** Where the built apps are; each app builds into <app>/dist. */
  APPS_DIR: z.string().min(1).default(repoRoot),
  JOBHALL_MODE: z.enum(['demo', 'production']).default('demo'),
  JOBHALL_ADMIN_USER: z.string().min(1).max(64).default(DEMO_ADMIN_USER),
  JOBHALL_ADMIN_PASSWORD: z.string().min(8, 'at least 8 characters').max(256).default(DEMO_ADMIN_PASSWORD),
  /** The base URL phones use for QR links; defaults to this machine's first LAN address. */
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Minutes a print job that could not print is kept for retry; a ticket printed later than this helps nobody. */
  PRINT_RETRY_MINUTES: z.coerce.number().int().min(0).max(24 * 60).default(10),
  /**
   * Requests a minute one client (address + kiosk id) may make to the public and kiosk API; 0 turns the limit
   * off. A kiosk in steady use makes well under a hundred; 600 leaves room for a burst of typing and reloads.
   */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(600),
  /**
   * The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed (addresses, CIDR ranges, or
   * loopback / linklocal / uniquelocal, comma-separated). Unset: none, and the hub sees the proxy's address.
   */
  TRUST_PROXY: z.string().optional(),
});

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  ${problems.join('\n  ')}`);
  }
}

function firstLanAddress(): string {
  for (const list of Object.values(os.networkInterfaces())) {
    for (const ni of list ?? []) if (ni.family === 'IPv4' && !ni.internal) return ni.address;
  }
  return 'localhost';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];
  const usesDefaultAdmin = e.JOBHALL_ADMIN_PASSWORD === DEMO_ADMIN_PASSWORD;
  if (e.JOBHALL_MODE === 'production' && usesDefaultAdmin) {
    problems.push('JOBHALL_ADMIN_PASSWORD: the demo default password is refused outside demo mode; set your own');
  }
  if (e.MQTT_URL && env.MQTT_PORT !== undefined) {
    problems.push('MQTT_PORT: set either MQTT_PORT (embedded broker) or MQTT_URL (external broker), not both');
  }
  if (e.MQTT_URL && !e.MQTT_WS_URL) {
    problems.push('MQTT_WS_URL: required with MQTT_URL, so the browsers can reach the external broker');
  }
  if (!e.MQTT_URL && env.MQTT_ACCOUNTS === 'dynsec') {
    problems.push('MQTT_ACCOUNTS: dynsec needs an external Mosquitto (MQTT_URL); the embedded broker keeps its own accounts');
  }
  if (e.MQTT_URL && !e.MQTT_DISPLAY_PASSWORD) {
    problems.push('MQTT_DISPLAY_PASSWORD: required with MQTT_URL (the display account on the external broker)');
  }
  const proxies = e.TRUST_PROXY?.split(',').map((a) => a.trim()).filter(Boolean) ?? [];
  for (const p of proxies) {
    const [address, bits] = p.split('/');
    const ok = ['loopback', 'linklocal', 'uniquelocal'].includes(p) || (net.isIP(address!) && (bits === undefined || /^\d{1,3}$/.test(bits)));
    if (!ok) problems.push(`TRUST_PROXY: "${p}" is not an address, a CIDR range, or loopback, linklocal or uniquelocal`);
  }
  if (problems.length) throw new ConfigError(problems);

  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    mode: e.JOBHALL_MODE,
    dataDir: path.resolve(e.DATA_DIR),
    contentDir: path.resolve(e.CONTENT_DIR),
    appsDir: path.resolve(e.APPS_DIR),
    logLevel: e.LOG_LEVEL,
    publicUrl: (e.PUBLIC_URL ?? `http://${firstLanAddress()}:${e.PORT}`).replace(/\/$/, ''),
    printRetryMs: e.PRINT_RETRY_MINUTES * 60_000,
    enrolmentCodeMs: e.ENROLMENT_CODE_MINUTES * 60_000,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    trustProxy: proxies.length ? proxies : null,
    admin: Object.freeze({ username: e.JOBHALL_ADMIN_USER, password: e.JOBHALL_ADMIN_PASSWORD, isDemoDefault: usesDefaultAdmin }),
    broker: Object.freeze(
      e.MQTT_URL
        ? {
            mode: 'external' as const,
            url: e.MQTT_URL,
            username: e.MQTT_USERNAME,
            password: e.MQTT_PASSWORD,
            wsUrl: e.MQTT_WS_URL!,
            display: Object.freeze({ username: e.MQTT_DISPLAY_USERNAME, password: e.MQTT_DISPLAY_PASSWORD! }),
            accounts: e.MQTT_ACCOUNTS,
            deviceUrl: e.MQTT_DEVICE_URL ?? e.MQTT_URL,
          }
        : { mode: 'embedded' as const, port: e.MQTT_PORT, deviceUrl: e.MQTT_DEVICE_URL ?? null },
    ),
  });
}

export type Config = ReturnType<typeof loadConfig>;
