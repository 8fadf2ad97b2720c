import { z } from 'zod';
import { CallEvent, NowCalling } from './queue.ts';
import { DeviceHealth, LedLine, Presence, SimPrinterControl } from './devices.ts';
import { IsoTime } from './common.ts';
import { PrintJob, PrintResult, PrinterState } from './print.ts';
import { ActiveAlerts, AlertCommand, AlertShown, FairsFeed, Heartbeat, JobFeed, LedArea, LedBoardView, RevisionCommand, RevisionReport, ScreenshotCommand, SignageHealth, ZoneRevision } from './signage.ts';
import { SmsCommand, SmsInbound, SmsResult } from './sms.ts';
import { CardRead, CardSession, SimCardTap } from './cards.ts';
import { AgentHealth, CrashReport, ShellCommand, ShellResult } from './fleet.ts';

/** Every topic lives under jobhall/v1/<hall>/…; the version segment lets v2 agents share a broker with v1. */
export const TOPIC_ROOT = 'jobhall/v1';

/**
 * Acknowledgement from a call screen or LED board: the correlation id of the command it displayed.
 */
export const DisplayAck = z.strictObject({ correlationId: z.string().min(1).max(80), at: IsoTime });
export type DisplayAck = z.infer<typeof DisplayAck>;

export interface TopicSpec<P extends string = string, S extends z.ZodType = z.ZodType> {
  /** Relative to the hall root; {name} marks one topic level taken from params. */
  readonly pattern: P;
  readonly schema: S;
  /** Retained topics carry state a late subscriber needs; the others carry events and commands. */
  readonly retain: boolean;
  /** QoS 1 for everything: commands and results must arrive, state must not be lost on reconnect. */
  readonly qos: 1;
}

function spec<const P extends string, S extends z.ZodType>(pattern: P, schema: S, retain: boolean): TopicSpec<P, S> {
  return { pattern, schema, retain, qos: 1 };
}

/**
 * The topic map, typed once and used by the hub, the agents and the browsers.
 * `public/…` topics carry nothing personal: display clients may read them and nothing else.
 * `devices/<id>/cmd/…` go to one device; `devices/<id>/evt/…` and `/state/…` come from it.
 */
export const topics = {
  hubPresence: spec('hub/status', Presence, true),
  devicePresence: spec('devices/{deviceId}/status', Presence, true),
  printerState: spec('devices/{deviceId}/state/printer', PrinterState, true),
  printJob: spec('devices/{deviceId}/cmd/print', PrintJob, false),
  printResult: spec('devices/{deviceId}/evt/print-result', PrintResult, false),
  simPrinter: spec('devices/{deviceId}/cmd/sim-printer', SimPrinterControl, false),
  ledLine: spec('devices/{deviceId}/cmd/led', LedLine, false),
  ledShown: spec('devices/{deviceId}/evt/led-shown', DisplayAck, false),
  smsSend: spec('devices/{deviceId}/cmd/sms', SmsCommand, false),
  smsResult: spec('devices/{deviceId}/evt/sms-result', SmsResult, false),
  smsReceived: spec('devices/{deviceId}/evt/sms-received', SmsInbound, false),
  cardRead: spec('devices/{deviceId}/evt/card-read', CardRead, false),
  simCard: spec('devices/{deviceId}/cmd/sim-card', SimCardTap, false),
  cardSession: spec('devices/{deviceId}/cmd/card-session', CardSession, true),
  agentHealth: spec('devices/{deviceId}/state/health', AgentHealth, true),
  shellCommand: spec('devices/{deviceId}/cmd/shell', ShellCommand, false),
  shellResult: spec('devices/{deviceId}/evt/shell-result', ShellResult, false),
  deviceCrash: spec('devices/{deviceId}/evt/crash', CrashReport, false),
  nowCalling: spec('public/queue/now-calling', NowCalling, true),
  calls: spec('public/queue/calls', CallEvent, false),
  signageRevision: spec('devices/{deviceId}/cmd/signage-revision', RevisionCommand, true),
  signageRevisionReport: spec('devices/{deviceId}/evt/signage-revision', RevisionReport, false),
  signageAlert: spec('devices/{deviceId}/cmd/signage-alert', AlertCommand, false),
  signageAlertShown: spec('devices/{deviceId}/evt/signage-alert', AlertShown, false),
  signageHeartbeat: spec('devices/{deviceId}/state/signage', Heartbeat, true),
  signageScreenshot: spec('devices/{deviceId}/cmd/signage-screenshot', ScreenshotCommand, false),
  ledArea: spec('devices/{deviceId}/cmd/led-area', LedArea, false),
  ledAreaShown: spec('devices/{deviceId}/evt/led-area-shown', DisplayAck, false),
  ledBoard: spec('devices/{deviceId}/state/led-board', LedBoardView, true),
  zoneRevision: spec('public/signage/zones/{zoneId}', ZoneRevision, true),
  alerts: spec('public/signage/alerts', ActiveAlerts, true),
  jobFeed: spec('public/signage/jobs/{feedId}', JobFeed, true),
  fairsFeed: spec('public/signage/fairs', FairsFeed, true),
  signageHealth: spec('public/signage/health', SignageHealth, true),
  deviceHealth: spec('public/devices/{deviceId}', DeviceHealth, true),
} as const;

