import crypto from 'node:crypto';
import http from 'node:http';
import mqtt, { type MqttClient } from 'mqtt';
import { Manifest, TopicBus, manifestUrl, programmeAt, type AlertCommand, type RevisionCommand } from '@jobhall/hub-server/contract';

/**
 * Parsed manifests by hash, shared by the simulated screens: two hundred screens live in one process on a
 * machine of two cores, where each real one has a processor of its own; checking the hash and parsing the
 * contract's schema is done once per manifest and its measured cost added to each screen's time instead of
 * being queued behind 199 others.
 */
const parsed = new Map<string, { m: Manifest | null; ms: number }>();

/**
 * The manifest is fetched with node:http over kept-alive connections, not with fetch(): undici's fetch costs
 * about a millisecond of this process's CPU per request, and with 200 screens in one process the first
 * screens' fetches held up the later screens' reading of their commands (what a screen on its own machine,
 * fetching with its browser, never waits for). Every request still goes to the hub and is answered by it.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
function get(url: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    http.get(url, { agent }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (b: Buffer) => parts.push(b));
      res.on('end', () => (res.statusCode === 200 ? resolve(Buffer.concat(parts)) : reject(new Error(`HTTP ${res.statusCode} for ${url}`))));
      res.on('error', reject);
    }).on('error', reject);
  });
}

/**
 * A lobby screen without a browser, for load: its own broker account, its retained desired revision, the
 * manifest fetched by its hash and checked, the schedule evaluated (what the real player does before it
 * draws), and the answers a real screen sends. Times are the wall clock, like the real pages' records.
 */
export class SimScreen {
  readonly rendered = new Map<number, number>();
  /** When each revision's command arrived, for telling transport from work. */
  readonly received = new Map<number, number>();
  readonly alerts = new Map<string, number>();
  private client: MqttClient | null = null;
  private bus: TopicBus | null = null;

  constructor(readonly id: string, private readonly key: string, private readonly brokerUrl: string, private readonly baseUrl: string, private readonly hall: string) {}

  async start(): Promise<void> {
    const client = mqtt.connect(this.brokerUrl, { protocolVersion: 4, clientId: this.id, username: this.id, password: this.key, clean: true, reconnectPeriod: 1000 });
    this.client = client;
    await new Promise<void>((resolve, reject) => {
      client.once('connect', () => resolve());
      client.once('error', reject);
    });
    const bus = new TopicBus(client, this.hall).start();
    this.bus = bus;
    await bus.subscribe('signageRevision', (c) => void this.revision(c), { deviceId: this.id });
    await bus.subscribe('signageAlert', (c) => void this.alert(c), { deviceId: this.id });
  }

  async stop(): Promise<void> {
    this.bus?.stop();
    await this.client?.endAsync();
  }

  private async revision(c: RevisionCommand): Promise<void> {
    this.received.set(c.revision, Date.now());
    let bytes: Buffer;
    try {
      bytes = await get(`${this.baseUrl}${manifestUrl(c.manifest.sha256)}`);
    } catch (err) {
      await this.bus!.publish('signageRevisionReport', { deviceId: this.id }, { correlationId: c.correlationId, revision: c.revision, status: 'failed', reason: (err as Error).message.slice(0, 200), at: new Date().toISOString() });
      return;
    }
    const fetched = Date.now();
    let p = parsed.get(c.manifest.sha256);
    if (!p) {
      const t0 = performance.now();
      const ok = crypto.createHash('sha256').update(bytes).digest('hex') === c.manifest.sha256;
      const m = ok ? Manifest.parse(JSON.parse(bytes.toString('utf8'))) : null;
      if (m) programmeAt({ timezone: m.hall.timezone, schedule: m.schedule, calendar: m.calendar, audience: { ...m.audience, screenId: this.id }, defaultLayoutId: m.defaultLayoutId, layouts: m.layouts }, Date.now());
      p = { m, ms: performance.now() - t0 };
      parsed.set(c.manifest.sha256, p);
    }
    const m = p.m;
    if (m) this.rendered.set(c.revision, fetched + p.ms);
    await this.bus!.publish('signageRevisionReport', { deviceId: this.id }, { correlationId: c.correlationId, revision: c.revision, status: m ? 'applied' : 'failed', reason: m ? null : 'hash', at: new Date().toISOString() });
  }

  private async alert(c: AlertCommand): Promise<void> {
    if (c.action === 'show' && !this.alerts.has(c.alert.id)) this.alerts.set(c.alert.id, Date.now());
    await this.bus!.publish('signageAlertShown', { deviceId: this.id }, { correlationId: c.correlationId, alertId: c.alert.id, action: c.action, at: new Date().toISOString() });
  }
}
