import { ByteQueue } from '../serial/serial-line.ts';
import { PREAMBLE, SW3, encodeBaseInfo, samResponse, type BaseInfo } from '../card-reader/sam-protocol.ts';
import type { PtyPair } from './pty-pair.ts';

/**
 * A scripted resident ID card reader on the device side of a pseudo-terminal: answers the SAM protocol's
 * find, select and read-base-info commands for the card "on" it, as a real module does (9F found / 80 none,
 * 90 done), and counts what it was asked.
 */
export class FakeSamReader {
  card: Partial<BaseInfo> | null = null;
  readonly asked: string[] = [];
  private readonly queue = new ByteQueue();

  constructor(private readonly pty: PtyPair) {
    pty.on('data', (d) => {
      this.queue.push(d);
      this.answer();
    });
  }

  private answer(): void {
    for (;;) {
      const bytes = this.queue.bytes;
      const start = bytes.indexOf(PREAMBLE);
      if (start < 0 || bytes.length < start + 7) return;
      const len = bytes.readUInt16BE(start + 5);
      if (bytes.length < start + 7 + len) return;
      const [cmd, para] = [bytes[start + 7]!, bytes[start + 8]!];
      this.queue.consume(start + 7 + len);
      const key = `${cmd.toString(16)}${para.toString(16).padStart(2, '0')}`;
      this.asked.push(key);
      if (key === '2001') this.pty.write(samResponse(this.card ? SW3.found : SW3.noCard, this.card ? Buffer.from([0, 0, 0, 0]) : undefined));
      else if (key === '2002') this.pty.write(samResponse(this.card ? SW3.ok : SW3.selectFailed, Buffer.alloc(8)));
      else if (key === '3001') this.pty.write(this.card ? samResponse(SW3.ok, encodeBaseInfo(this.card)) : samResponse(SW3.readFailed));
      else this.pty.write(samResponse(0x21));
    }
  }
}
