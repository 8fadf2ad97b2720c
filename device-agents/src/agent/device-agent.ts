import { EventEmitter } from 'node:events';
import mqtt, { type MqttClient } from 'mqtt';
import { lastWill, TopicBus, type AgentHealth, type DeviceKind } from '@jobhall/hub-server/contract';
import type { AgentLog } from './log.ts';

/** The agents' version, in every heartbeat: staff see which machines run what. */
export const AGENT_VERSION = '0.2.0';
/** Heartbeat period: the hub flags a device that missed three (45 s) as offline. */
export const HEARTBEAT_MS = 15_000;

export interface AgentConnection {
  /** mqtt://host:1883 of the hall's broker. */
  url: string;
  hall: string;
  deviceId: string;
  /** The device's own broker secret; the device id is its user name. */
  password: string;
}

/** Reconnect back-off: 1 s doubling to 30 s, so a hall of devices does not hammer a broker that is restarting. */
const BACKOFF_MIN_MS = 1000;
const BACKOFF_MAX_MS = 30_000;

/**
 * The lifecycle every device agent shares. The constructor only assigns; start() connects with a retained
 * last will "offline", announces "online" after every (re)connect and runs the agent's own start-up;
 * stop() undoes it in reverse.
 */
export abstract class DeviceAgent extends EventEmitter<{ refused: [] }> {
  protected client: MqttClient | null = null;
  protected bus: TopicBus | null = null;
  private backoff = BACKOFF_MIN_MS;
  private started: Promise<void> | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private readonly startedAt = new Date();

  constructor(
    readonly connection: AgentConnection,
    readonly kind: DeviceKind,
    protected readonly log: AgentLog,
  ) {
    super();
  }

  get deviceId(): string {
    return this.connection.deviceId;
  }

  async start(): Promise<void> {
    const { url, hall, deviceId, password } = this.connection;
    const client = mqtt.connect(url, {
      protocolVersion: 4,
      clientId: deviceId,
      // A persistent session: QoS 1 commands sent while the agent is away wait for it at the broker.
      clean: false,
      username: deviceId,
      password,
      keepalive: 15,
      reconnectPeriod: BACKOFF_MIN_MS,
      connectTimeout: 5000,
      will: lastWill(hall, this.kind, deviceId),
    });
    this.client = client;
    this.bus = new TopicBus(client, hall, (topic, reason) => this.log.warn({ topic, reason }, 'dropped an invalid message')).start();
    client.on('connect', () => {
      this.backoff = BACKOFF_MIN_MS;
      client.options.reconnectPeriod = BACKOFF_MIN_MS;
      this.log.info({ url }, 'connected');
      // "online" only once the subscriptions are in place, so whatever the hub sends on seeing us arrives.
      void this.ready().then(() => {
        void this.announce('online');
        this.beat();
        this.onConnect();
      }, (err: Error) => this.log.error({ err: err.message }, 'agent start-up failed'));
    });
    client.on('close', () => {
      this.backoff = Math.min(this.backoff * 2, BACKOFF_MAX_MS);
      client.options.reconnectPeriod = this.backoff;
    });
    client.on('error', (err) => {
      const code = (err as { code?: number }).code;
      // 4: bad user name or password, 5: not authorised: awaiting approval, revoked, or a wrong secret. The
      // agent keeps trying (with its back-off), so an approval given later is picked up without a restart.
      if (code === 4 || code === 5) {
        this.log.warn({ code }, 'the broker refused this device\'s credential: awaiting approval or revoked');
        this.emit('refused');
      } else this.log.warn({ err: err.message }, 'mqtt error');
    });
    this.heartbeat = setInterval(() => this.beat(), HEARTBEAT_MS);
    this.heartbeat.unref();
    // Not awaited: a broker that is down at boot must not stop the agent from starting and retrying.
    this.started = this.onStart(this.bus);
    this.started.catch(() => {});
  }

  /** Resolves once the agent's subscriptions are acknowledged by the broker. */
  async ready(): Promise<void> {
    if (!this.started) throw new Error('agent not started');
    await this.started;
  }

  async stop(): Promise<void> {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    await this.onStop();
    const client = this.client;
    if (client) {
      if (client.connected) await this.announce('offline');
      await client.endAsync();
    }
    this.bus?.stop();
    this.client = null;
    this.bus = null;
  }

  /** Waits until the first connection is up (tests and start-up order). */
  async connected(timeoutMs = 10_000): Promise<void> {
    const client = this.client;
    if (!client) throw new Error('agent not started');
    if (client.connected) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.deviceId}: no broker connection after ${timeoutMs} ms`)), timeoutMs);
      client.once('connect', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private async announce(state: 'online' | 'offline'): Promise<void> {
    try {
      await this.bus?.publish('devicePresence', { deviceId: this.deviceId }, {
        state, kind: this.kind, id: this.deviceId, at: new Date().toISOString(),
      });
    } catch (err) {
      this.log.warn({ err: (err as Error).message }, 'presence not published');
    }
  }

  /** Publishes the retained heartbeat: uptime, memory, version, and whatever the agent adds (healthDetail). */
  protected beat(): void {
    if (!this.client?.connected) return;
    const now = new Date();
    const health: AgentHealth = {
      startedAt: this.startedAt.toISOString(),
      uptimeS: Math.floor((now.getTime() - this.startedAt.getTime()) / 1000),
      rssMb: Math.round(process.memoryUsage.rss() / 1048576),
      version: AGENT_VERSION,
      at: now.toISOString(),
      ...this.healthDetail(),
    };
    this.bus?.publish('agentHealth', { deviceId: this.deviceId }, health)
      .catch((err: Error) => this.log.warn({ err: err.message }, 'heartbeat not published'));
  }

  /** An agent's own part of its heartbeat (the kiosk shell's browser). */
  protected healthDetail(): Partial<AgentHealth> {
    return {};
  }

  /** Subscribe and start timers; the subscriptions survive reconnects (persistent session plus resubscribe). */
  protected abstract onStart(bus: TopicBus): Promise<void>;
  protected abstract onStop(): Promise<void>;
  /** After every (re)connect, e.g. to republish retained state. */
  protected onConnect(): void {}
}