export type Topics = typeof topics;
export type TopicName = keyof Topics;
export type TopicPayload<K extends TopicName> = z.output<Topics[K]['schema']>;
export type TopicInput<K extends TopicName> = z.input<Topics[K]['schema']>;

type ParamNames<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | ParamNames<Rest> : never;
export type TopicParams<K extends TopicName> = { [N in ParamNames<Topics[K]['pattern']>]: string };

export function hallRoot(hall: string): string {
  return `${TOPIC_ROOT}/${hall}`;
}

/** The concrete topic for publishing. Params are checked, so a stray "/" or wildcard cannot widen a topic. */
export function topicPath<K extends TopicName>(hall: string, name: K, params: TopicParams<K>): string {
  const values = params as Record<string, string>;
  const rel = topics[name].pattern.replace(/\{(\w+)\}/g, (_m, key: string) => {
    const value = values[key];
    if (value === undefined || value === '' || /[/#+]/.test(value)) {
      throw new Error(`topic ${name}: parameter ${key} must be one non-empty topic level, got ${JSON.stringify(value)}`);
    }
    return value;
  });
  return `${hallRoot(hall)}/${rel}`;
}

/**
 * The subscription filter: each {param} given is filled in, each one left out becomes a single-level
 * wildcard. A device subscribes with its own id filled in, since its ACL allows nothing wider.
 */
export function topicFilter<K extends TopicName>(hall: string, name: K, params: Partial<TopicParams<K>> = {}): string {
  const values = params as Record<string, string | undefined>;
  return `${hallRoot(hall)}/${topics[name].pattern.replace(/\{(\w+)\}/g, (_m, key: string) => values[key] ?? '+')}`;
}

/** Params of a received topic, or null when the topic is not an instance of the spec. */
export function matchTopic<K extends TopicName>(hall: string, name: K, topic: string): TopicParams<K> | null {
  const want = `${hallRoot(hall)}/${topics[name].pattern}`.split('/');
  const got = topic.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const g = got[i]!;
    const param = /^\{(\w+)\}$/.exec(w);
    if (param) params[param[1]!] = g;
    else if (w !== g) return null;
  }
  return params as TopicParams<K>;
}

/** The last will every client registers: its presence topic, retained, state "offline". */
export function lastWill(hall: string, kind: z.infer<typeof Presence>['kind'], id: string) {
  const topic = kind === 'hub' ? topicPath(hall, 'hubPresence', {}) : topicPath(hall, 'devicePresence', { deviceId: id });
  const payload: Presence = { state: 'offline', kind, id };
  return { topic, payload: JSON.stringify(payload), qos: 1 as const, retain: true };
}
