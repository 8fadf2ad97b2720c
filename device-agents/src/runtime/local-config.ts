import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);
const csv = (def: string) => z.string().default(def).transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean));

/**
 * What each machine sets for itself, in its environment (a systemd unit's Environment= lines): the hardware
 * it has and where it is plugged in. What the hub decides (the page, the printer's address) comes from
 * enrolment; these override it where both exist.
 */
export const LocalConfig = z.object({
  AGENT_STATE_DIR: z.string().default('./data/agents'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** printer: tcp://host:9100, /dev/usb/lp0, or sim: (overrides the hub's setting). */
  PRINTER_URL: z.string().optional(),
  /** card-reader: sim:, id-card:/dev/ttyUSB0[@115200] (SAM protocol) or social-security:/dev/ttyS0[@115200] (CCID over serial). */
  CARD_READER: z.string().default('sim:'),
  /** sms: sim:, http (SMS_HTTP_*), or modem:/dev/ttyUSB2[@115200]. */
  SMS_GATEWAY: z.string().default('sim:'),
  SMS_HTTP_URL: z.url().optional(),
  SMS_HTTP_FORMAT: z.enum(['json', 'form']).default('json'),
  SMS_HTTP_TO_FIELD: z.string().default('to'),
  SMS_HTTP_TEXT_FIELD: z.string().default('text'),
  /** Extra fields of every request, as JSON: {"account":"…","sign":"【…】"}. */
  SMS_HTTP_EXTRA: z.string().default('{}').transform((s, ctx) => {
    try {
      return z.record(z.string(), z.string()).parse(JSON.parse(s));
    } catch {
      ctx.addIssue({ code: 'custom', message: 'a JSON object of strings' });
      return z.NEVER;
    }
  }),
  SMS_HTTP_AUTH: z.string().regex(/^(none|bearer:.+|basic:[^:]+:.+|header:[\w-]+:.+)$/, 'none, bearer:<token>, basic:<user>:<password> or header:<Name>:<value>').default('none'),
  SMS_HTTP_ID_PATH: z.string().default('id'),
  SMS_HTTP_OK_PATH: z.string().optional(),
  SMS_HTTP_OK_VALUE: z.string().default('0'),
  /** The port the gateway's delivery reports (POST /dlr) and replies (POST /mo) come to; unset: none. */
  SMS_CALLBACK_PORT: port.optional(),
  SMS_CALLBACK_HOST: z.string().default('0.0.0.0'),
  SMS_CALLBACK_TOKEN: z.string().min(16).optional(),
  SMS_DLR_ID_FIELD: z.string().default('id'),
  SMS_DLR_STATUS_FIELD: z.string().default('status'),
  SMS_DLR_DELIVERED: csv('DELIVRD,delivered,DELIVERED,0,success'),
  SMS_MO_FROM_FIELD: z.string().default('from'),
  SMS_MO_TEXT_FIELD: z.string().default('text'),
  SMS_LIFETIME_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).default(60),
  SMS_MAX_PER_10_MIN: z.coerce.number().int().min(1).max(100).default(6),
  SMS_MAX_PER_DAY: z.coerce.number().int().min(1).max(1000).default(20),
  /** kiosk-shell: the browser, the screen, and other origins the page may use (an external broker's WebSocket). */
  CHROMIUM: z.string().default('/usr/bin/chromium'),
  SHELL_WINDOW: z.string().regex(/^\d+x\d+$/).default('1080x1920'),
  SHELL_HEADLESS: z.enum(['0', '1']).default('0'),
  SHELL_EXTRA_ORIGINS: csv(''),
});
export type LocalConfig = z.infer<typeof LocalConfig>;
