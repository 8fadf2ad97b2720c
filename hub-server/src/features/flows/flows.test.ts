import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startTestHub } from '../../testing/test-hub.ts';

const content = path.resolve(import.meta.dirname, '../../../../content');

/** A content folder like the real one whose flows/ the test writes: every other entry is linked. */
function contentWith(flows: Record<string, unknown>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobhall-content-'));
  for (const entry of fs.readdirSync(content)) if (entry !== 'flows') fs.symlinkSync(path.join(content, entry), path.join(dir, entry));
  fs.mkdirSync(path.join(dir, 'flows'));
  for (const [name, body] of Object.entries(flows)) fs.writeFileSync(path.join(dir, 'flows', name), JSON.stringify(body));
  return dir;
}

const L = (zh: string, en: string) => ({ zh, en });
const screen = { id: 'find-job', kind: 'screen', version: 1, functions: ['2.1.2'], label: L('找工作', 'Find a job'), title: L('找工作', 'Find a job'), open: 'jobs', serves: ['search'] };

test('the kiosk lists a service\'s flows, with the screen a screen flow opens, and reads one whole', async () => {
  const hub = await startTestHub();
  try {
    const list = (await hub.app.inject({ url: '/api/flows?service=3.3.2' })).json();
    assert.equal(list.map((f: { id: string }) => f.id), ['licensed-agencies', 'overseas']);
    assert.is(list[1].screen.open, 'jobs');
    assert.is(list[1].screen.preset.programme, 'overseas');
    assert.is((await hub.app.inject({ url: '/api/flows' })).json().length, fs.readdirSync(path.join(content, 'flows')).filter((f) => f.endsWith('.json')).length);
    const one = await hub.app.inject({ url: '/api/flows/complain' });
    assert.equal(one.json().functions, ['1.1.4', '3.1.11']);
    const none = await hub.app.inject({ url: '/api/flows/no-such-flow' });
    assert.is(none.statusCode, 404);
    assert.is(none.json().issues[0].path, 'params.id');
    assert.is((await hub.app.inject({ url: '/api/flows?service=9' })).statusCode, 400);
  } finally {
    await hub.close();
  }
});

test('a bad definition stops the hub, naming the file and the path inside it', async () => {
  const cases: Array<[Record<string, unknown>, RegExp]> = [
    [{ 'find-job.json': { ...screen, label: { zh: '找工作' } } }, /find-job\.json: label\.en: /],
    [{ 'other-name.json': screen }, /other-name\.json: id: "find-job" does not match the file name/],
    [{ 'find-job.json': { ...screen, functions: ['7.9.9'] } }, /find-job\.json: functions\.0: no service function 7\.9\.9/],
    [{ 'find-job.json': { ...screen, kind: 'séance' } }, /find-job\.json: kind: /],
  ];
  for (const [flows, message] of cases) {
    const dir = contentWith(flows);
    try {
      const err = await startTestHub({ env: { CONTENT_DIR: dir } }).then((h) => h.close(), (e: Error) => e);
      assert.instance(err, Error);
      assert.match((err as Error).message, message);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
});

test('a definition changed without a new version is refused; with a new version both are kept', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobhall-test-'));
  const first = contentWith({ 'find-job.json': screen });
  const edited = contentWith({ 'find-job.json': { ...screen, title: L('找份工作', 'Look for work') } });
  const raised = contentWith({ 'find-job.json': { ...screen, title: L('找份工作', 'Look for work'), version: 2 } });
  try {
    await (await startTestHub({ dataDir, env: { CONTENT_DIR: first } })).close();
    const err = await startTestHub({ dataDir, env: { CONTENT_DIR: edited } }).then((h) => h.close(), (e: Error) => e);
    assert.match(String(err), /find-job\.json: version: 1 was first loaded on .* with other content; raise the version/);
    const hub = await startTestHub({ dataDir, env: { CONTENT_DIR: raised } });
    try {
      assert.is(hub.app.flows.version('find-job', 1)?.title.en, 'Find a job');
      assert.is(hub.app.flows.version('find-job', 2)?.title.en, 'Look for work');
      assert.is(hub.app.flows.version('find-job', 3), null);
    } finally {
      await hub.close();
    }
  } finally {
    for (const d of [dataDir, first, edited, raised]) fs.rmSync(d, { recursive: true, force: true });
  }
});

test.run();
