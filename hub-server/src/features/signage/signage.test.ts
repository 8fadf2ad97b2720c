import crypto from 'node:crypto';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import mqtt, { type MqttClient } from 'mqtt';
import {
  AlertCommand, Manifest, RevisionCommand, ScreenRegistered, TopicBus, type AlertView, type FleetDevice, type ItemView, type Playlist,
} from '../../contract/index.ts';
import { eventually, startTestHub, type TestHub } from '../../testing/test-hub.ts';

let hub: TestHub;
let admin: Record<string, string>;
let clock = Date.parse('2026-11-25T02:00:00Z'); // Wednesday 10:00 in the hall
const clients: MqttClient[] = [];

test.before(async () => {
  hub = await startTestHub({ now: () => new Date(clock) });
  admin = await hub.login();
});
test.after(async () => {
  for (const c of clients) c.end(true);
  await hub.close();
});

const inject = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown, headers = admin) => hub.app.inject({ method, url, payload: payload as object, headers });

/** A lobby screen as MQTT sees it: its own account, its own command topics. */
async function connectScreen(id: string, key: string): Promise<{ bus: TopicBus; client: MqttClient }> {
  const client = mqtt.connect(`mqtt://127.0.0.1:${hub.app.hub.broker.port}`, { protocolVersion: 4, username: id, password: key, clientId: id, reconnectPeriod: 0 });
  clients.push(client);
  await new Promise<void>((resolve, reject) => {
    client.once('connect', () => resolve());
    client.once('error', reject);
  });
  return { bus: new TopicBus(client, hub.app.hub.hall).start(), client };
}

async function registerScreen(id: string, zoneId = 'lobby', layoutId = 'lobby') {
  const res = await inject('PUT', `/api/signage/screens/${id}`, { name: { zh: id, en: id }, kind: 'lcd', zoneId, layoutId });
  assert.is(res.statusCode, 200, res.body);
  return ScreenRegistered.parse(res.json());
}

const notice = (id: string, zh: string): Playlist['slides'][number] => ({
  id, type: 'notice', durationS: 10, until: null, tone: 'info', title: { zh, en: zh }, body: { zh: `<p>${zh}</p>`, en: `<p>${zh}</p>` },
});

async function approve(kind: string, id: string, data: unknown): Promise<number> {
  assert.is((await inject('PUT', `/api/signage/items/${kind}/${id}`, { data })).statusCode, 200);
  assert.is((await inject('POST', `/api/signage/items/${kind}/${id}/submit`, { note: 'test' })).statusCode, 200);
  const res = await inject('POST', `/api/signage/items/${kind}/${id}/approve`, { comment: 'ok' });
  assert.is(res.statusCode, 200, res.body);
  return (res.json() as { revision: number }).revision;
}

test('the demo hall is seeded: zones, screens, and a first revision each zone can fetch by its hash', async () => {
  const structure = (await inject('GET', '/api/signage/structure')).json();
  assert.equal(structure.zones.map((z: { id: string }) => z.id), ['lobby', 'waiting', 'floor-2']);
  assert.ok(structure.screens.some((s: { id: string; kind: string }) => s.id === 'led-windows' && s.kind === 'led'));
  const seen: Array<{ sha256: string }> = [];
  await hub.app.hub.bus.subscribe('zoneRevision', (r) => void seen.push(r.manifest), { zoneId: 'lobby' });
  await eventually(() => seen.length > 0, 3000, 'the lobby zone revision, retained');
  const res = await hub.app.inject({ method: 'GET', url: `/api/signage/manifests/${seen[0]!.sha256}` });
  assert.is(res.statusCode, 200);
  assert.is(crypto.createHash('sha256').update(res.rawPayload).digest('hex'), seen[0]!.sha256, 'the bytes are what the hash names');
  const m = Manifest.parse(res.json());
  assert.is(m.audience.zoneId, 'lobby');
  assert.ok(m.layouts.some((l) => l.id === 'lobby' && l.regions.some((r) => r.kind === 'calls')));
  assert.ok(m.playlists.some((p) => p.slides.some((s) => s.type === 'jobs')), 'the side panel has a live job board');
  assert.ok(m.jobFeeds.length > 0);
});

