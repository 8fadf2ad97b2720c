import type { AgentLog } from '../agent/log.ts';
import { ByteQueue, SerialLine } from '../serial/serial-line.ts';
import { MSG, commandFailed, encodeCcid, iccStatus, parseSerialEvent, type CcidMessage } from './ccid-serial.ts';
import type { CardData, CardReader } from './readers.ts';
import { readSocialSecurityCard } from './social-security.ts';

export interface SerialCcidReaderOptions {
  path: string;
  /** GemPC Twin serial readers run at 115200 8N1. */
  baud?: number;
  pollMs?: number;
  log: AgentLog;
}

/** How long the reader may take to answer one message; a T=0 card's time requests extend it. */
const ANSWER_MS = 2000;

/**
 * A contact smart-card reader on a serial port speaking CCID over serial (ccid-serial.ts), reading
 * social-security cards (social-security.ts). While reading is on it asks for the slot's status every half
 * second; a card newly in the slot is powered, read, and powered off again.
 */
export class SerialCcidReader implements CardReader {
  private readonly line: SerialLine;
  private readonly queue = new ByteQueue();
  private timer: NodeJS.Timeout | null = null;
  private active = false;
  private busy = false;
  private present = false;
  private seq = 0;
  private onCard: ((card: CardData) => void) | null = null;

  constructor(private readonly o: SerialCcidReaderOptions) {
    this.line = new SerialLine(o.path, o.baud ?? 115200);
  }

  async open(onCard: (card: CardData) => void): Promise<void> {
    this.onCard = onCard;
    this.line.on('data', (d) => this.queue.push(d));
    this.line.on('error', (err) => this.o.log.warn({ err: err.message, path: this.o.path }, 'card reader line error'));
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
      const status = await this.exchange(MSG.getSlotStatus, Buffer.alloc(0));
      if (iccStatus(status.params[0]) === 'absent') {
        this.present = false;
        return;
      }
      if (this.present) return;
      const atr = await this.exchange(MSG.iccPowerOn, Buffer.alloc(0));
      if (commandFailed(atr.params[0])) throw new Error(`power on failed (bError ${atr.params[1].toString(16)})`);
      try {
        const card = await readSocialSecurityCard(async (apdu) => (await this.exchange(MSG.xfrBlock, apdu)).data);
        this.present = true;
        if (this.active) this.onCard?.({ card: 'social-security', ...card });
      } finally {
        await this.exchange(MSG.iccPowerOff, Buffer.alloc(0)).catch(() => {});
      }
    } catch (err) {
      this.o.log.warn({ err: (err as Error).message }, 'social-security card not read');
      this.queue.clear();
    } finally {
      this.busy = false;
    }
  }

  /** Sends one CCID message and waits for the reader's answer to it (same sequence number). */
  private async exchange(type: number, data: Buffer): Promise<CcidMessage> {
    const seq = (this.seq = (this.seq + 1) & 0xff);
    const frame = encodeCcid({ type, slot: 0, seq, params: [0, 0, 0], data });
    let naks = 0;
    await this.line.write(frame);
    // Each event read starts a new wait: a card's time requests keep the exchange alive.
    for (;;) {
      const event = await this.queue.until((bytes) => {
        const found = parseSerialEvent(bytes);
        if (!found) return null;
        this.queue.consume(found.used);
        return found.event;
      }, ANSWER_MS, 'answer from the card reader');
      if (event.kind === 'slot-change') {
        if (!event.present) this.present = false;
      } else if (event.kind === 'nak') {
        if (++naks > 2) throw new Error('card reader refused the message three times');
        await this.line.write(frame);
      } else if (event.kind === 'message' && event.message.type >= 0x80 && event.message.seq === seq) {
        return event.message;
      }
      // A time request, the echo of our own message, or an answer to an older one: keep reading.
    }
  }
}
