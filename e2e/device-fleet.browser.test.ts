/**
 * The fleet view in admin, in Chromium, against a whole hall: adding a device gives a code whose QR code
 * decodes to the enrolment address; the enrolled device waits until approved in the table; a device that
 * goes away is flagged and announced, and announced again when back; the command log shows print jobs;
 * revoking from the table cuts the device off.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import jsQR from 'jsqr';
import type { ElementHandle, Page } from 'puppeteer-core';
import { PrinterAgent, SimTransport, jsonLog } from '@jobhall/device-agents';
import { AddDeviceResult, EnrolResult } from '@jobhall/hub-server/contract';
import { KioskShellAgent } from '../device-agents/src/kiosk-shell/kiosk-shell-agent.ts';
import { eventually, startTestHall, type TestHall } from './hall.ts';
import { click, find, launchBrowser, watchErrors, signInAdmin } from './browser.ts';
import { axeViolations } from './finger.ts';

let hall: TestHall;
let chrome: Awaited<ReturnType<typeof launchBrowser>>;
let admin: Page;
const errors: string[] = [];
/** The printer brought back after its agent stopped: the hall's own close knows only the first agent. */
let revived: PrinterAgent | null = null;

test.before(async () => {
  hall = await startTestHall('embedded');
  chrome = await launchBrowser();
  admin = await (await chrome.browser.createBrowserContext()).newPage();
  watchErrors(admin, errors);
  admin.on('dialog', (d) => void d.accept());
  await admin.setViewport({ width: 1920, height: 1080 });
  await admin.goto(`${hall.hub.baseUrl}/admin/`, { waitUntil: 'load' });
  await signInAdmin(admin, hall.hub.config.admin);
  await click(admin, '#tab-devices');
  await find(admin, '#fleet tr[data-device="printer-1"]', 8000);
});
test.after(async () => {
  await revived?.stop();
  await chrome?.close();
  await hall?.close();
});