test('a registered screen gets its desired revision retained, by reference and hash, and its report is matched', async () => {
  const { screen, key, url } = await registerScreen('test-rev-1');
  assert.ok(key && url?.includes(`screen=${screen.id}`));
  const { bus } = await connectScreen(screen.id, key!);
  const commands: RevisionCommand[] = [];
  await bus.subscribe('signageRevision', (c) => void commands.push(c), { deviceId: screen.id });
  const cmd = await eventually(() => commands[0], 3000, 'the retained desired revision');
  assert.not.ok(JSON.stringify(cmd).includes('playlists'), 'the content itself is never in the command');
  const manifest = await hub.app.inject({ method: 'GET', url: `/api/signage/manifests/${cmd.manifest.sha256}` });
  assert.is(manifest.rawPayload.length, cmd.manifest.bytes);
  assert.equal(Manifest.parse(manifest.json()).audience, { screenId: null, zoneId: 'lobby', groupIds: [] }, 'screens alike share a manifest: the screen knows its own id');
  await bus.publish('signageRevisionReport', { deviceId: screen.id }, { correlationId: cmd.correlationId, revision: cmd.revision, status: 'applied', reason: null, at: new Date().toISOString() });
  await eventually(async () => (await inject('GET', '/api/signage/health')).json().find((h: { id: string }) => h.id === screen.id)?.desired?.state === 'applied', 3000, 'applied at the hub');
});

test('an approved change reaches the screens it affects, and only those', async () => {
  const floor = await registerScreen('test-floor2', 'floor-2', 'jobs-wall');
  const lobby = await registerScreen('test-lobby', 'lobby', 'lobby');
  const got = new Map<string, RevisionCommand[]>();
  for (const s of [floor, lobby]) {
    const { bus } = await connectScreen(s.screen.id, s.key!);
    got.set(s.screen.id, []);
    await bus.subscribe('signageRevision', (c) => void got.get(s.screen.id)!.push(c), { deviceId: s.screen.id });
  }
  await eventually(() => got.get('test-floor2')!.length === 1 && got.get('test-lobby')!.length === 1, 3000, 'both screens have their revision');
  const playlist = (await inject('GET', '/api/signage/items/playlist/after-hours')).json().published as Playlist;
  const revision = await approve('playlist', 'after-hours', { ...playlist, slides: [...playlist.slides, notice('late', '夜间岗位咨询热线')] });
  await eventually(() => got.get('test-floor2')!.at(-1)?.revision === revision, 3000, 'the floor-2 screen (it plays after-hours) is told');
  await new Promise((r) => setTimeout(r, 300));
  assert.is(got.get('test-lobby')!.length, 1, 'the lobby screen does not play that playlist: not affected');
});

