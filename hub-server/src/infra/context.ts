import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import type { MqttClient } from 'mqtt';
import { hallRoot, type RealtimeConfig, type TopicBus } from '../contract/index.ts';
import type { Config } from '../config.ts';
import { loadCatalogue, type Catalogue } from './content.ts';
import { migrate, openDatabase, type Db } from './db.ts';
import { EmbeddedBroker } from './broker/embedded.ts';
import { loadBrokerCredentials, type BrokerCredentials } from './broker/credentials.ts';
import type { DeviceAccounts } from './broker/accounts.ts';
import { DynsecAccounts } from './broker/dynsec.ts';
import { connectHub, newSecret } from './messaging.ts';
import { DomainEventBus } from './events.ts';
import { IdentityVault } from './vault.ts';
import { StorageHealth } from './storage.ts';

/**
 * The plumbing every capability shares: configuration, content, the database, the broker and the typed topic
 * bus, the domain events, the identity vault and the hall clock. Built once at start-up, closed in reverse on
 * shutdown. Capabilities are not in here: each decorates the app with its own interface (see app.ts).
 */
export interface HubContext {
  config: Config;
  log: FastifyBaseLogger;
  db: Db;
  catalogue: Catalogue;
  hall: string;
  bus: TopicBus;
  mqtt: MqttClient;
  broker: {
    mode: 'embedded' | 'external';
    /** The embedded broker's TCP port (resolved when MQTT_PORT=0); null for an external broker. */
    port: number | null;
    /** Device secrets of the embedded broker, for starting the demo's own agents; null for an external broker. */
    credentials: BrokerCredentials | null;
    /** Handles a browser's MQTT-over-WebSocket stream (embedded broker only). */
    embedded: EmbeddedBroker | null;
    /**
     * Device accounts: the embedded broker's own, or an external Mosquitto's dynamic-security plugin. Null for
     * an external broker whose accounts are kept outside JobHall (MQTT_ACCOUNTS=file).
     */
    accounts: DeviceAccounts | null;
    /** The broker address a device is given at enrolment (MQTT_DEVICE_URL, else the one this hub uses or serves). */
    deviceUrl: string;
  };
  realtime: RealtimeConfig;
  /** Domain events inside the hub (infra/events.ts). */
  events: DomainEventBus;
  /** Seals personal data at rest; the key lives in DATA_DIR beside the database. */
  vault: IdentityVault;
  /** Whether the data folder has room and takes writes (a full disk, a read-only mount); health reports it. */
  storage: StorageHealth;
  /** The hall clock; tests move it across midnight. */
  now(): Date;
  close(): Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    hub: HubContext;
  }
}

export interface ContextOptions {
  /** The hall clock; tests move it across midnight. */
  now?: () => Date;
}

export async function createHubContext(config: Config, log: FastifyBaseLogger, options: ContextOptions = {}): Promise<HubContext> {
  const now = options.now ?? (() => new Date());
  const catalogue = loadCatalogue(config.contentDir);
  const hall = catalogue.hall.id;
  const db = openDatabase(path.join(config.dataDir, 'jobhall.sqlite'));
  const closers: Array<() => Promise<void> | void> = [() => void db.close()];
  try {
    const ran = migrate(db);
    if (ran.length) log.info({ migrations: ran }, 'database migrated');

    let embedded: EmbeddedBroker | null = null;
    let credentials: BrokerCredentials | null = null;
    let url: string;
    let username: string;
    let password: string | undefined;
    let realtime: RealtimeConfig;
    if (config.broker.mode === 'embedded') {
      credentials = loadBrokerCredentials(config.dataDir, catalogue.hall.devices.map((d) => d.id));
      const hubSecret = newSecret();
      embedded = new EmbeddedBroker({
        hall, host: config.host, port: config.broker.port, hubSecret, displayUser: 'display', credentials, dataDir: config.dataDir, log,
      });
      await embedded.start();
      closers.unshift(() => embedded!.stop());
      url = `mqtt://127.0.0.1:${embedded.port}`;
      username = 'hub';
      password = hubSecret;
      realtime = { hall, url: '/mqtt', username: 'display', password: credentials.display, topicRoot: hallRoot(hall) };
      log.info({ port: embedded.port }, 'embedded MQTT broker listening');
    } else {
      url = config.broker.url;
      username = config.broker.username ?? 'hub';
      password = config.broker.password;
      realtime = {
        hall, url: config.broker.wsUrl, username: config.broker.display.username,
        password: config.broker.display.password, topicRoot: hallRoot(hall),
      };
    }
    const connection = await connectHub({ hall, url, username, password, log });
    closers.unshift(() => connection.close());

    let accounts: DeviceAccounts | null = embedded?.accounts ?? null;
    if (config.broker.mode === 'external' && config.broker.accounts === 'dynsec') {
      const dynsec = new DynsecAccounts({ client: connection.client, hall, log });
      closers.unshift(() => dynsec.stop());
      // The hub's and the display's rights, at every (re)connect: a broker restored from an old state gets them back.
      const display = config.broker.display;
      await dynsec.start(() => dynsec.provision(username, display));
      accounts = dynsec;
    }
    const deviceUrl = config.broker.deviceUrl
      ?? `mqtt://${new URL(config.publicUrl).hostname}:${embedded?.port ?? 1883}`;

    return {
      config, log, db, catalogue, hall, now,
      bus: connection.bus,
      mqtt: connection.client,
      broker: { mode: config.broker.mode, port: embedded?.port ?? null, credentials, embedded, accounts, deviceUrl },
      realtime,
      events: new DomainEventBus(log),
      vault: IdentityVault.open(config.dataDir),
      storage: new StorageHealth(config.dataDir, db),
      async close() {
        for (const close of closers) {
          try {
            await close();
          } catch (err) {
            log.warn({ err: (err as Error).message }, 'error while closing');
          }
        }
      },
    };
  } catch (err) {
    for (const close of closers) await Promise.resolve(close()).catch(() => {});
    throw err;
  }
}
