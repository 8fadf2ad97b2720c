import { z } from 'zod';
import { DeviceKind } from './content.ts';
import { IsoTime, Slug } from './common.ts';
import { CommandState } from './commands.ts';

/**
 * Presence, retained. Every client sets this topic as its last will with state "offline"
 * ([MQTT-3.1.2-8] the broker publishes the will on abnormal disconnect), and publishes "online" after connecting.
 */
export const Presence = z.strictObject({
  state: z.enum(['online', 'offline']),
  kind: z.union([DeviceKind, z.literal('hub')]),
  id: Slug,
  /** Absent in a last will: the time of death is not known when the will is written. */
  at: IsoTime.optional(),
  version: z.string().max(40).optional(),
});
export type Presence = z.infer<typeof Presence>;

/** What staff and kiosks see about a device: presence plus its faults, derived by the hub. */
export const DeviceHealth = z.strictObject({
  id: Slug,
  kind: DeviceKind,
  state: z.enum(['online', 'offline', 'unknown']),
  faults: z.array(z.string()),
  warnings: z.array(z.string()),
  lastSeen: IsoTime.nullable(),
});
export type DeviceHealth = z.infer<typeof DeviceHealth>;

/** A line on a window's LED board, hub → call-screen agent, QoS 1. */
export const LedLine = z.strictObject({
  window: z.number().int().min(1).max(999),
  text: z.string().min(1).max(120),
  /** 0–100 %; null keeps the board's current brightness. */
  brightness: z.number().int().min(0).max(100).nullable(),
  correlationId: z.string().min(1).max(80),
});
export type LedLine = z.infer<typeof LedLine>;

/**
 * The latest line sent to one window of one LED board and whether the board acknowledged it (staff see this
 * under 设备): the hub matches each `ledShown` acknowledgement to its line by the correlation id.
 */
export const LedLineStatus = z.strictObject({
  deviceId: Slug,
  window: z.number().int().min(1).max(999),
  text: z.string(),
  brightness: z.number().int().min(0).max(100).nullable(),
  correlationId: z.string(),
  state: CommandState,
  /** Sends so far: more than one means the board did not answer the first in time. */
  attempts: z.number().int().nonnegative(),
  issuedAt: IsoTime,
  updatedAt: IsoTime,
});
export type LedLineStatus = z.infer<typeof LedLineStatus>;

/** The answer to a drill command (a fault injected, a demo card put on a reader): handed to the device. */
export const DeviceCommandSent = z.strictObject({ sent: z.literal(true) });

/** Fault injection for the simulated printer, so staff can rehearse a paper-out in the demo hall. */
export const SimPrinterControl = z.strictObject({
  paperOut: z.boolean().optional(),
  paperNearEnd: z.boolean().optional(),
  coverOpen: z.boolean().optional(),
  offline: z.boolean().optional(),
});
export type SimPrinterControl = z.infer<typeof SimPrinterControl>;