test('screens alike share one manifest; an entry for one screen gives it one of its own and leaves the others alone', async () => {
  const a = await registerScreen('test-share-a', 'waiting', 'lobby');
  const b = await registerScreen('test-share-b', 'waiting', 'lobby');
  const got = new Map<string, RevisionCommand[]>();
  for (const s of [a, b]) {
    const { bus } = await connectScreen(s.screen.id, s.key!);
    got.set(s.screen.id, []);
    await bus.subscribe('signageRevision', (c) => void got.get(s.screen.id)!.push(c), { deviceId: s.screen.id });
  }
  const told = (id: string, revision: number) => eventually(() => got.get(id)!.find((c) => c.revision === revision), 3000, `${id} is told revision ${revision}`);
  await approve('playlist', 'test-share', { id: 'test-share', name: { zh: '候区', en: 'Waiting' }, slides: [notice('waiting-all', '候区通知')] });
  const zoneWide = await approve('schedule', 'test-share-zone', {
    id: 'test-share-zone', name: { zh: '候区', en: 'Waiting' }, target: { zones: ['waiting'], groups: [], screens: [] }, regions: [{ region: 'side', playlistId: 'test-share' }],
  });
  assert.is((await told('test-share-a', zoneWide)).manifest.sha256, (await told('test-share-b', zoneWide)).manifest.sha256, 'same zone, same layout, nothing of their own: one manifest');
  await approve('playlist', 'test-share-one', { id: 'test-share-one', name: { zh: '单屏', en: 'One screen' }, slides: [notice('only-a', '只给A屏')] });
  const own = await approve('schedule', 'test-share-one', {
    id: 'test-share-one', name: { zh: '单屏', en: 'One screen' }, priority: 60, target: { zones: [], groups: [], screens: ['test-share-a'] }, regions: [{ region: 'side', playlistId: 'test-share-one' }],
  });
  const cmd = await told('test-share-a', own);
  const m = Manifest.parse((await hub.app.inject({ method: 'GET', url: `/api/signage/manifests/${cmd.manifest.sha256}` })).json());
  assert.ok(m.schedule.some((e) => e.id === 'test-share-one'), 'its own entry is in its manifest');
  assert.ok(m.playlists.some((p) => p.id === 'test-share-one'));
  assert.is(m.audience.screenId, null, 'the id stays out: the screen knows it');
  await new Promise((r) => setTimeout(r, 300));
  assert.not.ok(got.get('test-share-b')!.some((c) => c.revision === own), 'screen b is not affected');
});

test('rich text is sanitised on save; a reject needs a comment; the approval queue lists submissions', async () => {
  const data = { id: 'test-notice', name: { zh: '测试', en: 'Test' }, slides: [{ ...notice('n1', '通知'), body: { zh: '<p onclick="x">好<script>alert(1)</script></p>', en: '<img src=x onerror=alert(1)>ok' } }] };
  const saved = (await inject('PUT', '/api/signage/items/playlist/test-notice', { data })).json() as ItemView;
  const body = (saved.draft as Playlist).slides[0]!.type === 'notice' ? ((saved.draft as Playlist).slides[0] as { body: { zh: string; en: string } }).body : null;
  assert.equal(body, { zh: '<p>好</p>', en: 'ok' });
  await inject('POST', '/api/signage/items/playlist/test-notice/submit', { note: '' });
  const queue = (await inject('GET', '/api/signage/items?state=submitted')).json() as ItemView[];
  assert.ok(queue.some((i) => i.id === 'test-notice'));
  const noComment = await inject('POST', '/api/signage/items/playlist/test-notice/reject', { comment: '' });
  assert.is(noComment.statusCode, 400);
  assert.match(noComment.json().message, 'body.comment');
  const rejected = (await inject('POST', '/api/signage/items/playlist/test-notice/reject', { comment: '标题太长' })).json() as ItemView;
  assert.is(rejected.state, 'rejected');
  assert.is(rejected.comment, '标题太长');
  assert.is((await inject('POST', '/api/signage/items/playlist/test-notice/approve', { comment: '' })).statusCode, 409, 'a rejected draft is not approved');
});

test('a schedule naming a playlist that does not exist is a 422 naming the field', async () => {
  const res = await inject('PUT', '/api/signage/items/schedule/test-bad', { data: { id: 'test-bad', name: { zh: '坏', en: 'Bad' }, regions: [{ region: 'main', playlistId: 'nope' }] } });
  assert.is(res.statusCode, 422);
  assert.equal(res.json().issues, [{ path: 'body.data.regions.0.playlistId', message: 'no playlist nope' }]);
});

test('staff without the permissions cannot approve or raise an alert', async () => {
  await hub.app.staff.addStaff('clerk', 'Clerk', ['counter-staff'], 'clerk password 1', new Date());
  const clerk = await hub.login('clerk', 'clerk password 1');
  assert.is((await inject('POST', '/api/signage/items/playlist/lobby-side/approve', { comment: '' }, clerk)).statusCode, 403);
  const alert = { status: 'test', msgType: 'alert', severity: 'minor', urgency: 'future', headline: { zh: '测', en: 't' }, instruction: { zh: '测', en: 't' }, expires: new Date(clock + 60_000).toISOString(), zones: [] };
  assert.is((await inject('POST', '/api/signage/alerts', alert, clerk)).statusCode, 403);
  assert.is((await hub.app.inject({ method: 'POST', url: '/api/signage/alerts', payload: alert })).statusCode, 401);
});

