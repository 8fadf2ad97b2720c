import fs from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import mqtt from 'mqtt';
import { PrintJobView, TopicBus, type PrintDocument, type PrintJob, type PrintResult, type Ticket } from '../../contract/index.ts';
import { eventually, startTestHub, type TestHub } from '../../testing/test-hub.ts';

/**
 * Printing as the device-command mechanism's first user, seen from its two edges: the HTTP API, and the MQTT
 * topics of printer-1, where a client with printer-1's own credentials stands in for the printer's agent (the
 * agent itself is tested against the hub in device-agents/src/printer/printer-agent.test.ts).
 */

const RETRY_MINUTES = 15;
const doc: PrintDocument = { kind: 'test', blocks: [{ type: 'text', text: '测试 test', align: 'left', size: 1, bold: false }] };

interface Printer {
  jobs: PrintJob[];
  answer(job: PrintJob, state: PrintResult['state'], faults?: PrintResult['faults']): Promise<void>;
  online(): Promise<void>;
  close(): Promise<void>;
}

/** A client on printer-1's command topic, answering as its agent would. */
async function printerClient(hub: TestHub): Promise<Printer> {
  const { hall, broker } = hub.app.hub;
  const client = await mqtt.connectAsync(`mqtt://127.0.0.1:${broker.port}`, {
    protocolVersion: 4, clientId: 'printer-1', clean: false, username: 'printer-1', password: broker.credentials!.devices['printer-1']!, reconnectPeriod: 200,
  });
  const bus = new TopicBus(client, hall).start();
  const jobs: PrintJob[] = [];
  await bus.subscribe('printJob', (job) => jobs.push(job), { deviceId: 'printer-1' });
  return {
    jobs,
    answer: (job, state, faults = []) =>
      bus.publish('printResult', { deviceId: 'printer-1' }, { jobId: job.jobId, correlationId: job.correlationId, state, faults, bytes: 0, at: new Date().toISOString() }),
    online: () => bus.publish('devicePresence', { deviceId: 'printer-1' }, { state: 'online', kind: 'printer', id: 'printer-1', at: new Date().toISOString() }),
    async close() {
      bus.stop();
      await client.endAsync(true);
    },
  };
}

const hubWith = (opts: Parameters<typeof startTestHub>[0] = {}) =>
  startTestHub({ ...opts, env: { PRINT_RETRY_MINUTES: String(RETRY_MINUTES), ...opts.env } });

async function ticket(hub: TestHub): Promise<Ticket> {
  const res = await hub.app.inject({ method: 'POST', url: '/api/tickets', payload: { serviceId: '3.1.2', kioskId: 'kiosk-1' } });
  assert.is(res.statusCode, 201, res.body);
  return res.json() as Ticket;
}

async function job(hub: TestHub, jobId: string): Promise<PrintJobView | null> {
  const res = await hub.app.inject({ method: 'GET', url: `/api/print-jobs/${jobId}` });
  return res.statusCode === 200 ? PrintJobView.parse(res.json()) : null;
}

const sent = (p: Printer, jobId: string) => p.jobs.filter((j) => j.jobId === jobId);
/** The copies of a job the printer got, once it got one. */
const arrived = (p: Printer, jobId: string) => eventually(() => sent(p, jobId)[0], 3000, `job ${jobId} at the printer`);
/** The sweep runs every 5 s: waiting longer than one pass shows what it does (or does not do). */
const afterSweep = () => new Promise((r) => setTimeout(r, 5500));

test('a job is sent once with its lifetime as a duration, and the agent\'s results, matched by correlation id, move it', async () => {
  const clock = new Date('2026-11-26T02:00:00Z');
  const hub = await hubWith({ now: () => clock });
  const printer = await printerClient(hub);
  try {
    const t = await ticket(hub);
    const copy = await arrived(printer, t.print!.jobId);
    assert.is(copy.correlationId, `print:${t.print!.jobId}`);
    assert.is(copy.ttlMs, RETRY_MINUTES * 60_000, 'the whole lifetime: the hall clock has not moved');
    assert.is((await job(hub, t.print!.jobId))?.state, 'sent');

    // Matched by correlation id: an answer naming the job but another command's id is not this job's answer.
    await printer.answer({ ...copy, correlationId: 'print:00000000-0000-7000-8000-000000000000' }, 'printed');
    await new Promise((r) => setTimeout(r, 300));
    assert.is((await job(hub, t.print!.jobId))?.state, 'sent');

    await printer.answer(copy, 'waiting-printer', ['paper-out']);
    const held = await eventually(async () => {
      const j = await job(hub, t.print!.jobId);
      return j?.state === 'waiting-printer' && j;
    }, 3000, 'held');
    assert.equal(held.faults, ['paper-out']);

    // The kiosk's long poll returns as soon as the job leaves the state it knows.
    const waiting = hub.app.inject({ method: 'GET', url: `/api/print-jobs/${t.print!.jobId}?after=waiting-printer&waitMs=5000` });
    await printer.answer(copy, 'printed');
    assert.is(PrintJobView.parse((await waiting).json()).state, 'printed');
    // A late duplicate of an older result changes nothing: printed is final.
    await printer.answer(copy, 'waiting-printer', ['paper-out']);
    await afterSweep();
    assert.is((await job(hub, t.print!.jobId))?.state, 'printed');
    assert.is(sent(printer, t.print!.jobId).length, 1, 'neither the results nor the sweep sent it again');
  } finally {
    await printer.close();
    await hub.close();
  }
});

