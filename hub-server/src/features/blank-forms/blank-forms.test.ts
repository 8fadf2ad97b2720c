import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BlankFormList } from '../../contract/index.ts';
import { startTestHub } from '../../testing/test-hub.ts';

const content = path.resolve(import.meta.dirname, '../../../../content');

test('each blank form is listed by name and is an A4 page with its boxes in both languages; the kiosk prints a pick-up slip', async () => {
  const hub = await startTestHub();
  try {
    const list = BlankFormList.parse((await hub.app.inject({ url: '/api/blank-forms' })).json()).items;
    assert.ok(list.length >= 6);
    const page = await hub.app.inject({ url: '/forms/employment-unemployment-registration' });
    assert.is(page.statusCode, 200);
    assert.match(page.headers['content-type'] as string, 'text/html');
    assert.match(page.body, '@page{size:A4 portrait');
    assert.match(page.body, '就业失业登记表');
    assert.match(page.body, 'Employment and unemployment registration form');
    assert.match(page.body, '1楼 9、10 号窗口', 'where it is handed in, from the function\'s windows');
    assert.is((await hub.app.inject({ url: '/forms/no-such-form' })).statusCode, 404);
    const index = await hub.app.inject({ url: '/forms' });
    for (const f of list) assert.match(index.body, `/forms/${f.id}`);
    const slip = await hub.app.inject({ method: 'POST', url: '/api/blank-forms/slip', payload: { kioskId: 'kiosk-1', ids: ['labour-complaint', 'job-seeker-registration'] } });
    assert.is(slip.statusCode, 202, slip.body);
    const doc = (hub.app.hub.db.prepare('SELECT document FROM print_jobs WHERE id = ?').get(slip.json().jobId) as { document: string }).document;
    assert.ok(doc.includes('1. 劳动保障投诉登记表') && doc.includes('2. 求职登记表') && doc.includes('http://hall.test/forms'));
    const bad = await hub.app.inject({ method: 'POST', url: '/api/blank-forms/slip', payload: { kioskId: 'kiosk-1', ids: ['nothing'] } });
    assert.is(bad.statusCode, 404);
    assert.is(bad.json().issues[0].path, 'body.ids.0');
  } finally {
    await hub.close();
  }
});

test('a blank-forms flow naming a form that is not there stops start-up', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobhall-content-'));
  try {
    for (const entry of fs.readdirSync(content)) if (entry !== 'blank-forms') fs.symlinkSync(path.join(content, entry), path.join(dir, entry));
    fs.mkdirSync(path.join(dir, 'blank-forms'));
    fs.copyFileSync(path.join(content, 'blank-forms', 'labour-complaint.json'), path.join(dir, 'blank-forms', 'labour-complaint.json'));
    const err = await startTestHub({ env: { CONTENT_DIR: dir } }).then((h) => h.close(), (e: Error) => e);
    assert.match(String(err), /flows\/blank-forms\.json: sheets\.\d: no blank form "/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
