import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { FastifyBaseLogger } from 'fastify';
import type { PrintDocument, TopicBus } from '../../contract/index.ts';
import { migrate, openDatabase, type Db } from '../../infra/db.ts';
import { PrintOutbox } from './outbox.ts';

const RETRY_MS = 15 * 60_000;
const doc: PrintDocument = { kind: 'test', blocks: [{ type: 'text', text: '测试 test' }] } as PrintDocument;
const quiet = { warn() {}, info() {}, error() {} } as unknown as FastifyBaseLogger;

/** A broker that records what was published, and can be unplugged. */
function fakeBus() {
  const sent: Array<{ jobId: string; deviceId: string }> = [];
  let down = false;
  const bus = {
    async publish(_name: string, params: { deviceId: string }, payload: { jobId: string }) {
      if (down) throw new Error('broker away');
      sent.push({ jobId: payload.jobId, deviceId: params.deviceId });
    },
  } as unknown as TopicBus;
  return { bus, sent, unplug: (v: boolean) => (down = v) };
}

let dir: string;
let db: Db;
let clock: Date;
const now = () => clock;
const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;

test.before.each(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobhall-outbox-'));
  db = openDatabase(path.join(dir, 'db.sqlite'));
  migrate(db);
  clock = new Date('2026-11-26T02:00:00Z');
});
test.after.each(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a stored job is published once; the sweep does not send it again', async () => {
  const { bus, sent } = fakeBus();
  const outbox = new PrintOutbox(db, bus, quiet, RETRY_MS, now);
  const job = db.transaction(() => outbox.enqueue('printer-1', doc, null))();
  assert.is(job.state, 'queued');
  await outbox.dispatch(job.jobId);
  assert.equal(sent, [{ jobId: job.jobId, deviceId: 'printer-1' }]);
  assert.is(outbox.get(job.jobId)?.state, 'sent');
  await outbox.sweep();
  assert.is(sent.length, 1);
});

test('a job the broker did not take is published by the next sweep', async () => {
  const { bus, sent, unplug } = fakeBus();
  const outbox = new PrintOutbox(db, bus, quiet, RETRY_MS, now);
  unplug(true);
  const job = outbox.enqueue('printer-1', doc, null);
  await outbox.dispatch(job.jobId);
  assert.is(outbox.get(job.jobId)?.state, 'queued');
  unplug(false);
  await outbox.sweep();
  assert.equal(sent.map((s) => s.jobId), [job.jobId]);
});

test('after a restart every queued job is published again; a job the agent answered is not', async () => {
  const first = new PrintOutbox(db, fakeBus().bus, quiet, RETRY_MS, now);
  const a = first.enqueue('printer-1', doc, null);
  const b = first.enqueue('printer-2', doc, null);
  await first.dispatch(a.jobId);
  await first.dispatch(b.jobId);
  first.applyResult('printer-2', { jobId: b.jobId, correlationId: `print:${b.jobId}`, state: 'waiting-printer', faults: ['paper-out'], bytes: 0, at: clock.toISOString() });
  const { bus, sent } = fakeBus();
  const second = new PrintOutbox(db, bus, quiet, RETRY_MS, now);
  await second.sweep();
  assert.equal(sent.map((s) => s.jobId), [a.jobId], 'the waiting-printer job is held by its agent');
  await second.retryOpen('printer-2');
  assert.equal(sent.map((s) => s.jobId), [a.jobId, b.jobId], 'when its printer returns it is sent again');
});

test('the sweep expires jobs too old to help, whichever printer they wait for', async () => {
  const { bus, sent, unplug } = fakeBus();
  const outbox = new PrintOutbox(db, bus, quiet, RETRY_MS, now);
  unplug(true);
  const old = outbox.enqueue('printer-1', doc, null);
  await outbox.dispatch(old.jobId);
  clock = new Date(clock.getTime() + 10 * 60_000);
  const recent = outbox.enqueue('printer-2', doc, null);
  clock = new Date(clock.getTime() + 6 * 60_000); // old is 16 min old, recent 6
  unplug(false);
  await outbox.sweep();
  assert.is(outbox.get(old.jobId)?.state, 'expired');
  assert.is(outbox.get(recent.jobId)?.state, 'sent');
  assert.equal(sent.map((s) => s.jobId), [recent.jobId]);
  assert.is(count(`SELECT COUNT(*) AS n FROM print_jobs WHERE state = 'expired'`), 1);
});

test('a job whose transaction rolled back is never published', async () => {
  const { bus, sent } = fakeBus();
  const outbox = new PrintOutbox(db, bus, quiet, RETRY_MS, now);
  let id = '';
  assert.throws(() => db.transaction(() => {
    id = outbox.enqueue('printer-1', doc, null).jobId;
    throw new Error('the ticket was refused');
  })());
  await outbox.sweep();
  await outbox.dispatch(id);
  assert.is(sent.length, 0);
  assert.is(outbox.get(id), null);
});

test.run();
