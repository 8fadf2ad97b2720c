import crypto from 'node:crypto';
import type { TopicBus } from '@jobhall/hub-server/contract';
import { DeviceAgent, type AgentConnection } from '../agent/device-agent.ts';
import type { AgentLog } from '../agent/log.ts';
import { SimCardReader, type CardData, type CardReader } from './readers.ts';

export interface CardReaderAgentOptions {
  connection: AgentConnection;
  reader: CardReader;
  log: AgentLog;
}

/**
 * Sends each card read to the hub on the reader's own event topic, which the broker's ACL lets only the hub
 * read. The card's data is passed on and not kept; the log records that a card was read, never whose.
 */
export class CardReaderAgent extends DeviceAgent {
  private unsubscribe: Array<() => Promise<void>> = [];

  constructor(private readonly opts: CardReaderAgentOptions) {
    super(opts.connection, 'card-reader', opts.log);
  }

  protected async onStart(bus: TopicBus): Promise<void> {
    await this.opts.reader.open((card) => this.send(card));
    const reader = this.opts.reader;
    if (reader instanceof SimCardReader) {
      this.unsubscribe = [await bus.subscribe('simCard', (tap) => reader.place(tap), { deviceId: this.deviceId })];
    }
  }

  protected async onStop(): Promise<void> {
    await Promise.all(this.unsubscribe.map((u) => u().catch(() => {})));
    await this.opts.reader.close();
  }

  private send(card: CardData): void {
    this.log.info({ card: card.card }, 'card read');
    this.bus
      ?.publish('cardRead', { deviceId: this.deviceId }, { readId: crypto.randomUUID(), ...card, at: new Date().toISOString() })
      .catch((err: Error) => this.log.warn({ err: err.message }, 'card read not sent'));
  }
}