test('an alert goes out at once, every screen acknowledges it, it is audited, and it expires by itself', async () => {
  const { screen, key } = await registerScreen('test-alert-1', 'waiting');
  const { bus } = await connectScreen(screen.id, key!);
  const received: AlertCommand[] = [];
  await bus.subscribe('signageAlert', (c) => {
    received.push(c);
    void bus.publish('signageAlertShown', { deviceId: screen.id }, { correlationId: c.correlationId, alertId: c.alert.id, action: c.action, at: new Date().toISOString() });
  }, { deviceId: screen.id });
  const publicAlerts: string[][] = [];
  await hub.app.hub.bus.subscribe('alerts', ({ alerts }) => void publicAlerts.push(alerts.map((a) => a.id)));
  const res = await inject('POST', '/api/signage/alerts', {
    status: 'exercise', msgType: 'alert', severity: 'extreme', urgency: 'immediate',
    headline: { zh: '消防演练', en: 'Fire drill' }, instruction: { zh: '请从最近的出口离开', en: 'Leave by the nearest exit' },
    expires: new Date(clock + 10 * 60_000).toISOString(), zones: ['waiting'],
  });
  assert.is(res.statusCode, 201);
  const { id } = res.json() as { id: string };
  assert.equal(Object.keys(res.json()), ['id']);
  const shown = await eventually(() => received.find((c) => c.action === 'show' && c.alert.id === id), 3000, 'the alert command');
  assert.is(shown.alert.status, 'exercise');
  assert.ok(shown.ttlMs > 9 * 60_000 && shown.ttlMs <= 10 * 60_000, 'the screen counts the rest of its life on its own clock');
  await eventually(() => publicAlerts.some((list) => list.includes(id)), 3000, 'on the public alerts topic for unregistered pages');
  const view = await eventually(async () => {
    const v = (await inject('GET', `/api/signage/alerts/${id}`)).json() as AlertView;
    return v.acks.find((a) => a.screenId === screen.id)?.state === 'acknowledged' ? v : undefined;
  }, 3000, 'the acknowledgement recorded');
  assert.not.ok(view.acks.some((a) => a.screenId === 'lobby-1'), 'a screen of another zone is not targeted');
  clock += 11 * 60_000;
  await eventually(async () => ((await inject('GET', `/api/signage/alerts/${id}`)).json() as AlertView).state === 'expired', 3000, 'expired by the sweep');
  await eventually(() => received.some((c) => c.action === 'clear' && c.alert.id === id), 3000, 'the screens are told to clear it');
  const audit = (await inject('GET', `/api/signage/audit?subject=${id}`)).json() as Array<{ action: string }>;
  assert.ok(['alert.alert', 'alert.acknowledged', 'alert.expired'].every((a) => audit.some((e) => e.action === a)), JSON.stringify(audit.map((e) => e.action)));
  clock -= 11 * 60_000;
});

test('an alert can be cancelled; a cancel with nothing active is a 422; an expiry already past is refused', async () => {
  const body = { status: 'actual', msgType: 'alert', severity: 'severe', urgency: 'expected', headline: { zh: '台风', en: 'Typhoon' }, instruction: { zh: '留在室内', en: 'Stay in' }, expires: new Date(clock + 3600_000).toISOString(), zones: [] };
  const { id } = (await inject('POST', '/api/signage/alerts', body)).json() as { id: string };
  const cancelled = (await inject('POST', `/api/signage/alerts/${id}/cancel`)).json() as AlertView;
  assert.is(cancelled.state, 'cancelled');
  assert.is((await inject('POST', `/api/signage/alerts/${id}/cancel`)).statusCode, 409);
  const nothing = await inject('POST', '/api/signage/alerts', { ...body, msgType: 'cancel' });
  assert.is(nothing.statusCode, 422);
  assert.match(nothing.json().message, 'body.references');
  const past = await inject('POST', '/api/signage/alerts', { ...body, expires: new Date(clock - 1000).toISOString() });
  assert.is(past.statusCode, 422);
  assert.match(past.json().message, 'body.expires');
});

