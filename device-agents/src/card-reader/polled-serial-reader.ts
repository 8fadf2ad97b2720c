import type { AgentLog } from '../agent/log.ts';
import { ByteQueue, SerialLine } from '../serial/serial-line.ts';
import type { CardData, CardReader } from './readers.ts';

export interface SerialReaderOptions {
  path: string;
  /** The readers' modules default to 115200 8N1. */
  baud?: number;
  pollMs?: number;
  log: AgentLog;
}

/**
 * What the serial card readers share: a serial line and its byte queue, and while reading is on (a kiosk waits)
 * a look every half second — is a card there, and if it is new, read it and hand it on. A card that stays on the
 * reader is read once; it is read again only after it was taken away. A failed read is logged and the line's
 * bytes dropped, so the next look starts clean. Each protocol says how to find a card and how to read it.
 */
export abstract class PolledSerialReader implements CardReader {
  protected readonly line: SerialLine;
  protected readonly queue = new ByteQueue();
  /** A card was on the reader at the last look: the same card is not read twice. */
  protected present = false;
  private timer: NodeJS.Timeout | null = null;
  private active = false;
  private busy = false;
  private onCard: ((card: CardData) => void) | null = null;

  /** For the log: "ID card", "social-security card". */
  protected abstract readonly what: string;

  constructor(protected readonly o: SerialReaderOptions) {
    this.line = new SerialLine(o.path, o.baud ?? 115200);
  }

  /** Whether a card is on (or in) the reader now. */
  protected abstract cardThere(): Promise<boolean>;
  /** Reads the card cardThere found. */
  protected abstract read(): Promise<CardData>;

  async open(onCard: (card: CardData) => void): Promise<void> {
    this.onCard = onCard;
    this.line.on('data', (d) => this.queue.push(d));
    this.line.on('error', (err) => this.o.log.warn({ err: err.message, path: this.o.path }, `${this.what} reader line error`));
    await this.line.open();
    this.timer = setInterval(() => void this.look(), this.o.pollMs ?? 500);
    this.timer.unref();
  }

  setActive(active: boolean): void {
    this.active = active;
    if (!active) this.present = false;
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.onCard = null;
    await this.line.close();
  }

  private async look(): Promise<void> {
    if (!this.active || this.busy) return;
    this.busy = true;
    try {
      if (!(await this.cardThere())) {
        this.present = false;
        return;
      }
      if (this.present) return;
      const card = await this.read();
      this.present = true;
      if (this.active) this.onCard?.(card);
    } catch (err) {
      this.o.log.warn({ err: (err as Error).message }, `${this.what} not read`);
      this.queue.clear();
    } finally {
      this.busy = false;
    }
  }
}
