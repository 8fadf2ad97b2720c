import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { RealtimeConfig, TopicBus, lastWill, type DeviceKind, type Handler, type TopicInput, type TopicName, type TopicParams } from '@jobhall/hub-server/contract';
import { api } from './api.ts';
import { MqttLite } from './mqtt/mqtt-lite.ts';

export type LinkState = 'connecting' | 'online' | 'offline';

interface Wanted {
  name: TopicName;
  handler: Handler<TopicName>;
  only: Record<string, string>;
}

/** A device's own account (a lobby screen): its id is the user name; the broker gives it its own topics. */
export interface DeviceLogin {
  id: string;
  secret: string;
  kind: DeviceKind;
}

export interface RealtimeOptions {
  /** Without it, the read-only display account the hub hands out. */
  device?: DeviceLogin;
  /** Where to ask for the broker's address; the last answer is kept so a reload with the hub away still knows. */
  configCache?: { load(): RealtimeConfig | null; save(c: RealtimeConfig): void };
}

/**
 * Joins the hall's broker over WebSocket — with the read-only display account the hub hands out, or with a
 * device's own account — and keeps the subscriptions of its host element across reconnects. The host
 * re-renders when the link state changes. A device announces itself online, with a last will "offline".
 */
export class RealtimeController implements ReactiveController {
  state: LinkState = 'connecting';
  private client: MqttLite | null = null;
  private bus: TopicBus | null = null;
  private readonly wanted: Wanted[] = [];
  private stopped = false;

  constructor(private readonly host: ReactiveControllerHost, private readonly opts: RealtimeOptions = {}) {
    host.addController(this);
  }

  /** Handlers may be added before the link is up; they are subscribed once it is. */
  on<K extends TopicName>(name: K, handler: Handler<K>, only: Partial<TopicParams<K>> = {}): void {
    const w: Wanted = { name, handler: handler as unknown as Handler<TopicName>, only: only as Record<string, string> };
    this.wanted.push(w);
    if (this.bus) void this.subscribe(w);
  }

  /** Publishes on the bus (a device's own topics); while offline it goes out on the next connect. */
  async publish<K extends TopicName>(name: K, params: TopicParams<K>, payload: TopicInput<K>): Promise<void> {
    if (!this.bus) throw new Error('not connected yet');
    await this.bus.publish(name, params, payload);
  }

  get connected(): boolean {
    return this.client?.connected ?? false;
  }

  hostConnected(): void {
    this.stopped = false;
    void this.connect();
  }

  hostDisconnected(): void {
    this.stopped = true;
    this.bus?.stop();
    this.client?.end();
    this.client = null;
    this.bus = null;
  }

  private async config(): Promise<RealtimeConfig | null> {
    try {
      const config = await api('/api/realtime', RealtimeConfig);
      this.opts.configCache?.save(config);
      return config;
    } catch {
      return this.opts.configCache?.load() ?? null;
    }
  }

  private async connect(): Promise<void> {
    let config: RealtimeConfig | null = null;
    for (let delay = 1000; !config; delay = Math.min(delay * 2, 30_000)) {
      config = await this.config();
      if (config) break;
      this.setState('offline');
      await new Promise((r) => setTimeout(r, delay));
      if (this.stopped) return;
    }
    if (this.stopped) return;
    const url = config.url.startsWith('/') ? `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${config.url}` : config.url;
    const device = this.opts.device;
    const will = device ? lastWill(config.hall, device.kind, device.id) : undefined;
    const client = new MqttLite({
      url,
      clientId: device?.id ?? `display-${Math.random().toString(36).slice(2, 10)}`,
      username: device?.id ?? config.username,
      password: device?.secret ?? config.password,
      keepaliveS: 20,
      clean: true,
      will: will ? { topic: will.topic, payload: will.payload, qos: 1, retain: true } : undefined,
      reconnectMs: 1000,
    });
    this.client = client;
    this.bus = new TopicBus(client, config.hall, (topic, reason) => console.warn('dropped invalid message', topic, reason)).start();
    client.on('connect', () => {
      this.setState('online');
      if (device) void this.bus?.publish('devicePresence', { deviceId: device.id }, { state: 'online', kind: device.kind, id: device.id, at: new Date().toISOString() }).catch(() => {});
    });
    client.on('offline', () => this.setState('offline'));
    client.start();
    for (const w of this.wanted) void this.subscribe(w);
  }

  private async subscribe(w: Wanted): Promise<void> {
    try {
      await this.bus?.subscribe(w.name, w.handler, w.only as never);
    } catch (err) {
      console.warn('subscription refused', w.name, err);
    }
  }

  private setState(state: LinkState): void {
    if (this.state === state) return;
    this.state = state;
    this.host.requestUpdate();
  }
}
