import type { BusClient } from '@jobhall/hub-server/contract';
import * as P from './packets.ts';

type MessageListener = (topic: string, payload: Uint8Array, packet: { retain: boolean }) => void;
type Listeners = { message: MessageListener; connect: () => void; offline: () => void; refused: (returnCode: number) => void };

/** The WebSocket constructor: the browser's, or the `ws` package's in Node tests. */
export type WebSocketLike = new (url: string, protocols: string | string[]) => WebSocket;

export interface MqttLiteOptions {
  url: string;
  clientId: string;
  username?: string;
  password?: string;
  /** Seconds; the broker drops a client silent for 1.5 × this [MQTT-3.1.2-24], which fires its will. */
  keepaliveS?: number;
  /** A lobby screen or display keeps nothing at the broker: what it needs is retained, and it resubscribes. */
  clean?: boolean;
  will?: P.ConnectOptions['will'];
  /** First reconnect delay (ms); it doubles to 30 s while the broker stays away. */
  reconnectMs?: number;
  WebSocket?: WebSocketLike;
}

const MAX_BACKOFF_MS = 30_000;
/** A request (PUBACK, SUBACK, UNSUBACK) not answered in this long fails; a connection that quiet is gone anyway. */
const ANSWER_MS = 10_000;

interface Waiting {
  resolve: (value: P.Packet) => void;
  reject: (err: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * A small MQTT 3.1.1 client over WebSocket for the browsers (a few KB where mqtt.js is about 95 KB gzipped).
 * QoS 0 and 1 both ways, retained messages, a will, keep-alive, and reconnection with back-off that
 * resubscribes everything and sends again what was published while the link was down. It is what the
 * TopicBus needs (BusClient) and nothing more.
 */
export class MqttLite implements BusClient {
  connected = false;
  private ws: WebSocket | null = null;
  private reader = new P.PacketReader();
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();
  private readonly subscriptions = new Map<string, 0 | 1>();
  /** QoS 1 publishes not yet acknowledged: sent again after a reconnect. */
  private readonly outbox = new Map<number, { topic: string; payload: Uint8Array; retain: boolean; sent: boolean; done: () => void }>();
  private readonly listeners: { [K in keyof Listeners]: Set<Listeners[K]> } = { message: new Set(), connect: new Set(), offline: new Set(), refused: new Set() };
  private ended = false;
  private backoff: number;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private pingTimer: ReturnType<typeof setInterval> | null = null;
  private awaitingPong = false;

  constructor(private readonly o: MqttLiteOptions) {
    this.backoff = o.reconnectMs ?? 1000;
  }

  /** Opens the connection; it reconnects by itself until end(). */
  start(): this {
    this.ended = false;
    this.open();
    return this;
  }

  on<K extends keyof Listeners>(event: K, listener: Listeners[K]): this {
    this.listeners[event].add(listener);
    return this;
  }

  off<K extends keyof Listeners>(event: K, listener: Listeners[K]): this {
    this.listeners[event].delete(listener);
    return this;
  }

  /** QoS 1 resolves on the broker's PUBACK; published while offline, it goes out on the next connect. */
  publishAsync(topic: string, message: string | Uint8Array, opts: { qos: 0 | 1; retain?: boolean }): Promise<void> {
    const payload = typeof message === 'string' ? new TextEncoder().encode(message) : message;
    if (opts.qos === 0) {
      if (this.connected) this.send(P.publish(topic, payload, 0, !!opts.retain, 0));
      return Promise.resolve();
    }
    const id = this.id();
    return new Promise((resolve) => {
      this.outbox.set(id, { topic, payload, retain: !!opts.retain, sent: this.connected, done: resolve });
      if (this.connected) this.send(P.publish(topic, payload, 1, !!opts.retain, id));
    });
  }

  /** Subscribes at QoS ≤ 1; resolves with the granted QoS (128 = refused [MQTT-3.9.3]). Kept across reconnects. */
  async subscribeAsync(filter: string, opts: { qos: 0 | 1 }): Promise<Array<{ topic: string; qos: number }>> {
    this.subscriptions.set(filter, opts.qos);
    if (!this.connected) return [{ topic: filter, qos: opts.qos }];
    const ack = await this.request(P.subscribe, filter, opts.qos);
    const granted = ack.type === P.Type.SUBACK ? ack.granted[0] ?? 128 : 128;
    if (granted === 128) this.subscriptions.delete(filter);
    return [{ topic: filter, qos: granted }];
  }

  async unsubscribeAsync(filter: string): Promise<void> {
    this.subscriptions.delete(filter);
    if (this.connected) await this.request((id, f) => P.unsubscribe(id, f), filter, 0);
  }

  /** Closes for good: a clean DISCONNECT, so the broker does not send the will [MQTT-3.14.4-3]. */
  end(): void {
    this.ended = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    if (this.ws && this.connected) this.send(P.disconnect());
    this.ws?.close();
    this.down();
  }

  private id(): number {
    for (;;) {
      const id = this.nextId;
      this.nextId = this.nextId === 0xffff ? 1 : this.nextId + 1;
      if (!this.waiting.has(id) && !this.outbox.has(id)) return id;
    }
  }

  private request(make: (id: number, filter: string, qos: 0 | 1) => Uint8Array, filter: string, qos: 0 | 1): Promise<P.Packet> {
    const id = this.id();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new Error(`no answer from the broker for ${filter}`));
      }, ANSWER_MS);
      this.waiting.set(id, { resolve, reject, timer });
      this.send(make(id, filter, qos));
    });
  }

  private open(): void {
    const Ws = this.o.WebSocket ?? WebSocket;
    let ws: WebSocket;
    try {
      // [MQTT-6.0.0-3] the WebSocket subprotocol is "mqtt".
      ws = new Ws(this.o.url, 'mqtt');
    } catch {
      this.retry();
      return;
    }
    this.ws = ws;
    ws.binaryType = 'arraybuffer';
    this.reader = new P.PacketReader();
    ws.onopen = () => {
      ws.send(P.connect({
        clientId: this.o.clientId, username: this.o.username, password: this.o.password, keepaliveS: this.o.keepaliveS ?? 20, clean: this.o.clean ?? true, will: this.o.will,
      }));
    };
    ws.onmessage = (ev: MessageEvent) => {
      let packets: P.Packet[];
      try {
        packets = this.reader.push(new Uint8Array(ev.data as ArrayBuffer));
      } catch {
        ws.close();
        return;
      }
      for (const p of packets) this.handle(p);
    };
    ws.onclose = () => {
      if (this.ws !== ws) return;
      this.ws = null;
      this.down();
      this.retry();
    };
    ws.onerror = () => ws.close();
  }

  private handle(p: P.Packet): void {
    switch (p.type) {
      case P.Type.CONNACK:
        if (p.returnCode !== 0) {
          // [MQTT-3.2.2.3] 4 = bad user name or password, 5 = not authorised: told, and tried again later.
          for (const l of this.listeners.refused) l(p.returnCode);
          this.ws?.close();
          return;
        }
        this.up();
        return;
      case P.Type.PUBLISH:
        // [MQTT-4.3.2-2] a QoS 1 message is acknowledged with its packet id.
        if (p.qos === 1 && p.id !== null) this.send(P.puback(p.id));
        for (const l of this.listeners.message) l(p.topic, p.payload, { retain: p.retain });
        return;
      case P.Type.PUBACK: {
        const out = this.outbox.get(p.id);
        this.outbox.delete(p.id);
        out?.done();
        return;
      }
      case P.Type.SUBACK:
      case P.Type.UNSUBACK: {
        const w = this.waiting.get(p.id);
        if (!w) return;
        clearTimeout(w.timer);
        this.waiting.delete(p.id);
        w.resolve(p);
        return;
      }
      case P.Type.PINGRESP:
        this.awaitingPong = false;
    }
  }

  private up(): void {
    this.connected = true;
    this.backoff = this.o.reconnectMs ?? 1000;
    // A clean session starts with no subscriptions [MQTT-3.1.2-6]: ask for them all again, then resend
    // the publishes that never got their PUBACK (with DUP set [MQTT-3.3.1-1]).
    for (const [filter, qos] of this.subscriptions) void this.request(P.subscribe, filter, qos).catch(() => {});
    for (const [id, out] of this.outbox) {
      this.send(P.publish(out.topic, out.payload, 1, out.retain, id, out.sent));
      out.sent = true;
    }
    const keepalive = (this.o.keepaliveS ?? 20) * 1000;
    this.pingTimer = setInterval(() => {
      // [MQTT-3.1.2-24] no PINGRESP within a keep-alive period: the connection is dead.
      if (this.awaitingPong) return this.ws?.close();
      this.awaitingPong = true;
      this.send(P.pingreq());
    }, keepalive);
    for (const l of this.listeners.connect) l();
  }

  private down(): void {
    const was = this.connected;
    this.connected = false;
    this.awaitingPong = false;
    if (this.pingTimer) clearInterval(this.pingTimer);
    this.pingTimer = null;
    for (const [id, w] of this.waiting) {
      clearTimeout(w.timer);
      w.reject(new Error('the connection closed'));
      this.waiting.delete(id);
    }
    if (was) for (const l of this.listeners.offline) l();
  }

  private retry(): void {
    if (this.ended || this.reconnectTimer) return;
    const wait = this.backoff;
    this.backoff = Math.min(this.backoff * 2, MAX_BACKOFF_MS);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (!this.ended) this.open();
    }, wait);
  }

  private send(bytes: Uint8Array): void {
    if (this.ws?.readyState === 1) this.ws.send(bytes);
  }
}
