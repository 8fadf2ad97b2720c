import { z } from 'zod';
import { DeviceKind } from './content.ts';
import { IsoTime, LocalizedText, Slug } from './common.ts';
import { CommandState } from './commands.ts';

/** The path parameter of every route about one device. */
export const DeviceParams = z.strictObject({ deviceId: Slug });

/**
 * Where a device is in its life at the hub. provisioned: listed in content/hall.json with a secret in the
 * hub's file (the demo's own agents). awaiting-enrolment: staff added it and hold a code. pending: the device
 * exchanged the code for its credential; the broker refuses it until staff approve. active: approved.
 * revoked: cut off, its credential refused.
 */
export const EnrolmentState = z.enum(['provisioned', 'awaiting-enrolment', 'pending', 'active', 'revoked']);
export type EnrolmentState = z.infer<typeof EnrolmentState>;

/** A hub path a kiosk shell shows: same origin always, so only the path and query are stored. */
export const HubPath = z.string().max(300).regex(/^\/(kiosk|signage|admin)\/[^\s#]*$/, 'a path on the hub: /kiosk/…, /signage/… or /admin/…');

/** Where a printer agent prints (its PRINTER_URL): tcp://host:9100, a device file, or sim: for the simulator. */
export const PrinterUrl = z.string().max(200).regex(/^(tcp:\/\/[\w.-]+:\d{1,5}|\/dev\/[\w/.-]+|sim:)$/, 'tcp://host:9100, /dev/usb/lp0 or sim:');

/** What a device is told at enrolment and every time it asks: the part of its set-up the hub decides. */
export const DeviceConfig = z.strictObject({
  /** kiosk-shell: the page it shows. */
  page: HubPath.optional(),
  /** printer: where the agent prints. */
  printer: PrinterUrl.optional(),
});
export type DeviceConfig = z.infer<typeof DeviceConfig>;

/** Staff add a device in admin: what it is, where it stands, and what it shows or prints to. */
export const AddDeviceBody = z.strictObject({
  id: Slug,
  kind: DeviceKind.exclude(['signage-screen']),
  name: LocalizedText,
  /** Where in the hall: entrance, lobby, window area, upstairs… */
  zone: Slug,
  config: DeviceConfig.default({}),
}).check((ctx) => {
  if (ctx.value.kind === 'kiosk-shell' && !ctx.value.config.page) {
    ctx.issues.push({ code: 'custom', path: ['config', 'page'], message: 'a kiosk shell needs the page it shows', input: ctx.value.config });
  }
});
export type AddDeviceBody = z.infer<typeof AddDeviceBody>;

/** A one-time enrolment code: shown once, with a QR code of `url`, and refused after `expiresAt` or its first use. */
export const EnrolmentCode = z.strictObject({
  code: z.string().regex(/^[2-9A-HJ-NPR-Y]{4}-[2-9A-HJ-NPR-Y]{4}$/),
  expiresAt: IsoTime,
  /** What the QR code carries: the hub's enrolment address with the code; `npm run agent -- <kind> --enrol <url>` takes it. */
  url: z.url(),
});
export type EnrolmentCode = z.infer<typeof EnrolmentCode>;

export const EnrolBody = z.strictObject({ code: z.string().trim().toUpperCase().pipe(EnrolmentCode.shape.code) });

/** What a device gets for its code: its own broker credential and its configuration. Shown once. */
export const EnrolResult = z.strictObject({
  deviceId: Slug,
  kind: DeviceKind,
  hall: Slug,
  /** Its broker password; its user name is its device id. The hub keeps only a hash. */
  secret: z.string().min(16),
  mqttUrl: z.url(),
  state: EnrolmentState,
  config: DeviceConfig,
});
export type EnrolResult = z.infer<typeof EnrolResult>;

/** GET /api/devices/self, asked by a device with its credential: whether it may work yet, and its configuration. */
export const DeviceSelf = z.strictObject({ deviceId: Slug, kind: DeviceKind, state: EnrolmentState, config: DeviceConfig });
export type DeviceSelf = z.infer<typeof DeviceSelf>;

export const CrashReport = z.strictObject({
  at: IsoTime,
  /** What happened, in the shell's words: "browser exited (SIGKILL)", "renderer crashed", "page hung". */
  reason: z.string().max(200),
  /** How long until the page was back, when it is. */
  recoveredMs: z.number().int().nonnegative().nullable(),
});
export type CrashReport = z.infer<typeof CrashReport>;

/** A kiosk shell's own part of its health. */
export const ShellHealth = z.strictObject({
  /** The page the browser shows now. */
  url: z.string().max(500).nullable(),
  browserStartedAt: IsoTime.nullable(),
  /** Browser restarts since the shell started. */
  restarts: z.number().int().nonnegative(),
  /** Resident memory of the browser and its children, MB. */
  browserMemoryMb: z.number().nonnegative().nullable(),
  lastCrash: CrashReport.nullable(),
  /** The hub answered the shell's last look; false means the page says service is paused. */
  hubReachable: z.boolean(),
});
export type ShellHealth = z.infer<typeof ShellHealth>;

/**
 * Every agent's heartbeat, retained, every 15 s: a device that stops beating is offline even when the broker
 * has not noticed the dead connection yet.
 */
export const AgentHealth = z.strictObject({
  startedAt: IsoTime,
  uptimeS: z.number().int().nonnegative(),
  /** The agent process's resident memory, MB. */
  rssMb: z.number().nonnegative(),
  version: z.string().max(40),
  at: IsoTime,
  shell: ShellHealth.optional(),
});
export type AgentHealth = z.infer<typeof AgentHealth>;

/** What staff can ask a kiosk shell to do (the shell's local control surface, driven over MQTT). */
export const ShellAction = z.enum(['ping', 'reload', 'navigate', 'screenshot']);
export type ShellAction = z.infer<typeof ShellAction>;

/** hub → kiosk shell, QoS 1: the device-command mechanism's shell kind. */
export const ShellCommand = z.strictObject({
  correlationId: z.string().min(1).max(80),
  action: ShellAction,
  /** navigate: a path on the hub (the shell never leaves the hub's origin). */
  path: HubPath.optional(),
  ttlMs: z.number().int().positive(),
});
export type ShellCommand = z.infer<typeof ShellCommand>;

/** kiosk shell → hub: the answer, with the command's correlation id. */
export const ShellResult = z.strictObject({
  correlationId: z.string().min(1).max(80),
  ok: z.boolean(),
  detail: z.string().max(300).optional(),
  url: z.string().max(500).nullable(),
  /** screenshot: a JPEG, base64, scaled down (the fleet view shows it as a thumbnail). */
  screenshot: z.string().max(600_000).regex(/^[A-Za-z0-9+/=]*$/).optional(),
  at: IsoTime,
});
export type ShellResult = z.infer<typeof ShellResult>;

/** Staff send a kiosk shell a command. */
export const DeviceCommandBody = z.strictObject({ action: ShellAction, path: HubPath.optional() }).check((ctx) => {
  if (ctx.value.action === 'navigate' && !ctx.value.path) {
    ctx.issues.push({ code: 'custom', path: ['path'], message: 'navigate needs the path to show', input: ctx.value });
  }
});

/** One command sent to a device and what became of it: the fleet view's command log. */
export const DeviceCommandEntry = z.strictObject({
  correlationId: z.string(),
  deviceId: z.string(),
  /** The command's kind: shell, print, led, …; for a shell command its action too ("shell:reload"). */
  kind: z.string(),
  summary: z.string(),
  state: z.string(),
  attempts: z.number().int().nonnegative(),
  /** The device's answer, or why there was none. */
  result: z.string().nullable(),
  issuedAt: IsoTime,
  updatedAt: IsoTime,
});
export type DeviceCommandEntry = z.infer<typeof DeviceCommandEntry>;

export const DeviceCommandIssued = z.strictObject({ correlationId: z.string(), state: CommandState });

/** Something that happened to a device: offline, back online, crashed, enrolled, approved, revoked. */
export const DeviceEvent = z.strictObject({
  deviceId: z.string(),
  type: z.enum(['offline', 'online', 'crash', 'added', 'enrolled', 'approved', 'revoked', 'code']),
  detail: z.string().nullable(),
  at: IsoTime,
});
export type DeviceEvent = z.infer<typeof DeviceEvent>;

/** A device as the fleet view shows it: registry, enrolment, health and the shell's state in one row. */
export const FleetDevice = z.strictObject({
  id: z.string(),
  kind: DeviceKind,
  name: LocalizedText,
  zone: z.string().nullable(),
  config: DeviceConfig,
  /** Where the device is registered: content/hall.json, enrolled in admin, or a lobby screen of signage. */
  source: z.enum(['hall', 'enrolled', 'signage']),
  enrolment: EnrolmentState,
  state: z.enum(['online', 'offline', 'unknown']),
  /** Since when the device has been in `state`, on the hub's clock. */
  since: IsoTime.nullable(),
  lastSeen: IsoTime.nullable(),
  /** paper-out, cover-open, offline, crashed, unreachable… */
  faults: z.array(z.string()),
  warnings: z.array(z.string()),
  uptimeS: z.number().int().nonnegative().nullable(),
  url: z.string().nullable(),
  lastCrash: CrashReport.nullable(),
  /** When the last screenshot was taken; GET /api/devices/<id>/screenshot serves it. */
  screenshotAt: IsoTime.nullable(),
});
export type FleetDevice = z.infer<typeof FleetDevice>;

export const AddDeviceResult = z.strictObject({ device: FleetDevice, enrolment: EnrolmentCode });
