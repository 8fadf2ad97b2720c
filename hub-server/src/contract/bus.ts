import { matchTopic, topicFilter, topicPath, topics } from './topics.ts';
import type { TopicInput, TopicName, TopicParams, TopicPayload } from './topics.ts';

/** [MQTT-4.7] Does a concrete topic match a filter (single-level "+" and trailing "#")? */
export function filterMatches(filter: string, topic: string): boolean {
  const f = filter.split('/');
  const t = topic.split('/');
  for (let i = 0; i < f.length; i++) {
    if (f[i] === '#') return true;
    if (i >= t.length || (f[i] !== '+' && f[i] !== t[i])) return false;
  }
  return f.length === t.length;
}

/**
 * What the bus needs of an MQTT client: mqtt.js in the hub and the agents, ui-kit's small WebSocket client in
 * browsers. Both keep their subscriptions across reconnects.
 */
export interface BusClient {
  readonly connected: boolean;
  on(event: 'message', listener: (topic: string, payload: Uint8Array, packet: { retain: boolean }) => void): unknown;
  on(event: 'connect', listener: () => void): unknown;
  off(event: 'message', listener: (topic: string, payload: Uint8Array, packet: { retain: boolean }) => void): unknown;
  off(event: 'connect', listener: () => void): unknown;
  publishAsync(topic: string, message: string, opts: { qos: 0 | 1; retain?: boolean }): Promise<unknown>;
  subscribeAsync(filter: string, opts: { qos: 0 | 1 }): Promise<Array<{ qos: number }>>;
  unsubscribeAsync(filter: string): Promise<unknown>;
}

export interface Delivery {
  topic: string;
  retained: boolean;
}

export type Handler<K extends TopicName> = (payload: TopicPayload<K>, params: TopicParams<K>, delivery: Delivery) => void;

/** Reports a message that did not parse; the bus drops it rather than let bad input reach a handler. */
export type InvalidMessage = (topic: string, reason: string) => void;

interface Registration {
  name: TopicName;
  filter: string;
  handler: Handler<TopicName>;
}

/**
 * Typed publish/subscribe over an mqtt.js client, shared by hub, agents and browsers. Outgoing payloads are
 * parsed by their schema before they leave (a bug here must not become bad input elsewhere); incoming ones are
 * parsed before any handler sees them. The constructor only assigns: start() begins taking the client's
 * messages, stop() ends it. A subscription asked for while the broker is away is made when it is back, so a
 * hub or an agent starts without its broker and catches up.
 */
export class TopicBus {
  private readonly registrations = new Set<Registration>();
  private readonly filters = new Map<string, number>();
  /** Filters asked for while the client was not connected: subscribed on the next connect. */
  private readonly deferred = new Set<string>();
  private readonly onMessage = (topic: string, payload: Uint8Array, packet: { retain: boolean }) => this.dispatch(topic, payload, packet.retain);
  private readonly onConnect = () => void this.subscribeDeferred();

  constructor(
    readonly client: BusClient,
    readonly hall: string,
    private readonly onInvalid: InvalidMessage = () => {},
  ) {}

  start(): this {
    this.stop();
    this.client.on('message', this.onMessage);
    this.client.on('connect', this.onConnect);
    return this;
  }

  stop(): void {
    this.client.off('message', this.onMessage);
    this.client.off('connect', this.onConnect);
  }

  async publish<K extends TopicName>(name: K, params: TopicParams<K>, payload: TopicInput<K>): Promise<void> {
    const spec = topics[name];
    const body = JSON.stringify(spec.schema.parse(payload));
    await this.client.publishAsync(topicPath(this.hall, name, params), body, { qos: spec.qos, retain: spec.retain });
  }

  /**
   * Subscribes and returns an unsubscribe function. Retained state arrives first, marked retained.
   * `only` fixes topic parameters (a device listens to its own commands); the others match any value.
   * Rejects when the broker refuses the subscription (an ACL said no).
   */
  async subscribe<K extends TopicName>(name: K, handler: Handler<K>, only: Partial<TopicParams<K>> = {}): Promise<() => Promise<void>> {
    const filter = topicFilter(this.hall, name, only);
    const registration: Registration = { name, filter, handler: handler as unknown as Handler<TopicName> };
    this.registrations.add(registration);
    const count = this.filters.get(filter) ?? 0;
    this.filters.set(filter, count + 1);
    if (count === 0 && !(await this.request(filter))) {
      this.drop(filter);
      throw new Error(`subscription to ${filter} was refused by the broker`);
    }
    return async () => {
      this.registrations.delete(registration);
      const left = (this.filters.get(filter) ?? 1) - 1;
      if (left > 0) this.filters.set(filter, left);
      else {
        this.filters.delete(filter);
        this.deferred.delete(filter);
        if (this.client.connected) await this.client.unsubscribeAsync(filter);
      }
    };
  }

  /** Sends the SUBSCRIBE, or keeps it for the next connect; false when the broker refused it. */
  private async request(filter: string): Promise<boolean> {
    if (!this.client.connected) {
      this.deferred.add(filter);
      return true;
    }
    try {
      // Every topic is QoS 1 (see TopicSpec).
      const granted = await this.client.subscribeAsync(filter, { qos: 1 });
      // [MQTT-3.9.3] SUBACK return code 0x80 means the broker refused the subscription (an ACL said no);
      // mqtt.js rejects, older brokers may resolve with it.
      return !granted.some((g) => g.qos === 128);
    } catch {
      // The connection went while asking: ask again on the next connect. Connected, it was a refusal.
      if (this.client.connected) return false;
      this.deferred.add(filter);
      return true;
    }
  }

  private async subscribeDeferred(): Promise<void> {
    for (const filter of [...this.deferred]) {
      this.deferred.delete(filter);
      if (!this.filters.has(filter)) continue;
      if (!(await this.request(filter))) {
        this.drop(filter);
        this.onInvalid(filter, 'subscription refused by the broker');
      }
    }
  }

  /** Forgets every handler of a filter the broker will not serve. */
  private drop(filter: string): void {
    for (const reg of this.registrations) if (reg.filter === filter) this.registrations.delete(reg);
    this.filters.delete(filter);
  }

  private dispatch(topic: string, raw: Uint8Array, retained: boolean): void {
    for (const reg of this.registrations) {
      const params = matchTopic(this.hall, reg.name, topic);
      if (!params || !filterMatches(reg.filter, topic)) continue;
      // A zero-length retained message clears retained state; there is nothing to hand on.
      if (raw.length === 0) continue;
      let value: unknown;
      try {
        value = JSON.parse(new TextDecoder().decode(raw));
      } catch {
        this.onInvalid(topic, 'payload is not JSON');
        continue;
      }
      const parsed = topics[reg.name].schema.safeParse(value);
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        this.onInvalid(topic, `${first?.path.join('.') || '(payload)'}: ${first?.message ?? 'invalid'}`);
        continue;
      }
      reg.handler(parsed.data as never, params, { topic, retained });
    }
  }
}