const textOf = (el: ElementHandle) => el.evaluate((n) => (n as HTMLElement).innerText);
const row = (id: string) => find(admin, `#fleet tr[data-device="${id}"]`, 8000);
async function rowText(id: string, has: string, timeout = 10_000): Promise<string> {
  const until = Date.now() + timeout;
  for (;;) {
    const text = await textOf(await row(id)).catch(() => '');
    if (text.includes(has)) return text;
    if (Date.now() > until) throw new Error(`row ${id} never showed "${has}": ${text}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The code's QR, drawn to a canvas and read as a phone's camera would. */
async function readQr(): Promise<string | null> {
  const qr = await find(admin, 'jh-qr-code');
  const pixels = (await qr.evaluate(async (el) => {
    const svg = el.shadowRoot!.querySelector('svg')!;
    const image = new Image();
    await new Promise((ok, fail) => {
      image.onload = ok;
      image.onerror = fail;
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    });
    const canvas = document.createElement('canvas');
    canvas.width = 400;
    canvas.height = 400;
    const ctx = canvas.getContext('2d')!;
    // White paper around the code: the SVG's own quiet zone is only two modules, less than a camera wants.
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, 400, 400);
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(image, 40, 40, 320, 320);
    return Array.from(ctx.getImageData(0, 0, 400, 400).data);
  })) as number[];
  return jsQR(Uint8ClampedArray.from(pixels), 400, 400)?.data ?? null;
}

test('adding a kiosk gives a one-time code and QR; enrolled, it waits for approval in the table; approved, it is active', async () => {
  const form = await find(admin, '#add-device');
  await (await form.$('input[name="id"]'))!.type('kiosk-9');
  await (await form.$('input[name="nameZh"]'))!.type('二楼自助机');
  await (await form.$('input[name="zone"]'))!.type('upstairs');
  await click(admin, '#add-device button');
  const code = await (await find(admin, '#code', 8000)).evaluate((n) => n.textContent!.trim());
  assert.match(code, /^[2-9A-Y]{4}-[2-9A-Y]{4}$/);
  assert.is(await readQr(), `${hall.hub.config.publicUrl}/enrol?code=${code}`);
  assert.is(await admin.$('admin-device-add >>> [role="alert"]'), null, 'no error beside the form');
  assert.match(await rowText('kiosk-9', '待注册'), 'upstairs');

  // The device exchanges the code, as `npm run agent -- kiosk-shell --enrol …` does.
  const res = await hall.hub.app.inject({ method: 'POST', url: '/api/devices/enrol', payload: { code } });
  EnrolResult.parse(res.json());
  await rowText('kiosk-9', '待批准');
  await click(admin, 'button[data-approve="kiosk-9"]');
  await rowText('kiosk-9', '已批准');
  assert.equal(await axeViolations(admin), [], 'the fleet view with a code shown meets WCAG 2.2 AA');
});

test('a device that goes away is flagged and announced; back, it is announced again', async () => {
  await hall.printer.stop();
  assert.match(await rowText('printer-1', '离线 offline'), 'offline');
  const announcer = await find(admin, '#announcer');
  await eventually(async () => (await textOf(announcer)).includes('printer-1 离线'), 10_000, 'the announcement');
  const events = await find(admin, '#device-events');
  await eventually(async () => (await textOf(events)).includes('printer-1'), 10_000, 'the event in the log');
  const back = new PrinterAgent({
    connection: { url: hall.brokerUrl, hall: hall.hub.app.hub.hall, deviceId: 'printer-1', password: hall.deviceSecret('printer-1') },
    transport: new SimTransport(null), log: jsonLog('printer-1', 'silent'), stateDir: null, pollMs: 200,
  });
  revived = back;
  await back.start();
  await eventually(async () => (await textOf(announcer)).includes('printer-1 已恢复在线'), 10_000, 'announced back');
  await rowText('printer-1', 'online');
});

test('the command log shows each print job and its answer', async () => {
  const ticket = await hall.hub.app.inject({ method: 'POST', url: '/api/tickets', payload: { serviceId: '3.1.2' } });
  const jobId = ticket.json().print.jobId as string;
  const entry = await find(admin, `tr[data-command-log="print:${jobId}"]`, 12_000);
  await eventually(async () => (await textOf(entry)).includes('printed'), 12_000, 'the print job answered in the log');
});

test('a kiosk shell in the fleet: its uptime, a screenshot taken from its row shown there, and the answer in the log', async () => {
  const staff = await hall.hub.login();
  const added = AddDeviceResult.parse((await hall.hub.app.inject({
    method: 'POST', url: '/api/devices', headers: staff,
    payload: { id: 'kiosk-7', kind: 'kiosk-shell', name: { zh: '入口自助机', en: 'Entrance kiosk' }, zone: 'entrance', config: { page: '/kiosk/?kiosk=kiosk-1' } },
  })).json());
  const creds = EnrolResult.parse((await hall.hub.app.inject({ method: 'POST', url: '/api/devices/enrol', payload: { code: added.enrolment.code } })).json());
  await hall.hub.app.inject({ method: 'POST', url: '/api/devices/kiosk-7/approve', headers: staff });
  const shell = new KioskShellAgent({
    connection: { url: hall.brokerUrl, hall: creds.hall, deviceId: creds.deviceId, password: creds.secret },
    log: jsonLog('kiosk-7', 'silent'), hubUrl: hall.hub.baseUrl, page: creds.config.page!, headless: true, window: { width: 1080, height: 1920 },
  });
  await shell.start();
  try {
    const shown = await rowText('kiosk-7', 'online', 30_000);
    assert.match(shown, /\d+ (s|min)/, 'its uptime');
    await click(admin, 'button[data-command="kiosk-7:screenshot"]');
    const thumb = await find(admin, '#fleet tr[data-device="kiosk-7"] img', 20_000);
    await eventually(() => thumb.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0), 10_000, 'the screenshot loaded');
    const [w, h] = await thumb.evaluate((img) => [(img as HTMLImageElement).naturalWidth, (img as HTMLImageElement).naturalHeight]);
    assert.is(w! * 2, 1080, 'half the kiosk\'s width');
    assert.is(h! * 2, 1920);
    const log = await find(admin, '#device-commands');
    await eventually(async () => /kiosk-7\s+shell: screenshot\s+已应答/.test(await textOf(log)), 10_000, 'the screenshot answered in the log');
  } finally {
    await shell.stop();
  }
});

test('revoking an enrolled device from the table cuts it off: its credential no longer opens the broker', async () => {
  const staff = await hall.hub.login();
  const added = AddDeviceResult.parse((await hall.hub.app.inject({
    method: 'POST', url: '/api/devices', headers: staff,
    payload: { id: 'sms-9', kind: 'sms', name: { zh: '备用短信', en: 'Spare SMS' }, zone: 'office', config: {} },
  })).json());
  const enrolled = EnrolResult.parse((await hall.hub.app.inject({ method: 'POST', url: '/api/devices/enrol', payload: { code: added.enrolment.code } })).json());
  await hall.hub.app.inject({ method: 'POST', url: '/api/devices/sms-9/approve', headers: staff });
  await rowText('sms-9', '已批准');
  const live = await hall.rawClient(enrolled.deviceId, enrolled.secret);
  const cut = new Promise<void>((resolve) => live.once('close', () => resolve()));
  await click(admin, 'button[data-revoke="sms-9"]');
  await rowText('sms-9', '已吊销');
  await cut;
  await hall.rawClient(enrolled.deviceId, enrolled.secret).then(
    () => assert.unreachable('a revoked credential was let in'),
    (err: Error) => assert.match(err.message, /Not authorized|Bad username or password/i),
  );
  assert.equal(errors.filter((e) => !e.includes('/api/devices/fleet')), []);
});

test.run();
