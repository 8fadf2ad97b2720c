import crypto from 'node:crypto';
import type { CardSession, TopicBus } from '@jobhall/hub-server/contract';
import { DeviceAgent, type AgentConnection } from '../agent/device-agent.ts';
import type { AgentLog } from '../agent/log.ts';
import { SimCardReader, type CardData, type CardReader } from './readers.ts';

export interface CardReaderAgentOptions {
  connection: AgentConnection;
  reader: CardReader;
  log: AgentLog;
}

/**
 * Reads cards only while the kiosk it serves is waiting for one (the hub's retained card session), and sends
 * each read on the reader's own event topic, which the broker's ACL lets only the hub read. The card's data
 * is passed on and not kept; the log records that a card was read, never whose.
 */
export class CardReaderAgent extends DeviceAgent {
  private unsubscribe: Array<() => Promise<void>> = [];
  private sessionTimer: NodeJS.Timeout | null = null;
  private active = false;

  constructor(private readonly opts: CardReaderAgentOptions) {
    super(opts.connection, 'card-reader', opts.log);
  }

  /** Whether the reader is reading now (a kiosk session is open). */
  get reading(): boolean {
    return this.active;
  }

  protected async onStart(bus: TopicBus): Promise<void> {
    await this.opts.reader.open((card) => this.send(card));
    this.unsubscribe = [await bus.subscribe('cardSession', (s) => this.session(s), { deviceId: this.deviceId })];
    const reader = this.opts.reader;
    if (reader instanceof SimCardReader) {
      this.unsubscribe.push(await bus.subscribe('simCard', (tap) => reader.place(tap), { deviceId: this.deviceId }));
    }
  }

  protected async onStop(): Promise<void> {
    this.setActive(false);
    await Promise.all(this.unsubscribe.map((u) => u().catch(() => {})));
    await this.opts.reader.close();
  }

  private session(s: CardSession): void {
    if (this.sessionTimer) clearTimeout(this.sessionTimer);
    this.sessionTimer = null;
    this.setActive(s.open);
    // Counted from receipt on this clock: a session the hub never closed (it went away) ends by itself.
    if (s.open) {
      this.sessionTimer = setTimeout(() => this.setActive(false), s.ttlMs);
      this.sessionTimer.unref();
    }
  }

  private setActive(active: boolean): void {
    if (active === this.active) return;
    this.active = active;
    this.opts.reader.setActive(active);
    this.log.debug({ active }, 'card reading');
  }

  private send(card: CardData): void {
    if (!this.active) return; // read as the session closed: it belongs to nobody now
    this.log.info({ card: card.card }, 'card read');
    this.bus
      ?.publish('cardRead', { deviceId: this.deviceId }, { readId: crypto.randomUUID(), ...card, at: new Date().toISOString() })
      .catch((err: Error) => this.log.warn({ err: err.message }, 'card read not sent'));
  }
}
