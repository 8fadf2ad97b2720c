import crypto from 'node:crypto';
import mqtt, { type MqttClient } from 'mqtt';
import type { FastifyBaseLogger } from 'fastify';
import { lastWill, TopicBus } from '../contract/index.ts';

export interface HubConnection {
  bus: TopicBus;
  client: MqttClient;
  close(): Promise<void>;
}

export interface HubConnectOptions {
  hall: string;
  url: string;
  username: string;
  password: string | undefined;
  log: FastifyBaseLogger;
  /** How long start-up waits for the broker before going on and reconnecting in the background. */
  connectWaitMs?: number;
}

/**
 * The hub's own MQTT client. It is the same code whether the broker is embedded or external: only the URL and
 * credentials differ. The session is persistent (clean: false) so results published while the hub reconnects
 * are delivered afterwards.
 */
export async function connectHub(opts: HubConnectOptions): Promise<HubConnection> {
  const { hall, log } = opts;
  const client = mqtt.connect(opts.url, {
    protocolVersion: 4, // aedes speaks MQTT 3.1.1 only
    clientId: `jobhall-hub-${hall}`,
    clean: false,
    username: opts.username,
    password: opts.password,
    reconnectPeriod: 1000,
    connectTimeout: 5000,
    keepalive: 15,
    will: lastWill(hall, 'hub', 'hub'),
  });
  const bus = new TopicBus(client, hall, (topic, reason) => log.warn({ topic, reason }, 'dropped an invalid MQTT message')).start();
  const announce = () => {
    bus
      .publish('hubPresence', {}, { state: 'online', kind: 'hub', id: 'hub', at: new Date().toISOString() })
      .catch((err: Error) => log.warn({ err: err.message }, 'could not announce hub presence'));
  };
  client.on('connect', () => {
    log.info({ url: opts.url }, 'hub connected to the broker');
    announce();
  });
  client.on('offline', () => log.warn('hub lost the broker; reconnecting'));
  client.on('error', (err) => log.warn({ err: err.message }, 'mqtt error'));

  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      log.warn({ url: opts.url }, 'broker not reachable yet; the hub starts anyway and keeps trying');
      resolve();
    }, opts.connectWaitMs ?? 5000);
    client.once('connect', () => {
      clearTimeout(timer);
      resolve();
    });
  });

  return {
    bus,
    client,
    async close() {
      if (client.connected) {
        await bus
          .publish('hubPresence', {}, { state: 'offline', kind: 'hub', id: 'hub', at: new Date().toISOString() })
          .catch(() => {});
      }
      await client.endAsync();
      bus.stop();
    },
  };
}

export function newSecret(): string {
  return crypto.randomBytes(24).toString('base64url');
}
