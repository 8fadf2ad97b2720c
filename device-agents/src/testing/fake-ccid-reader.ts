import iconv from 'iconv-lite';
import { MSG, encodeCcid, parseSerialEvent, type CcidMessage } from '../card-reader/ccid-serial.ts';
import { SSSE_NAME, TAG_ID_NUMBER, TAG_NAME } from '../card-reader/social-security.ts';
import { ByteQueue } from '../serial/serial-line.ts';
import type { PtyPair } from './pty-pair.ts';

/**
 * A scripted GemPC Twin-style reader with a social-security card, on the device side of a pseudo-terminal.
 * It echoes every message before answering (as the GemPC Twin does), announces a card put in or taken out
 * (50 03 / 50 02), and plays a T=0 card: a record is answered 61xx first and handed over by GET RESPONSE.
 */
export class FakeCcidReader {
  card: { idNumber: string; name: string } | null = null;
  readonly apdus: string[] = [];
  private powered = false;
  private selected: 'mf' | 'ssse' | 'ef06' = 'mf';
  private pending: Buffer | null = null;
  private readonly queue = new ByteQueue();

  constructor(private readonly pty: PtyPair) {
    pty.on('data', (d) => {
      this.queue.push(d);
      for (let found = parseSerialEvent(this.queue.bytes); found; found = parseSerialEvent(this.queue.bytes)) {
        this.queue.consume(found.used);
        if (found.event.kind === 'message') this.answer(found.event.message);
      }
    });
  }

  insert(card: { idNumber: string; name: string }): void {
    this.card = card;
    this.pty.write(Buffer.from([0x50, 0x03]));
  }

  remove(): void {
    this.card = null;
    this.powered = false;
    this.pty.write(Buffer.from([0x50, 0x02]));
  }

  private answer(m: CcidMessage): void {
    this.pty.write(encodeCcid(m)); // the echo
    const reply = (type: number, status: number, data: Buffer = Buffer.alloc(0)) =>
      this.pty.write(encodeCcid({ type, slot: m.slot, seq: m.seq, params: [status, 0, 0], data }));
    const icc = !this.card ? 2 : this.powered ? 0 : 1;
    switch (m.type) {
      case MSG.getSlotStatus:
        return reply(MSG.slotStatus, icc);
      case MSG.iccPowerOn:
        if (!this.card) return reply(MSG.dataBlock, 0x40 | 2);
        this.powered = true;
        this.selected = 'mf';
        return reply(MSG.dataBlock, 0, Buffer.from('3B6800000073C84013009000', 'hex'));
      case MSG.iccPowerOff:
        this.powered = false;
        return reply(MSG.slotStatus, this.card ? 1 : 2);
      case MSG.xfrBlock:
        return reply(MSG.dataBlock, icc, this.apdu(m.data));
      default:
        return reply(MSG.slotStatus, 0x40 | icc);
    }
  }

  private apdu(a: Buffer): Buffer {
    this.apdus.push(a.toString('hex'));
    const sw = (v: number) => Buffer.from([v >> 8, v & 0xff]);
    if (!this.powered || !this.card) return sw(0x6f00);
    const [, ins, p1, p2] = a;
    if (ins === 0xa4 && p1 === 0x04) {
      if (!a.subarray(5).equals(SSSE_NAME)) return sw(0x6a82);
      this.selected = 'ssse';
      return sw(0x9000);
    }
    if (ins === 0xa4 && p1 === 0x02) {
      if (this.selected === 'mf' || a.readUInt16BE(5) !== 0xef06) return sw(0x6a82);
      this.selected = 'ef06';
      return sw(0x9000);
    }
    if (ins === 0xb2 && p2 === 0x00 && this.selected === 'ef06') {
      const value = p1 === TAG_ID_NUMBER
        ? Buffer.from(this.card.idNumber, 'ascii')
        : p1 === TAG_NAME ? Buffer.concat([iconv.encode(this.card.name, 'gbk'), Buffer.alloc(30)]).subarray(0, 30) : null;
      if (!value) return sw(0x6a83);
      this.pending = Buffer.concat([Buffer.from([p1!, value.length]), value]);
      return sw(0x6100 | this.pending.length); // T=0: "there are n bytes, ask for them"
    }
    if (ins === 0xc0 && this.pending) {
      const data = this.pending;
      this.pending = null;
      return Buffer.concat([data, sw(0x9000)]);
    }
    return sw(0x6d00);
  }
}