test('proof of play: stored once however often it is sent, checked, and exported', async () => {
  const { screen, key } = await registerScreen('test-pop');
  const headers = { 'x-screen': screen.id, 'x-screen-key': key! };
  const revision = (await inject('GET', '/api/signage/revisions')).json()[0].revision as number;
  const play = (start: number, end: number) => ({ id: crypto.randomUUID(), revision, region: 'side', playlistId: 'lobby-side', slideId: 'subsidy', start: new Date(start).toISOString(), end: new Date(end).toISOString() });
  const batch = [play(clock - 60_000, clock - 40_000), play(clock - 40_000, clock - 20_000)];
  const first = await hub.app.inject({ method: 'POST', url: '/api/signage/player/plays', headers, payload: { plays: batch } });
  assert.equal(first.json(), { accepted: 2, duplicates: 0 });
  assert.equal((await hub.app.inject({ method: 'POST', url: '/api/signage/player/plays', headers, payload: { plays: batch } })).json(), { accepted: 0, duplicates: 2 });
  const bad = await hub.app.inject({ method: 'POST', url: '/api/signage/player/plays', headers, payload: { plays: [play(clock - 10_000, clock - 5000), play(clock - 1000, clock - 2000), { ...play(clock - 9000, clock - 8000), slideId: 'ghost' }] } });
  assert.is(bad.statusCode, 422);
  assert.equal(bad.json().issues.map((i: { path: string }) => i.path), ['body.plays.1.end', 'body.plays.2.slideId']);
  const wrongKey = await hub.app.inject({ method: 'POST', url: '/api/signage/player/plays', headers: { ...headers, 'x-screen-key': 'nope' }, payload: { plays: batch } });
  assert.is(wrongKey.statusCode, 401);
  const day = '2026-11-25';
  const report = (await inject('GET', `/api/signage/plays?from=${day}&to=${day}&screenId=${screen.id}`)).json();
  assert.equal(report.total, { plays: 2, seconds: 40 }, 'nothing of the refused batch was written');
  const csv = (await inject('GET', `/api/signage/plays.csv?from=${day}&to=${day}&screenId=${screen.id}`)).body;
  assert.is(csv.trim().split('\r\n').length, 3);
  assert.match(csv, batch[0]!.id);
});

test('uploads are checked by type, size and content', async () => {
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), crypto.randomBytes(64)]);
  const up = (type: string, body: Buffer) => hub.app.inject({ method: 'POST', url: '/api/signage/media?name=poster', headers: { ...admin, 'content-type': type }, payload: body });
  const ok = await up('image/png', png);
  assert.is(ok.statusCode, 201);
  assert.is(ok.json().sha256, crypto.createHash('sha256').update(png).digest('hex'));
  const lying = await up('image/jpeg', png);
  assert.is(lying.statusCode, 422, 'a PNG sent as a JPEG');
  assert.is((await up('image/svg+xml', Buffer.from('<svg onload="alert(1)"/>'))).statusCode, 415);
  const html = await up('image/png', Buffer.from('<html><script>alert(1)</script></html>'));
  assert.is(html.statusCode, 422);
  const huge = await up('image/png', Buffer.concat([png, Buffer.alloc(9 * 1024 * 1024)]));
  assert.is(huge.statusCode, 413);
});

