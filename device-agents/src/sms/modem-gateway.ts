import type { AgentLog } from '../agent/log.ts';
import { SerialLine } from '../serial/serial-line.ts';
import { AtChannel } from './at-channel.ts';
import { SmsSendError, nationalNumber, type DeliveryReport, type ReceivedSms, type SendReceipt, type SmsGateway } from './gateway.ts';
import { decodeDeliver, decodeStatusReport, encodeSubmit } from './pdu.ts';

export interface ModemOptions {
  path: string;
  /** USB GSM modems usually take 115200. */
  baud?: number;
  log: AgentLog;
  /** Country code for the numbers the hub sends (11-digit mainland numbers): 86. */
  countryCode?: string;
}

/** +CMS ERROR codes no retry will cure: no such number, refused, invalid (a network out of order, congestion, no service pass). */
const PERMANENT_CMS = new Set([1, 21, 28, 29, 30, 96, 304, 305]);

/**
 * A GSM modem on a serial port, in PDU mode: each message is one or more SMS-SUBMIT PDUs (UCS2 for Chinese,
 * long ones concatenated), sent with AT+CMGS, each asking for a delivery report. The modem tells of new
 * messages (+CMTI, read with AT+CMGR and deleted) and of reports (+CDS), which the agent hears through
 * onReceive and onDelivery.
 */
export class GsmModemGateway implements SmsGateway {
  private readonly line: SerialLine;
  private readonly at: AtChannel;
  private readonly received = new Set<(sms: ReceivedSms) => void>();
  private readonly reports = new Set<(r: DeliveryReport) => void>();
  private reference = Math.floor(Math.random() * 256);
  /** Parts of long replies until all have come: reference → parts by number. */
  private readonly partial = new Map<string, { total: number; parts: Map<number, string>; at: number }>();

  constructor(private readonly o: ModemOptions) {
    this.line = new SerialLine(o.path, o.baud ?? 115200);
    this.at = new AtChannel(this.line);
  }

  async start(): Promise<void> {
    await this.line.open();
    this.at.on('unsolicited', (code, pdu) => void this.unsolicited(code, pdu));
    // Echo off, PDU mode, new messages announced by index (+CMTI), delivery reports sent straight (+CDS).
    for (const cmd of ['AT', 'ATE0', 'AT+CMGF=0', 'AT+CNMI=2,1,0,1,0']) {
      const a = await this.at.send(cmd);
      if (a.final !== 'OK') throw new Error(`modem answered ${a.final} to ${cmd}`);
    }
    this.o.log.info({ path: this.o.path }, 'GSM modem ready (PDU mode)');
  }

  async send(to: string, text: string): Promise<SendReceipt> {
    const pdus = encodeSubmit({ to, text, reference: (this.reference = (this.reference + 1) & 0xff), statusReport: true, countryCode: this.o.countryCode });
    const ids: string[] = [];
    for (const pdu of pdus) {
      // The network may take a while to accept a part: 60 s before giving up on it.
      const a = await this.at.send(`AT+CMGS=${pdu.tpduLength}`, 60_000, pdu.hex);
      if (a.final !== 'OK') {
        const cms = /\+CMS ERROR: ?(\d+)/.exec(a.final);
        throw new SmsSendError(`modem refused part ${ids.length + 1}/${pdus.length}: ${a.final}`, !!cms && PERMANENT_CMS.has(Number(cms[1])));
      }
      const mr = /\+CMGS: ?(\d+)/.exec(a.lines.join('\n'));
      ids.push(`mr:${mr?.[1] ?? '?'}`);
    }
    return { gatewayIds: ids };
  }

  onReceive(handler: (sms: ReceivedSms) => void): () => void {
    this.received.add(handler);
    return () => void this.received.delete(handler);
  }

  onDelivery(handler: (r: DeliveryReport) => void): () => void {
    this.reports.add(handler);
    return () => void this.reports.delete(handler);
  }

  async close(): Promise<void> {
    await this.line.close();
  }

  private async unsolicited(code: string, pdu: string | null): Promise<void> {
    try {
      if (code.startsWith('+CDS:') && pdu) {
        const r = decodeStatusReport(pdu);
        // Acknowledge the report where the modem wants it (phase 2+); a modem that does not answers ERROR.
        void this.at.send('AT+CNMA', 2000).catch(() => {});
        for (const h of this.reports) h({ gatewayId: `mr:${r.reference}`, delivered: r.delivered, final: r.final, detail: `status ${r.status.toString(16).padStart(2, '0')}` });
        return;
      }
      const index = /^\+CMTI: ?"?\w*"?,(\d+)/.exec(code)?.[1];
      if (!index) return;
      const a = await this.at.send(`AT+CMGR=${index}`);
      const hex = a.lines.find((l) => /^[0-9A-Fa-f]+$/.test(l));
      await this.at.send(`AT+CMGD=${index}`);
      if (!hex) return;
      const msg = decodeDeliver(hex);
      const text = this.assemble(msg.from, msg.text, msg.concat);
      if (text === null) return;
      for (const h of this.received) h({ from: nationalNumber(msg.from), text });
    } catch (err) {
      this.o.log.warn({ code, err: (err as Error).message }, 'modem message not read');
    }
  }

  /** A reply's text once every part has come (parts older than 10 minutes are forgotten). */
  private assemble(from: string, text: string, concat: { reference: number; total: number; seq: number } | null): string | null {
    if (!concat) return text;
    const key = `${from}/${concat.reference}`;
    const now = Date.now();
    for (const [k, v] of this.partial) if (now - v.at > 600_000) this.partial.delete(k);
    const p = this.partial.get(key) ?? { total: concat.total, parts: new Map<number, string>(), at: now };
    p.parts.set(concat.seq, text);
    this.partial.set(key, p);
    if (p.parts.size < p.total) return null;
    this.partial.delete(key);
    return [...p.parts.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1]).join('');
  }
}
