import crypto from 'node:crypto';
import http from 'node:http';
import type { AgentLog } from '../agent/log.ts';
import { SmsSendError, nationalNumber, type DeliveryReport, type ReceivedSms, type SendReceipt, type SmsGateway } from './gateway.ts';

export interface HttpGatewayOptions {
  url: string;
  /** The body: JSON, or a form (application/x-www-form-urlencoded) as many operators' APIs take. */
  format: 'json' | 'form';
  /** Field names of the number and the text in the request. */
  fields: { to: string; text: string };
  /** Fields every request carries (an account, a signature 【…】, a template id). */
  extra: Record<string, string>;
  /** bearer:<token>, basic:<user>:<password>, header:<Name>:<value>, or none. */
  auth: string;
  /** Where the gateway's message id is in its JSON answer, dotted ("data.msgId"). */
  idPath: string;
  /** A field of the answer that must hold `okValue` for the message to count as taken ("code" = "0"); none checks only the HTTP status. */
  okPath: string | null;
  okValue: string;
  /** Where the gateway posts delivery reports and replies: this agent listens on the port; null for none. */
  callback: { port: number; host: string; token: string | null; idField: string; statusField: string; delivered: string[]; fromField: string; textField: string } | null;
  log: AgentLog;
  timeoutMs?: number;
}

function at(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}

function authHeaders(auth: string): Record<string, string> {
  const [kind, ...rest] = auth.split(':');
  if (kind === 'bearer') return { authorization: `Bearer ${rest.join(':')}` };
  if (kind === 'basic') return { authorization: `Basic ${Buffer.from(rest.join(':')).toString('base64')}` };
  if (kind === 'header') return { [rest[0]!]: rest.slice(1).join(':') };
  return {};
}

/**
 * A generic HTTP SMS gateway: POSTs each message as JSON or a form with configurable field names, extra
 * fields and authentication, reads the gateway's message id from its answer, and takes the gateway's
 * delivery reports (and replies, where it forwards them) on a small HTTP listener of its own. Operators'
 * APIs differ in names, not in shape; the configuration covers the difference.
 */
export class HttpSmsGateway implements SmsGateway {
  private server: http.Server | null = null;
  private readonly reports = new Set<(r: DeliveryReport) => void>();
  private readonly received = new Set<(sms: ReceivedSms) => void>();

  constructor(private readonly o: HttpGatewayOptions) {}

  /** The callback listener's port (resolved when configured as 0). */
  get callbackPort(): number {
    const a = this.server?.address();
    return a && typeof a === 'object' ? a.port : 0;
  }

  async start(): Promise<void> {
    const cb = this.o.callback;
    if (!cb) return;
    const server = http.createServer((req, res) => void this.callback(req, res));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(cb.port, cb.host, () => resolve());
    });
  }

  async send(to: string, text: string): Promise<SendReceipt> {
    const payload: Record<string, string> = { ...this.o.extra, [this.o.fields.to]: to, [this.o.fields.text]: text };
    const body = this.o.format === 'json' ? JSON.stringify(payload) : new URLSearchParams(payload).toString();
    let res: Response;
    try {
      res = await fetch(this.o.url, {
        method: 'POST',
        headers: { 'content-type': this.o.format === 'json' ? 'application/json' : 'application/x-www-form-urlencoded', ...authHeaders(this.o.auth) },
        body, signal: AbortSignal.timeout(this.o.timeoutMs ?? 10_000),
      });
    } catch (err) {
      throw new SmsSendError(`SMS gateway not reachable: ${(err as Error).message}`, false);
    }
    const answer = await res.text();
    // 5xx, 408 and 429 pass; any other 4xx (bad credentials, a number refused) will not get better.
    if (!res.ok) throw new SmsSendError(`SMS gateway answered ${res.status}: ${answer.slice(0, 120)}`, res.status < 500 && res.status !== 408 && res.status !== 429);
    let json: unknown = null;
    try {
      json = JSON.parse(answer);
    } catch {
      // a gateway answering plain text: the status is all there is
    }
    if (this.o.okPath && String(at(json, this.o.okPath)) !== this.o.okValue) {
      throw new SmsSendError(`SMS gateway refused the message: ${answer.slice(0, 160)}`, true);
    }
    const id = at(json, this.o.idPath);
    return { gatewayIds: [id === undefined || id === null ? `http:${crypto.randomUUID()}` : String(id)] };
  }

  onDelivery(handler: (r: DeliveryReport) => void): () => void {
    this.reports.add(handler);
    return () => void this.reports.delete(handler);
  }

  onReceive(handler: (sms: ReceivedSms) => void): () => void {
    this.received.add(handler);
    return () => void this.received.delete(handler);
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise((r) => server.close(() => r(undefined)));
  }

  /** POST /dlr (a delivery report) or /mo (a reply), JSON or form, with the shared token when one is set. */
  private async callback(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const cb = this.o.callback!;
    const url = new URL(req.url ?? '/', 'http://agent');
    const chunks: Buffer[] = [];
    for await (const c of req) {
      chunks.push(c as Buffer);
      if (chunks.reduce((n, b) => n + b.length, 0) > 64 * 1024) break;
    }
    const raw = Buffer.concat(chunks).toString('utf8');
    const given = url.searchParams.get('token') ?? req.headers['x-callback-token'];
    if (cb.token && (typeof given !== 'string' || given.length !== cb.token.length || !crypto.timingSafeEqual(Buffer.from(given), Buffer.from(cb.token)))) {
      res.writeHead(401).end('bad token');
      return;
    }
    let fields: Record<string, unknown>;
    try {
      fields = (req.headers['content-type'] ?? '').includes('json') ? JSON.parse(raw) : Object.fromEntries(new URLSearchParams(raw));
    } catch {
      res.writeHead(400).end('unreadable body');
      return;
    }
    if (req.method === 'POST' && url.pathname === '/dlr') {
      const id = fields[cb.idField];
      const status = String(fields[cb.statusField] ?? '');
      if (id === undefined) {
        res.writeHead(400).end(`no ${cb.idField}`);
        return;
      }
      const delivered = cb.delivered.includes(status);
      for (const h of this.reports) h({ gatewayId: String(id), delivered, final: true, detail: status.slice(0, 40) });
      res.writeHead(200).end('ok');
      return;
    }
    if (req.method === 'POST' && url.pathname === '/mo') {
      const from = nationalNumber(String(fields[cb.fromField] ?? ''));
      const text = String(fields[cb.textField] ?? '');
      if (!/^1[3-9]\d{9}$/.test(from)) {
        res.writeHead(400).end(`no ${cb.fromField}`);
        return;
      }
      for (const h of this.received) h({ from, text });
      res.writeHead(200).end('ok');
      return;
    }
    res.writeHead(404).end();
  }
}
