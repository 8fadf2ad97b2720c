import type { MqttClient } from 'mqtt';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { RealtimeConfig, TopicBus, type Handler, type TopicName, type TopicParams } from '@jobhall/hub-server/contract';
import { api } from './api.ts';

export type LinkState = 'connecting' | 'online' | 'offline';

interface Wanted {
  name: TopicName;
  handler: Handler<TopicName>;
  only: Record<string, string>;
}

/**
 * Joins the hall's broker over WebSocket with the read-only display account the hub hands out, and keeps the
 * subscriptions of its host element across reconnects. The host re-renders when the link state changes.
 */
export class RealtimeController implements ReactiveController {
  state: LinkState = 'connecting';
  private client: MqttClient | null = null;
  private bus: TopicBus | null = null;
  private readonly wanted: Wanted[] = [];
  private stopped = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Handlers may be added before the link is up; they are subscribed once it is. */
  on<K extends TopicName>(name: K, handler: Handler<K>, only: Partial<TopicParams<K>> = {}): void {
    const w: Wanted = { name, handler: handler as unknown as Handler<TopicName>, only: only as Record<string, string> };
    this.wanted.push(w);
    if (this.bus) void this.subscribe(w);
  }

  hostConnected(): void {
    this.stopped = false;
    void this.connect();
  }

  hostDisconnected(): void {
    this.stopped = true;
    this.bus?.stop();
    this.client?.end(true);
    this.client = null;
    this.bus = null;
  }

  private async connect(): Promise<void> {
    let config: RealtimeConfig;
    for (let delay = 1000; ; delay = Math.min(delay * 2, 30_000)) {
      try {
        config = await api('/api/realtime', RealtimeConfig);
        break;
      } catch {
        this.setState('offline');
        await new Promise((r) => setTimeout(r, delay));
        if (this.stopped) return;
      }
    }
    if (this.stopped) return;
    // The MQTT client is most of a page's JavaScript (about 95 KB gzipped): it is fetched here, after the first
    // screen is up, so no page waits for it before it can be seen and touched.
    const { default: mqtt } = await import('mqtt');
    if (this.stopped) return;
    const url = config.url.startsWith('/') ? `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${config.url}` : config.url;
    const client = mqtt.connect(url, {
      protocolVersion: 4,
      username: config.username,
      password: config.password,
      clientId: `display-${Math.random().toString(36).slice(2, 10)}`,
      clean: true,
      reconnectPeriod: 2000,
      keepalive: 20,
    });
    this.client = client;
    this.bus = new TopicBus(client, config.hall, (topic, reason) => console.warn('dropped invalid message', topic, reason)).start();
    client.on('connect', () => this.setState('online'));
    client.on('offline', () => this.setState('offline'));
    client.on('error', () => this.setState('offline'));
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
