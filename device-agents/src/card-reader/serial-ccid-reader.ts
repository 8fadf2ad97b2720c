import { PolledSerialReader, type SerialReaderOptions } from './polled-serial-reader.ts';
import { MSG, commandFailed, encodeCcid, iccStatus, parseSerialEvent, type CcidMessage } from './ccid-serial.ts';
import type { CardData } from './readers.ts';
import { readSocialSecurityCard } from './social-security.ts';

/** GemPC Twin serial readers run at 115200 8N1. */
export type SerialCcidReaderOptions = SerialReaderOptions;

/** How long the reader may take to answer one message; a T=0 card's time requests extend it. */
const ANSWER_MS = 2000;

/**
 * A contact smart-card reader on a serial port speaking CCID over serial (ccid-serial.ts), reading
 * social-security cards (social-security.ts): a card newly in the slot is powered, read, and powered off again.
 */
export class SerialCcidReader extends PolledSerialReader {
  protected readonly what = 'social-security card';
  private seq = 0;

  protected async cardThere(): Promise<boolean> {
    const status = await this.exchange(MSG.getSlotStatus, Buffer.alloc(0));
    return iccStatus(status.params[0]) !== 'absent';
  }

  protected async read(): Promise<CardData> {
    const atr = await this.exchange(MSG.iccPowerOn, Buffer.alloc(0));
    if (commandFailed(atr.params[0])) throw new Error(`power on failed (bError ${atr.params[1].toString(16)})`);
    try {
      const card = await readSocialSecurityCard(async (apdu) => (await this.exchange(MSG.xfrBlock, apdu)).data);
      return { card: 'social-security', ...card };
    } finally {
      await this.exchange(MSG.iccPowerOff, Buffer.alloc(0)).catch(() => {});
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
