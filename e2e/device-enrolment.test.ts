/**
 * Enrolment, approval and revocation of a device, end to end, on both brokers: the embedded one (its own
 * accounts) and a real Mosquitto whose dynamic-security plugin the hub drives. Staff add a device and get a
 * code; the device exchanges it for its credential; the broker refuses it until staff approve; revoking cuts
 * its live session and the credential is refused from then on.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import mqtt, { type MqttClient } from 'mqtt';
import { AddDeviceResult, DeviceSelf, EnrolResult, FleetDevice, topicPath } from '@jobhall/hub-server/contract';
import { eventually, startTestHub, type TestHub } from '@jobhall/hub-server/testing';
import { startMosquitto, type MosquittoInstance } from '../scripts/mosquitto.ts';

type Broker = 'embedded' | 'mosquitto';

function connect(url: string, id: string, secret: string): Promise<MqttClient> {
  const client = mqtt.connect(url, { protocolVersion: 4, clientId: id, username: id, password: secret, reconnectPeriod: 0, connectTimeout: 3000 });
  return new Promise((resolve, reject) => {
    client.once('connect', () => resolve(client));
    client.once('error', (err) => {
      client.end(true);
      reject(err);
    });
  });
}

async function refused(url: string, id: string, secret: string): Promise<boolean> {
  try {
    (await connect(url, id, secret)).end(true);
    return false;
  } catch (err) {
    return /not authori[sz]ed|bad user ?name or password/i.test((err as Error).message);
  }
}

function enrolmentSuite(broker: Broker) {
  const s = suite(`enrolment on ${broker === 'embedded' ? 'the embedded broker' : 'a real Mosquitto (dynamic security)'}`);
  let hub: TestHub;
  let mosq: MosquittoInstance | null = null;
  let staff: Record<string, string>;
  let brokerUrl: string;

  s.before(async () => {
    let env: Record<string, string> = {};
    if (broker === 'mosquitto') {
      mosq = await startMosquitto('demo-hall', [], { dynsec: true });
      env = {
        MQTT_URL: mosq.url, MQTT_USERNAME: mosq.hubUser, MQTT_PASSWORD: mosq.hubPassword, MQTT_WS_URL: mosq.wsUrl,
        MQTT_DISPLAY_USERNAME: mosq.displayUser, MQTT_DISPLAY_PASSWORD: mosq.displayPassword, MQTT_ACCOUNTS: 'dynsec',
      };
    }
    hub = await startTestHub({ env });
    staff = await hub.login();
    brokerUrl = mosq ? mosq.url : `mqtt://127.0.0.1:${hub.app.hub.broker.port}`;
  });
  s.after(async () => {
    await hub.close();
    await mosq?.stop();
  });

  const add = async (id: string, body: Record<string, unknown> = {}) => {
    const res = await hub.app.inject({
      method: 'POST', url: '/api/devices', headers: staff,
      payload: { id, kind: 'kiosk-shell', name: { zh: '二楼自助机', en: 'Upstairs kiosk' }, zone: 'upstairs', config: { page: '/kiosk/?kiosk=kiosk-1' }, ...body },
    });
    assert.is(res.statusCode, 201, res.body);
    return AddDeviceResult.parse(res.json());
  };
  const enrol = (code: string) => hub.app.inject({ method: 'POST', url: '/api/devices/enrol', payload: { code } });
  const decide = (id: string, action: 'approve' | 'revoke') => hub.app.inject({ method: 'POST', url: `/api/devices/${id}/${action}`, headers: staff });
  const self = (id: string, secret: string) =>
    hub.app.inject({ method: 'GET', url: '/api/devices/self', headers: { authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}` } });

  s('a device added in admin enrols with its code, waits refused until approved, then works with its own rights', async () => {
    const added = await add('kiosk-2');
    assert.is(added.device.enrolment, 'awaiting-enrolment');
    assert.is(added.device.zone, 'upstairs');
    assert.match(added.enrolment.url, `/enrol?code=${added.enrolment.code}`);

    const res = await enrol(added.enrolment.code.toLowerCase());
    assert.is(res.statusCode, 200, res.body);
    const creds = EnrolResult.parse(res.json());
    assert.is(creds.state, 'pending');
    assert.is(creds.kind, 'kiosk-shell');
    // The kiosk page comes with its kiosk's key: only that page may use the kiosk's card reader.
    assert.match(creds.config.page!, /^\/kiosk\/\?kiosk=kiosk-1&key=[\w-]{24,}$/);
    assert.ok(await refused(brokerUrl, 'kiosk-2', creds.secret), 'pending: the broker refuses it');
    assert.is(DeviceSelf.parse((await self('kiosk-2', creds.secret)).json()).state, 'pending');
    assert.is((await self('kiosk-2', 'not-the-secret-aaaaaaaaa')).statusCode, 401);

    assert.is((await decide('kiosk-2', 'approve')).statusCode, 200);
    assert.is(DeviceSelf.parse((await self('kiosk-2', creds.secret)).json()).state, 'active');
    const device = await connect(brokerUrl, 'kiosk-2', creds.secret);
    const own = await device.subscribeAsync(topicPath('demo-hall', 'shellCommand', { deviceId: 'kiosk-2' }), { qos: 1 });
    assert.is(own[0]?.qos, 1);
    const others = await device.subscribeAsync(topicPath('demo-hall', 'printJob', { deviceId: 'printer-1' }), { qos: 1 }).then((g) => g[0]?.qos, () => 128);
    assert.is(others, 128, 'another device\'s commands stay closed');

    // Revoking cuts the live session at once; the credential is refused from then on.
    let closed = false;
    device.on('close', () => (closed = true));
    const revoked = FleetDevice.parse((await decide('kiosk-2', 'revoke')).json());
    assert.is(revoked.enrolment, 'revoked');
    await eventually(() => closed, 3000, 'the revoked device\'s session cut');
    device.end(true);
    assert.ok(await refused(brokerUrl, 'kiosk-2', creds.secret), 'revoked: the broker refuses it');
    assert.is(DeviceSelf.parse((await self('kiosk-2', creds.secret)).json()).state, 'revoked');
    const events = (await hub.app.inject({ method: 'GET', url: '/api/devices/events?deviceId=kiosk-2', headers: staff })).json() as Array<{ type: string }>;
    assert.equal(events.map((e) => e.type).reverse(), ['added', 'enrolled', 'approved', 'revoked']);
  });

  s('a code works once; a revoked device\'s unused code is dead; a new code brings a machine back through approval', async () => {
    const added = await add('kiosk-3');
    assert.is((await enrol(added.enrolment.code)).statusCode, 200);
    const again = await enrol(added.enrolment.code);
    assert.is(again.statusCode, 410);
    assert.is(again.json().issues[0].path, 'body.code');
    assert.ok(again.json().text.zh, 'a sentence for the device\'s installer');

    const code = (await hub.app.inject({ method: 'POST', url: '/api/devices/kiosk-3/enrolment-code', headers: staff })).json().code as string;
    assert.is((await decide('kiosk-3', 'revoke')).statusCode, 200);
    assert.is((await enrol(code)).statusCode, 410, 'revoking kills the codes it had');

    const fresh = await hub.app.inject({ method: 'POST', url: '/api/devices/kiosk-3/enrolment-code', headers: staff });
    assert.is(fresh.statusCode, 201);
    const creds = EnrolResult.parse((await enrol(fresh.json().code)).json());
    assert.is(creds.state, 'pending', 'back through approval');
    assert.is((await decide('kiosk-3', 'approve')).statusCode, 200);
    (await connect(brokerUrl, 'kiosk-3', creds.secret)).end(true);
  });

  s('the fleet lists every device with its enrolment; the hall\'s own devices are provisioned', async () => {
    const fleet = (await hub.app.inject({ method: 'GET', url: '/api/devices/fleet', headers: staff })).json() as FleetDevice[];
    const byId = new Map(fleet.map((d) => [d.id, d]));
    assert.is(byId.get('printer-1')?.enrolment, 'provisioned');
    assert.is(byId.get('printer-1')?.source, 'hall');
    assert.is(byId.get('kiosk-2')?.enrolment, 'revoked');
    assert.is(byId.get('kiosk-3')?.source, 'enrolled');
  });
  return s;
}

enrolmentSuite('embedded').run();
enrolmentSuite('mosquitto').run();