test('a screen is online while it beats, flagged offline within a minute of silence, and announced back', async () => {
  const { screen, key } = await registerScreen('test-health');
  const { bus } = await connectScreen(screen.id, key!);
  const beat = () => bus.publish('signageHeartbeat', { deviceId: screen.id }, {
    revision: 1, slide: null, alertId: null, uptimeS: 5, storage: { usedBytes: 1, quotaBytes: 2 }, unsentPlays: 0, at: new Date().toISOString(),
  });
  const state = async () => (await inject('GET', '/api/signage/health')).json().find((h: { id: string }) => h.id === screen.id)?.state;
  await beat();
  await eventually(async () => (await state()) === 'online', 3000, 'online');
  clock += 50_000;
  await eventually(async () => (await state()) === 'offline', 7000, 'offline after 50 s without a beat');
  await beat();
  await eventually(async () => (await state()) === 'online', 3000, 'back online');
  const audit = (await inject('GET', `/api/signage/audit?subject=${screen.id}`)).json() as Array<{ action: string }>;
  assert.ok(audit.some((e) => e.action === 'screen.offline') && audit.some((e) => e.action === 'screen.back-online'));
});

test('the fleet lists a lobby screen as a device: its zone and page, unknown until heard, then online with its uptime', async () => {
  const { screen, key } = await registerScreen('test-fleet', 'lobby');
  const inFleet = async () => ((await inject('GET', '/api/devices/fleet')).json() as FleetDevice[]).find((d) => d.id === screen.id);
  await eventually(async () => (await inFleet()) !== undefined, 3000, 'listed within a second of registering');
  const listed = (await inFleet())!;
  assert.is(listed.kind, 'signage-screen');
  assert.is(listed.source, 'signage');
  assert.is(listed.zone, 'lobby');
  assert.is(listed.config.page, '/signage/?screen=test-fleet');
  assert.is(listed.state, 'unknown');
  const { bus } = await connectScreen(screen.id, key!);
  await bus.publish('signageHeartbeat', { deviceId: screen.id }, {
    revision: 1, slide: null, alertId: null, uptimeS: 321, storage: { usedBytes: 1, quotaBytes: 2 }, unsentPlays: 0, at: new Date(clock).toISOString(),
  });
  const seen = await eventually(async () => {
    const d = await inFleet();
    return d?.state === 'online' ? d : undefined;
  }, 3000, 'online in the fleet');
  assert.is(seen.uptimeS, 321);
});

test('a screenshot asked of a screen comes back from it', async () => {
  const { screen, key } = await registerScreen('test-shot');
  const { bus } = await connectScreen(screen.id, key!);
  const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text>lobby</text></svg>';
  await bus.subscribe('signageScreenshot', ({ correlationId }) => {
    void hub.app.inject({ method: 'PUT', url: `/api/signage/player/screenshots/${encodeURIComponent(correlationId)}`, headers: { 'x-screen': screen.id, 'x-screen-key': key!, 'content-type': 'image/svg+xml' }, payload: svg });
  }, { deviceId: screen.id });
  const shot = await inject('POST', `/api/signage/screens/${screen.id}/screenshot`);
  assert.is(shot.statusCode, 200);
  assert.is(shot.headers['content-type'], 'image/svg+xml');
  assert.is(shot.body, svg);
});

test('the schedule check shows a layout conflict and a gap before anyone publishes', async () => {
  const mk = (id: string, layoutId: string) => ({ id, name: { zh: id, en: id }, target: { zones: ['floor-2'] }, layoutId, regions: [], priority: 60 });
  assert.is((await inject('PUT', '/api/signage/items/schedule/test-a', { data: mk('test-a', 'lobby') })).statusCode, 200);
  assert.is((await inject('PUT', '/api/signage/items/schedule/test-b', { data: mk('test-b', 'after-hours') })).statusCode, 200);
  const check = (await inject('GET', '/api/signage/schedule/check?days=1&drafts=all')).json();
  assert.ok(check.issues.some((i: { kind: string; entries: string[] }) => i.kind === 'layout-conflict' && i.entries.includes('test-a') && i.entries.includes('test-b')));
  const published = (await inject('GET', '/api/signage/schedule/check?days=1&drafts=none')).json();
  assert.not.ok(published.issues.some((i: { kind: string }) => i.kind === 'layout-conflict'), 'drafts are not what plays now');
  await inject('POST', '/api/signage/items/schedule/test-a/discard');
  await inject('POST', '/api/signage/items/schedule/test-b/discard');
});

test.run();
