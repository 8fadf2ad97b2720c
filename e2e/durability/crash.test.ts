/**
 * Acknowledged data survives a crash. The hub runs as the hall runs it (its own process, SQLite in a data
 * folder on disk); eight visitors write tickets, registrations, complaints and form submissions (失业登记) as
 * fast as it answers, and the process is killed with SIGKILL in the middle, twice. After each restart every
 * write the hub answered with a 2xx is read back through the API, and SQLite's own integrity check passes.
 */
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import Database from 'better-sqlite3';
import { HubProcess } from '../hub-process.ts';
import { missingAcks, planWrites, startBurst, type Ack } from './writers.ts';

/** PRAGMA integrity_check on the hub's file, through a second connection while the hub runs (WAL allows it). */
function integrity(dataDir: string): string {
  const db = new Database(path.join(dataDir, 'jobhall.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check).join('; ');
  } finally {
    db.close();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('kill -9 during a burst of eight writers: every acknowledged ticket, registration, complaint and form submission is there after restart', async () => {
  const hub = await HubProcess.create();
  try {
    await hub.start();
    const plan = await planWrites(hub.baseUrl);
    assert.ok(plan.ticketServices.length > 0 && plan.districts.length > 0 && plan.occupations.length > 0, 'the hall offers something to write');

    const burst = startBurst(() => hub.baseUrl, plan, 8);
    const killedAt: number[] = [];
    for (let round = 0; round < 2; round++) {
      // Writing is under way (a few hundred acknowledged), then the process dies mid-request, unannounced.
      await burst.acknowledged(killedAt.length ? killedAt.at(-1)! + 150 : 150);
      await sleep(400 + round * 300);
      killedAt.push(burst.result.acked.length);
      await hub.kill('SIGKILL');
      await hub.start();
    }
    await burst.acknowledged(killedAt.at(-1)! + 50);
    const result = await burst.stop();

    const acked: Ack[] = result.acked;
    const byKind = (k: Ack['kind']) => acked.filter((a) => a.kind === k).length;
    console.log(
      `  ${acked.length} acknowledged (tickets ${byKind('ticket')}, registrations ${byKind('seeker')}, complaints ${byKind('complaint')}, form submissions ${byKind('form')}), `
      + `${result.unanswered} unanswered, killed after ${killedAt.join(' and ')}; statuses ${JSON.stringify(result.statuses)}`,
    );
    assert.equal(result.problems, [], 'no 5xx and no refusal without a named field');
    assert.ok(result.unanswered > 0, 'the kills landed while clients were writing');
    for (const k of ['ticket', 'seeker', 'complaint', 'form'] as const) assert.ok(byKind(k) > 0, `some ${k} writes were acknowledged`);
    assert.equal(await missingAcks(hub.baseUrl, acked), [], 'every acknowledged write is there');
    assert.is(new Set(acked.map((a) => `${a.kind}:${a.id}`)).size, acked.length, 'no id was handed out twice');
    assert.is(integrity(hub.dataDir), 'ok');
  } finally {
    await hub.dispose();
  }
});

test.run();
