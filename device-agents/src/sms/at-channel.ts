import { EventEmitter } from 'node:events';
import type { SerialLine } from '../serial/serial-line.ts';

/** Final result codes of an AT command (V.250 and 27.005). */
const FINAL = /^(OK|ERROR|\+CMS ERROR: ?\d+|\+CME ERROR: ?.+|NO CARRIER)$/;
/** Unsolicited result codes the SMS agent listens for; +CDS is followed by a PDU line. */
const UNSOLICITED = /^\+(CMTI|CDSI|CDS|CMT):/;

export interface AtAnswer {
  /** Lines between the command and its final result code. */
  lines: string[];
  final: string;
}

/**
 * AT commands over a serial line, one at a time: each waits for its final result code, the lines before it
 * are its answer. A command that sends data (AT+CMGS) waits for the modem's "> " prompt, sends the PDU and
 * Ctrl-Z. Unsolicited codes (+CMTI a message arrived, +CDS a delivery report) are emitted as they come, with
 * the PDU line that follows +CDS.
 */
export class AtChannel extends EventEmitter<{ unsolicited: [code: string, pdu: string | null] }> {
  private text = '';
  private current: { lines: string[]; done: (a: AtAnswer) => void; prompt: (() => void) | null } | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private pendingCds: string | null = null;

  constructor(private readonly line: SerialLine) {
    super();
    line.on('data', (d) => this.take(d.toString('latin1')));
  }

  /** Sends a command and resolves with its answer; rejects on a timeout. ERROR answers resolve (see `final`). */
  send(command: string, timeoutMs = 5000, data?: string): Promise<AtAnswer> {
    const run = () => new Promise<AtAnswer>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.current = null;
        reject(new Error(`${command}: no answer within ${timeoutMs} ms`));
      }, timeoutMs);
      this.current = {
        lines: [],
        done: (a) => {
          clearTimeout(timer);
          this.current = null;
          resolve(a);
        },
        prompt: data === undefined ? null : () => void this.line.write(Buffer.from(`${data}\x1a`, 'latin1')),
      };
      void this.line.write(Buffer.from(`${command}\r`, 'latin1')).catch(reject);
    });
    const next = this.chain.then(run, run);
    this.chain = next.catch(() => {});
    return next;
  }

  private take(chunk: string): void {
    this.text += chunk;
    for (;;) {
      // The data prompt comes without a line end.
      if (this.current?.prompt && /(^|\r\n)> ?$/.test(this.text)) {
        this.text = '';
        const prompt = this.current.prompt;
        this.current.prompt = null;
        prompt();
        return;
      }
      const end = this.text.indexOf('\r\n');
      if (end < 0) return;
      const line = this.text.slice(0, end).trim();
      this.text = this.text.slice(end + 2);
      if (line) this.onLine(line);
    }
  }

  private onLine(line: string): void {
    if (this.pendingCds !== null) {
      const code = this.pendingCds;
      this.pendingCds = null;
      this.emit('unsolicited', code, line);
      return;
    }
    if (UNSOLICITED.test(line)) {
      if (line.startsWith('+CDS:') || line.startsWith('+CMT:')) this.pendingCds = line;
      else this.emit('unsolicited', line, null);
      return;
    }
    const cur = this.current;
    if (!cur) return; // an echo or noise with no command waiting
    if (FINAL.test(line)) cur.done({ lines: cur.lines, final: line });
    else cur.lines.push(line);
  }
}
