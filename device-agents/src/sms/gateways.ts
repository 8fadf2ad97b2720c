/** Where an SMS really goes: an operator's HTTP API, a GSM modem, or (demo) the terminal. */
export interface SmsGateway {
  send(to: string, text: string): Promise<void>;
}

export interface SentSms {
  to: string;
  text: string;
  at: string;
}

/** The demo hall's gateway: prints each message (number masked) and keeps it for tests. */
export class SimSmsGateway implements SmsGateway {
  readonly sent: SentSms[] = [];

  constructor(private readonly print: (line: string) => void = (line) => process.stdout.write(`${line}\n`)) {}

  async send(to: string, text: string): Promise<void> {
    this.sent.push({ to, text, at: new Date().toISOString() });
    this.print(`[SMS → ${to.slice(0, 3)}****${to.slice(7)}] ${text}`);
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
