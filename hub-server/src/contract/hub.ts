import { z } from 'zod';
import { DeviceHealth } from './devices.ts';
import { Slug } from './common.ts';

export const Health = z.strictObject({
  status: z.enum(['ok', 'degraded']),
  db: z.enum(['ok', 'error']),
  /** The data folder: 'full' (no room to save), 'read-only', 'io' (writes failing); red until a write succeeds again. */
  storage: z.enum(['ok', 'full', 'read-only', 'io']),
  broker: z.enum(['ok', 'down']),
  brokerMode: z.enum(['embedded', 'external']),
  devices: z.array(DeviceHealth),
});
export type Health = z.infer<typeof Health>;

/**
 * What a browser needs to join the broker. Display credentials may only subscribe to the hall's public topics,
 * so they are safe to hand to any page in the hall.
 */
export const RealtimeConfig = z.strictObject({
  hall: Slug,
  /** ws:// or wss:// URL, or a path on the hub ("/mqtt") that the page resolves against its own origin. */
  url: z.string(),
  username: z.string(),
  password: z.string(),
  topicRoot: z.string(),
});
export type RealtimeConfig = z.infer<typeof RealtimeConfig>;
