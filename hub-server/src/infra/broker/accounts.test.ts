/**
 * Device accounts against both stores: the embedded broker's own, and a real Mosquitto's dynamic-security
 * plugin driven over its control topic. Same steps, same expectations.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import mqtt, { type MqttClient } from 'mqtt';
import type { FastifyBaseLogger } from 'fastify';
import { startMosquitto, type MosquittoInstance } from '../../../../scripts/mosquitto.ts';
import { eventually } from '../../testing/test-hub.ts';
import { hallRoot } from '../../contract/index.ts';
import type { DeviceAccounts } from './accounts.ts';
import { loadBrokerCredentials } from './credentials.ts';
import { DynsecAccounts } from './dynsec.ts';
import { EmbeddedBroker } from './embedded.ts';

const HALL = 'demo-hall';
const quiet = { info() {}, warn() {}, debug() {}, error() {}, child: () => quiet } as unknown as FastifyBaseLogger;

interface Setup {
  url: string;
  accounts: DeviceAccounts;
  close(): Promise<void>;
}

async function embedded(): Promise<Setup> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobhall-accounts-'));
  const credentials = loadBrokerCredentials(dataDir, []);
  const broker = new EmbeddedBroker({ hall: HALL, host: '127.0.0.1', port: 0, hubSecret: 'h'.repeat(24), displayUser: 'display', credentials, dataDir, log: quiet });
  await broker.start();
  return {
    url: `mqtt://127.0.0.1:${broker.port}`, accounts: broker.accounts,
    async close() {
      await broker.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function dynsec(): Promise<Setup> {
  const mosq: MosquittoInstance = await startMosquitto(HALL, [], { dynsec: true });
  const hub = mqtt.connect(mosq.url, { protocolVersion: 4, username: mosq.hubUser, password: mosq.hubPassword, reconnectPeriod: 500 });
  await new Promise((resolve, reject) => hub.once('connect', resolve).once('error', reject));
  const accounts = new DynsecAccounts({ client: hub, hall: HALL, log: quiet });
  await accounts.start(() => accounts.provision(mosq.hubUser, { username: mosq.displayUser, password: mosq.displayPassword }));
  return {
    url: mosq.url, accounts,
    async close() {
      accounts.stop();
      await hub.endAsync();
      await mosq.stop();
    },
  };
}

/** Connects as a device; resolves with the client or rejects with the broker's refusal. */
function connect(url: string, deviceId: string, secret: string): Promise<MqttClient> {
  const client = mqtt.connect(url, { protocolVersion: 4, clientId: `${deviceId}-${Math.random()}`, username: deviceId, password: secret, reconnectPeriod: 0, connectTimeout: 3000 });
  return new Promise((resolve, reject) => {
    client.once('connect', () => resolve(client));
    client.once('error', (err) => {
      client.end(true);
      reject(err);
    });
  });
}

const refused = async (url: string, id: string, secret: string) => {
  try {
    (await connect(url, id, secret)).end(true);
    return false;
  } catch (err) {
    return /not authori[sz]ed|bad user ?name or password/i.test((err as Error).message);
  }
};

function accountSuite(name: string, make: () => Promise<Setup>) {
  const s = suite(name);
  let setup: Setup;
  s.before(async () => {
    setup = await make();
  });
  s.after(async () => {
    await setup.close();
  });

  s('an account created disabled is refused until enabled; enabled it has its device\'s rights and no more', async () => {
    await setup.accounts.set('kiosk-9', 'secret-kiosk-9-aaaaaaaaaa', { enabled: false });
    assert.ok(await refused(setup.url, 'kiosk-9', 'secret-kiosk-9-aaaaaaaaaa'), 'pending accounts are refused');
    await setup.accounts.enable('kiosk-9');
    const client = await connect(setup.url, 'kiosk-9', 'secret-kiosk-9-aaaaaaaaaa');
    const own = await client.subscribeAsync(`${hallRoot(HALL)}/devices/kiosk-9/cmd/#`, { qos: 1 });
    assert.is(own[0]?.qos, 1);
    const other = await client.subscribeAsync(`${hallRoot(HALL)}/devices/printer-1/cmd/#`, { qos: 1 }).then((g) => g[0]?.qos, () => 128);
    assert.is(other, 128, 'another device\'s commands are refused');
    assert.ok(await refused(setup.url, 'kiosk-9', 'a-wrong-secret-bbbbbbbbbb'));
    client.end(true);
    assert.equal((await setup.accounts.list()).find((a) => a.deviceId === 'kiosk-9'), { deviceId: 'kiosk-9', enabled: true });
  });

  s('disabling cuts a live session at once and refuses the next connect', async () => {
    await setup.accounts.set('kiosk-8', 'secret-kiosk-8-aaaaaaaaaa');
    const client = await connect(setup.url, 'kiosk-8', 'secret-kiosk-8-aaaaaaaaaa');
    let closed = false;
    client.on('close', () => (closed = true));
    await setup.accounts.disable('kiosk-8');
    await eventually(() => closed, 3000, 'the live session cut');
    client.end(true);
    assert.ok(await refused(setup.url, 'kiosk-8', 'secret-kiosk-8-aaaaaaaaaa'));
  });

  s('a new secret cuts the session made with the old one; removal refuses the account for good', async () => {
    await setup.accounts.set('kiosk-7', 'secret-kiosk-7-old-aaaaaa');
    const old = await connect(setup.url, 'kiosk-7', 'secret-kiosk-7-old-aaaaaa');
    let closed = false;
    old.on('close', () => (closed = true));
    await setup.accounts.set('kiosk-7', 'secret-kiosk-7-new-bbbbbb');
    await eventually(() => closed, 3000, 'the old session cut');
    old.end(true);
    assert.ok(await refused(setup.url, 'kiosk-7', 'secret-kiosk-7-old-aaaaaa'), 'the old secret no longer opens it');
    const fresh = await connect(setup.url, 'kiosk-7', 'secret-kiosk-7-new-bbbbbb');
    let freshClosed = false;
    fresh.on('close', () => (freshClosed = true));
    await setup.accounts.remove('kiosk-7');
    await eventually(() => freshClosed, 3000, 'the session of a removed account cut');
    fresh.end(true);
    assert.ok(await refused(setup.url, 'kiosk-7', 'secret-kiosk-7-new-bbbbbb'));
    assert.not.ok((await setup.accounts.list()).some((a) => a.deviceId === 'kiosk-7'));
    await setup.accounts.remove('kiosk-7'); // removing twice is no error
  });
  return s;
}

accountSuite('embedded broker accounts', embedded).run();
accountSuite('Mosquitto dynamic-security accounts', dynsec).run();
