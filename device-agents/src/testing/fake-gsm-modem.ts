import { decodeSubmit, encodeDeliver, encodeStatusReport, type UserData } from '../sms/pdu.ts';
import type { PtyPair } from './pty-pair.ts';

export interface ModemSubmit extends UserData {
  to: string;
  statusReport: boolean;
  reference: number;
}

/**
 * A scripted GSM modem on the device side of a pseudo-terminal, speaking AT commands as 27.005 modems do:
 * echo until ATE0, OK to set-up, the "> " prompt for AT+CMGS and +CMGS: <mr> once the PDU and Ctrl-Z came;
 * +CMTI for a new message kept in memory for AT+CMGR/AT+CMGD, +CDS for a delivery report. `refuse` makes the
 * next sends fail as the network would (+CMS ERROR).
 */
export class FakeGsmModem {
  readonly submitted: ModemSubmit[] = [];
  readonly commands: string[] = [];
  /** +CMS ERROR codes to answer the next sends with (one each). */
  refuse: number[] = [];
  private echo = true;
  private text = '';
  private awaitingPdu = false;
  private mr = 0;
  private readonly inbox = new Map<number, string>();

  constructor(private readonly pty: PtyPair) {
    pty.on('data', (d) => this.take(d.toString('latin1')));
  }

  /** A phone texts the hall. */
  receive(from: string, text: string): void {
    const index = this.inbox.size + 1;
    this.inbox.set(index, encodeDeliver(from, text));
    this.say(`\r\n+CMTI: "SM",${index}\r\n`);
  }

  /** The network reports on a part sent with message reference `mr`. */
  report(mr: number, recipient: string, status = 0x00): void {
    const pdu = encodeStatusReport(mr, recipient, status);
    this.say(`\r\n+CDS: ${pdu.length / 2 - 1}\r\n${pdu}\r\n`);
  }

  private say(s: string): void {
    this.pty.write(Buffer.from(s, 'latin1'));
  }

  private take(chunk: string): void {
    this.text += chunk;
    for (;;) {
      if (this.awaitingPdu) {
        const end = this.text.indexOf('\x1a');
        if (end < 0) return;
        const hex = this.text.slice(0, end).trim();
        this.text = this.text.slice(end + 1);
        this.awaitingPdu = false;
        this.submit(hex);
        continue;
      }
      const end = this.text.indexOf('\r');
      if (end < 0) return;
      const cmd = this.text.slice(0, end).trim();
      this.text = this.text.slice(end + 1).replace(/^\n/, '');
      if (cmd) this.command(cmd);
    }
  }

  private command(cmd: string): void {
    this.commands.push(cmd);
    if (this.echo) this.say(`${cmd}\r\n`);
    const ok = () => this.say('\r\nOK\r\n');
    if (cmd === 'ATE0') {
      this.echo = false;
      return ok();
    }
    if (cmd === 'AT' || cmd === 'AT+CMGF=0' || cmd.startsWith('AT+CNMI=') || cmd === 'AT+CNMA') return ok();
    if (cmd.startsWith('AT+CMGS=')) {
      this.awaitingPdu = true;
      return this.say('\r\n> ');
    }
    const read = /^AT\+CMGR=(\d+)$/.exec(cmd);
    if (read) {
      const pdu = this.inbox.get(Number(read[1]));
      if (!pdu) return this.say('\r\n+CMS ERROR: 321\r\n');
      return this.say(`\r\n+CMGR: 0,,${pdu.length / 2 - 1}\r\n${pdu}\r\n\r\nOK\r\n`);
    }
    const del = /^AT\+CMGD=(\d+)$/.exec(cmd);
    if (del) {
      this.inbox.delete(Number(del[1]));
      return ok();
    }
    this.say('\r\nERROR\r\n');
  }

  private submit(hex: string): void {
    const refused = this.refuse.shift();
    if (refused !== undefined) return this.say(`\r\n+CMS ERROR: ${refused}\r\n`);
    const mr = (this.mr = (this.mr + 1) & 0xff);
    this.submitted.push({ ...decodeSubmit(hex), reference: mr });
    this.say(`\r\n+CMGS: ${mr}\r\n\r\nOK\r\n`);
  }
}
