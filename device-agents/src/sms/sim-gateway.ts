import type { ReceivedSms, SendReceipt, SmsGateway } from './gateway.ts';

export interface SentSms {
  to: string;
  text: string;
  at: string;
}

/**
 * The demo hall's gateway: prints each message (number masked) and keeps it for tests; `failNext` makes the
 * next sends fail as a gateway that is down would.
 */
export class SimSmsGateway implements SmsGateway {
  readonly sent: SentSms[] = [];
  /** Sends to fail before the gateway "comes back" (fault drills and tests). */
  failNext = 0;
  private readonly listeners = new Set<(sms: ReceivedSms) => void>();
  private seq = 0;

  constructor(private readonly print: (line: string) => void = (line) => process.stdout.write(`${line}\n`)) {}

  async send(to: string, text: string): Promise<SendReceipt> {
    if (this.failNext > 0) {
      this.failNext--;
      throw new Error('simulated gateway unreachable');
    }
    this.sent.push({ to, text, at: new Date().toISOString() });
    this.print(`[SMS → ${to.slice(0, 3)}****${to.slice(7)}] ${text}`);
    return { gatewayIds: [`sim-${++this.seq}`] };
  }

  onReceive(handler: (sms: ReceivedSms) => void): () => void {
    this.listeners.add(handler);
    return () => void this.listeners.delete(handler);
  }

  /** A phone replies to the hall's number (the demo's and the tests' way to send 退订). */
  receive(from: string, text: string): void {
    this.print(`[SMS ← ${from.slice(0, 3)}****${from.slice(7)}] ${text}`);
    for (const l of this.listeners) l({ from, text });
  }
}
