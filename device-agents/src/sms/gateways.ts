/** A message a phone sent to the hall's number. */
export interface ReceivedSms {
  from: string;
  text: string;
}

/** Where an SMS really goes: an operator's HTTP API, a GSM modem, or (demo) the terminal. */
export interface SmsGateway {
  send(to: string, text: string): Promise<void>;
  /**
   * Replies from phones (退订, TD, STOP), where the gateway can receive them; returns the way to stop
   * listening. A send-only gateway leaves it out.
   */
  onReceive?(handler: (sms: ReceivedSms) => void): () => void;
}

export interface SentSms {
  to: string;
  text: string;
  at: string;
}

/** The demo hall's gateway: prints each message (number masked) and keeps it for tests. */
export class SimSmsGateway implements SmsGateway {
  readonly sent: SentSms[] = [];
  private readonly listeners = new Set<(sms: ReceivedSms) => void>();

  constructor(private readonly print: (line: string) => void = (line) => process.stdout.write(`${line}\n`)) {}

  async send(to: string, text: string): Promise<void> {
    this.sent.push({ to, text, at: new Date().toISOString() });
    this.print(`[SMS → ${to.slice(0, 3)}****${to.slice(7)}] ${text}`);
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

/**
 * A generic HTTP SMS API: POST {to, text} as JSON with a bearer token. Chinese operators' APIs differ in
 * field names and signing; an adapter for one goes beside this class, behind the same interface.
 */
export class HttpSmsGateway implements SmsGateway {
  constructor(
    private readonly url: string,
    private readonly token: string | undefined,
    private readonly timeoutMs = 10_000,
  ) {}

  async send(to: string, text: string): Promise<void> {
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify({ to, text }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (!res.ok) throw new Error(`SMS gateway answered ${res.status}`);
  }
}
