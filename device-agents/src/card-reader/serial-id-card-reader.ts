import type { AgentLog } from '../agent/log.ts';
import { ByteQueue, SerialLine } from '../serial/serial-line.ts';
import type { CardData, CardReader } from './readers.ts';
import { SAM, SW3, decodeBaseInfo, parseSamResponse, samCommand, type SamResponse } from './sam-protocol.ts';

export interface SerialIdCardReaderOptions {
  path: string;
  /** SAM modules default to 115200 8N1. */
  baud?: number;
  pollMs?: number;
  log: AgentLog;
}

/**
 * A second-generation resident ID card reader on a serial port (SAM protocol, sam-protocol.ts). While reading
 * is on it looks for a card every half second: find, select, read the base info, and hands on the ID number
 * and name. A card that stays on the reader is read once; it is read again only after it was taken away.
 */
export class SerialIdCardReader implements CardReader {
  private readonly line: SerialLine;
  private readonly queue = new ByteQueue();
  private timer: NodeJS.Timeout | null = null;
  private active = false;
  private busy = false;
  /** A card was on the reader at the last look: the same card is not read twice. */
  private present = false;
  private onCard: ((card: CardData) => void) | null = null;

  constructor(private readonly o: SerialIdCardReaderOptions) {
    this.line = new SerialLine(o.path, o.baud ?? 115200);
  }

  async open(onCard: (card: CardData) => void): Promise<void> {
    this.onCard = onCard;
    this.line.on('data', (d) => this.queue.push(d));
    this.line.on('error', (err) => this.o.log.warn({ err: err.message, path: this.o.path }, 'ID card reader line error'));
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
      const found = await this.send(SAM.findCard, 1000);
      if (found.sw3 !== SW3.found) {
        this.present = false;
        return;
      }
      if (this.present) return;
      const selected = await this.send(SAM.selectCard, 1000);
      if (selected.sw3 !== SW3.ok) throw new Error(`select card: SW3 ${selected.sw3.toString(16)}`);
      // 1295 bytes at 115200 baud take 0.11 s; a slow line at 9600 takes 1.4 s.
      const base = await this.send(SAM.readBase, 3000);
      if (base.sw3 !== SW3.ok) throw new Error(`read base info: SW3 ${base.sw3.toString(16)}`);
      const info = decodeBaseInfo(base.data);
      this.present = true;
      if (this.active) this.onCard?.({ card: 'id-card', idNumber: info.idNumber.toUpperCase(), name: info.name });
    } catch (err) {
      this.o.log.warn({ err: (err as Error).message }, 'ID card not read');
      this.queue.clear();
    } finally {
      this.busy = false;
    }
  }

  private async send(cmd: readonly [number, number], timeoutMs: number): Promise<SamResponse> {
    this.queue.clear();
    await this.line.write(samCommand(cmd));
    const { response, used } = await this.queue.until(parseSamResponse, timeoutMs, 'answer from the ID card reader');
    this.queue.consume(used);
    return response;
  }
}
