import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Health, RealtimeConfig } from '../contract/index.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { startTestHub, type TestHub } from '../testing/test-hub.ts';

let hub: TestHub;
test.before(async () => {
  hub = await startTestHub();
});
test.after(async () => {
  await hub.close();
});

test('GET /api/services lists the 89 functions with zh and en names', async () => {
  const res = await hub.app.inject({ method: 'GET', url: '/api/services' });
  assert.is(res.statusCode, 200);
  const list = res.json() as Array<{ id: string; zh: string; en: string; module: { id: string } }>;
  assert.is(list.length, 89);
  assert.is(new Set(list.map((s) => s.id)).size, 89);
  assert.ok(list.every((s) => s.zh && s.en && s.module.id === s.id[0]));
  assert.equal(list.find((s) => s.id === '1.2.1')?.zh, '电子叫号系统');
  assert.is((await hub.app.inject({ method: 'GET', url: '/api/modules' })).json().length, 7);
});

test('GET /api/health reports the database, the broker and every device', async () => {
  const res = await hub.app.inject({ method: 'GET', url: '/api/health' });
  assert.is(res.statusCode, 200);
  const h = Health.parse(res.json());
  assert.is(h.status, 'ok');
  assert.is(h.db, 'ok');
  assert.is(h.broker, 'ok');
  // The hall's agents, and the demo's three lobby screens (devices too; unknown until a browser shows them).
  assert.equal(h.devices.map((d) => d.id).sort(), ['callscreen-1', 'cardreader-1', 'jobs-1', 'lobby-1', 'printer-1', 'sms-1', 'waiting-1']);
  assert.equal(h.devices.filter((d) => d.kind === 'signage-screen').map((d) => d.state), ['unknown', 'unknown', 'unknown']);
});

test('browsers get read-only display credentials for the broker', async () => {
  const rt = RealtimeConfig.parse((await hub.app.inject({ method: 'GET', url: '/api/realtime' })).json());
  assert.is(rt.url, '/mqtt');
  assert.is(rt.username, 'display');
  assert.is(rt.topicRoot, 'jobhall/v1/demo-hall');
});

test('OpenAPI documents the ticket route', async () => {
  const doc = (await hub.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
  assert.ok(doc.paths['/api/tickets'].post);
  assert.ok(doc.paths['/api/services'].get);
});

test('unknown routes are a 404 with a message', async () => {
  const res = await hub.app.inject({ method: 'GET', url: '/api/nope' });
  assert.is(res.statusCode, 404);
  assert.match(res.json().message, '/api/nope');
});

test('a wrong environment value stops start-up naming the variable', () => {
  const fails = (env: Record<string, string>, name: string) => {
    try {
      loadConfig(env);
      assert.unreachable(`${name} accepted`);
    } catch (err) {
      assert.instance(err, ConfigError);
      assert.match((err as Error).message, name);
    }
  };
  fails({ PORT: 'eighty' }, 'PORT');
  fails({ MQTT_PORT: '70000' }, 'MQTT_PORT');
  fails({ JOBHALL_MODE: 'prod' }, 'JOBHALL_MODE');
  fails({ JOBHALL_MODE: 'production' }, 'JOBHALL_ADMIN_PASSWORD');
  fails({ MQTT_URL: 'http://x' }, 'MQTT_URL');
  fails({ MQTT_URL: 'mqtt://broker:1883' }, 'MQTT_WS_URL');
  assert.is(loadConfig({ JOBHALL_MODE: 'production', JOBHALL_ADMIN_PASSWORD: 'a-real-password' }).mode, 'production');
});

test.run();
