import type { IClientPublishOptions, MqttClient } from 'mqtt';
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
 * messages, stop() ends it.
 */
export class TopicBus {
  private readonly registrations = new Set<Registration>();
  private readonly filters = new Map<string, number>();
  private readonly onMessage = (topic: string, payload: Uint8Array, packet: { retain: boolean }) => this.dispatch(topic, payload, packet.retain);

  constructor(
    readonly client: MqttClient,
    readonly hall: string,
    private readonly onInvalid: InvalidMessage = () => {},
  ) {}

  start(): this {
    this.client.off('message', this.onMessage);
    this.client.on('message', this.onMessage);
    return this;
  }

  stop(): void {
    this.client.off('message', this.onMessage);
  }

  async publish<K extends TopicName>(name: K, params: TopicParams<K>, payload: TopicInput<K>): Promise<void> {
    const spec = topics[name];
    const body = JSON.stringify(spec.schema.parse(payload));
    const options: IClientPublishOptions = { qos: spec.qos, retain: spec.retain };
    await this.client.publishAsync(topicPath(this.hall, name, params), body, options);
  }

  /**
   * Subscribes and returns an unsubscribe function. Retained state arrives first, marked retained.
   * `only` fixes topic parameters (a device listens to its own commands); the others match any value.
   */
  async subscribe<K extends TopicName>(name: K, handler: Handler<K>, only: Partial<TopicParams<K>> = {}): Promise<() => Promise<void>> {
    const filter = topicFilter(this.hall, name, only);
    const registration: Registration = { name, filter, handler: handler as unknown as Handler<TopicName> };
    this.registrations.add(registration);
    const count = this.filters.get(filter) ?? 0;
    this.filters.set(filter, count + 1);
    if (count === 0) {
      // [MQTT-3.9.3] SUBACK return code 0x80 means the broker refused the subscription (an ACL said no);
      // mqtt.js rejects, older brokers may resolve with it.
      const refused = () => {
        this.registrations.delete(registration);
        this.filters.delete(filter);
        return new Error(`subscription to ${filter} was refused by the broker`);
      };
      const granted = await this.client.subscribeAsync(filter, { qos: topics[name].qos }).catch(() => {
        throw refused();
      });
      if (granted.some((g) => g.qos === 128)) throw refused();
    }
    return async () => {
      this.registrations.delete(registration);
      const left = (this.filters.get(filter) ?? 1) - 1;
      if (left > 0) this.filters.set(filter, left);
      else {
        this.filters.delete(filter);
        if (this.client.connected) await this.client.unsubscribeAsync(filter);
      }
    };
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
