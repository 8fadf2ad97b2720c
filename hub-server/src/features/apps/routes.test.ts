import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startTestHub, type TestHub } from '../../testing/test-hub.ts';

let hub: TestHub;
let apps: string;

/** A stand-in build of the three apps: an index.html and one hashed script each. */
function fakeBuild(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobhall-apps-'));
  for (const app of ['kiosk-ui', 'signage-ui', 'admin-ui']) {
    fs.mkdirSync(path.join(dir, app, 'dist', 'assets'), { recursive: true });
    fs.writeFileSync(path.join(dir, app, 'dist', 'index.html'), `<!doctype html><title>${app}</title>`);
    fs.writeFileSync(path.join(dir, app, 'dist', 'assets', 'main-abc123.js'), 'export {};');
  }
  fs.writeFileSync(path.join(dir, 'kiosk-ui', 'dist', 'status.html'), '<!doctype html><title>status</title>');
  return dir;
}

test.before(async () => {
  apps = fakeBuild();
  hub = await startTestHub({ env: { APPS_DIR: apps } });
});
test.after(async () => {
  await hub.close();
  fs.rmSync(apps, { recursive: true, force: true });
});

const get = (url: string) => hub.app.inject({ method: 'GET', url });

test('every kiosk address is the kiosk page, which draws the screen the address names', async () => {
  for (const url of ['/kiosk/', '/kiosk/services/3.1.1', '/kiosk/services/3.3.2/overseas?q=%E4%BF%9D&kiosk=kiosk-1', '/kiosk/jobs/12']) {
    const res = await get(url);
    assert.is(res.statusCode, 200, url);
    assert.match(res.body, '<title>kiosk-ui</title>', url);
    assert.is(res.headers['cache-control'], 'no-cache', url);
  }
  const bare = await get('/kiosk?kiosk=kiosk-1');
  assert.is(bare.statusCode, 302);
  assert.is(bare.headers.location, '/kiosk/?kiosk=kiosk-1');
});

test('the kiosk\'s files are served by name, and a missing one is a 404, not the page', async () => {
  assert.match((await get('/kiosk/status.html')).body, '<title>status</title>');
  const script = await get('/kiosk/assets/main-abc123.js');
  assert.is(script.statusCode, 200);
  assert.match(script.headers['cache-control'] as string, 'immutable');
  assert.is((await get('/kiosk/assets/main-old999.js')).statusCode, 404);
});

test('signage and admin keep plain file serving', async () => {
  assert.match((await get('/admin/')).body, '<title>admin-ui</title>');
  assert.is((await get('/admin/panels/kpis')).statusCode, 404);
});

test.run();