test('while the broker is away a job waits; it goes out when the broker is back', async () => {
  const hub = await hubWith();
  const printer = await printerClient(hub);
  try {
    await hub.app.hub.broker.embedded!.stop();
    const t = await ticket(hub);
    assert.is(t.print?.state, 'queued');
    assert.is((await job(hub, t.print!.jobId))?.state, 'queued');
    await hub.app.hub.broker.embedded!.start();
    // Possibly twice: mqtt.js sends what it held, and the hub sends open jobs again on reconnecting; the agent
    // drops the second copy by its job id.
    await eventually(() => sent(printer, t.print!.jobId).length >= 1, 8000, 'the job at the printer after the outage');
    await eventually(async () => (await job(hub, t.print!.jobId))?.state === 'sent', 3000, 'sent');
  } finally {
    await printer.close();
    await hub.close();
  }
});

test('after a restart the jobs nobody answered go out again; a job its printer holds goes again when the printer returns', async () => {
  let hub = await hubWith({ keepData: true });
  const dataDir = hub.dataDir;
  let printer = await printerClient(hub);
  try {
    const held = (await ticket(hub)).print!.jobId;
    const copy = await arrived(printer, held);
    await printer.answer(copy, 'waiting-printer', ['paper-out']);
    await eventually(async () => (await job(hub, held))?.state === 'waiting-printer', 3000, 'held by the printer');
    const unanswered = (await ticket(hub)).print!.jobId;
    await eventually(() => sent(printer, unanswered).length === 1, 3000, 'second job sent');
    await printer.close();
    await hub.close();

    hub = await hubWith({ dataDir });
    printer = await printerClient(hub);
    await eventually(() => sent(printer, unanswered).length === 1, 8000, 'the unanswered job sent again by the first sweep');
    assert.is(sent(printer, held).length, 0, 'the held job waits for its printer');
    assert.is((await job(hub, held))?.state, 'waiting-printer');
    await printer.online();
    await eventually(() => sent(printer, held).length === 1, 3000, 'the held job sent again when the printer returned');
  } finally {
    await printer.close();
    await hub.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('the sweep expires jobs too old to help and never sends them again; a resend carries only what is left', async () => {
  let clock = new Date('2026-11-26T02:00:00Z');
  const hub = await hubWith({ now: () => clock });
  const printer = await printerClient(hub);
  try {
    const old = (await ticket(hub)).print!.jobId;
    clock = new Date(clock.getTime() + 10 * 60_000);
    const recent = (await ticket(hub)).print!.jobId;
    await eventually(() => sent(printer, old).length === 1 && sent(printer, recent).length === 1, 3000, 'both sent');
    clock = new Date(clock.getTime() + 6 * 60_000); // old is 16 minutes old, recent 6
    await eventually(async () => (await job(hub, old))?.state === 'expired', 8000, 'the old job expired');
    assert.is((await job(hub, recent))?.state, 'sent');
    await printer.online();
    await eventually(() => sent(printer, recent).length === 2, 3000, 'recent sent again');
    assert.is(sent(printer, recent)[1]!.ttlMs, (RETRY_MINUTES - 6) * 60_000);
    assert.is(sent(printer, old).length, 1, 'an expired job is never sent again');
  } finally {
    await printer.close();
    await hub.close();
  }
});

test('a job printed in a transaction that rolled back is never sent', async () => {
  const hub = await hubWith();
  const printer = await printerClient(hub);
  try {
    let jobId = '';
    assert.throws(() => hub.app.hub.db.transaction(() => {
      jobId = hub.app.printing.print('kiosk-1', doc)!.jobId;
      throw new Error('what it prints was refused');
    })());
    const kept = hub.app.printing.print('kiosk-1', doc)!.jobId;
    await eventually(() => sent(printer, kept).length === 1, 3000, 'the committed job');
    await afterSweep();
    assert.is(sent(printer, jobId).length, 0);
    assert.is(await job(hub, jobId), null);
    assert.throws(() => hub.app.printing.print('kiosk-9', doc), /no kiosk kiosk-9/);
  } finally {
    await printer.close();
    await hub.close();
  }
});

test.run();
