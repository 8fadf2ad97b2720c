/**
 * Staff see a full disk: with the hub's data folder on a real 24 MiB tmpfs, the admin (in Chromium, signed in)
 * shows a red alert once a write has been refused for lack of space, and drops it by itself when space returns.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startTestHub } from '@jobhall/hub-server/testing';
import { find, launchBrowser, watchErrors, signInAdmin } from '../browser.ts';
import { SmallDisk } from './disk.ts';

test('the admin turns red while the disk is full and clears when space is back', async () => {
  const disk = SmallDisk.mount(24);
  const hub = await startTestHub({ dataDir: disk.dir, keepData: true, listen: true });
  const chrome = await launchBrowser();
  try {
    const errors: string[] = [];
    const admin = await chrome.browser.newPage();
    watchErrors(admin, errors);
    await admin.goto(`${hub.baseUrl}/admin/`, { waitUntil: 'networkidle0' });
    await signInAdmin(admin, hub.config.admin);
    assert.is(await admin.$('pierce/p[data-problem]'), null, 'no alert while the hub is well');

    disk.fill();
    // A kiosk tries to save: refused, and the hub now knows its disk is full.
    let status = 201;
    for (let i = 0; i < 200 && status === 201; i++) {
      status = (await fetch(`${hub.baseUrl}/api/tickets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"serviceId":"5.1.7"}' })).status;
    }
    assert.is(status, 507);
    const alert = await find(admin, 'p[data-problem="full"]', 15_000, true).catch(async (err: Error) => {
      const health = await admin.evaluate(async () => { const r = await fetch('/api/health'); return `${r.status} ${await r.text()}`; });
      throw new Error(`${err.message}; /api/health says ${health.slice(0, 400)}; page errors ${errors.join(' | ')}`);
    });
    const text = (await alert.evaluate((n) => n.textContent)) ?? '';
    assert.match(text, '数据磁盘已满');
    assert.match(text, 'The data disk is full');
    assert.is(await alert.evaluate((n) => n.getAttribute('role')), 'alert');

    disk.free();
    const until = Date.now() + 15_000;
    while ((await admin.$('pierce/p[data-problem]')) && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
    assert.is(await admin.$('pierce/p[data-problem]'), null, 'the alert is gone once space is back');
    // Health answers 503 while degraded, which Chromium logs as a failed resource; nothing else may be logged.
    assert.equal(errors.filter((e) => !/503|Service Unavailable/.test(e)), []);
  } finally {
    await chrome.close();
    await hub.close();
    disk.unmount();
  }
});

test.run();
