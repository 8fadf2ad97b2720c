/**
 * Every ticket slip comes out of the printer, once, through restarts. The hub (with its embedded broker) and
 * the printer agent each run as their own process, the printer is a network printer on a TCP port (the
 * emulator), and visitors take tickets at four kiosks without pause. Meanwhile the hub is killed with SIGKILL
 * and started again (the broker goes with it), and the agent is restarted as its service manager would. After
 * the burst, the paper is decoded: every acknowledged ticket's number is on it, and none twice. The same holds
 * through a restart of an external Mosquitto that keeps nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Health } from '@jobhall/hub-server/contract';
import { eventually } from '@jobhall/hub-server/testing';
import { SimTcpPrinter } from '@jobhall/device-agents';
import { decodeEscPos } from '../../device-agents/src/printer/escpos/decoder.ts';
import { startMosquitto, type MosquittoInstance } from '../../scripts/mosquitto.ts';
import { HubProcess } from '../hub-process.ts';
import { AgentProcess } from './agent-process.ts';
import { planWrites, startBurst } from './writers.ts';

async function printerOnline(baseUrl: string): Promise<boolean> {
  try {
    const res = await fetch(`${baseUrl}/api/health`);
    const h = Health.parse(await res.json());
    return h.devices.find((d) => d.id === 'printer-1')?.state === 'online';
  } catch {
    return false;
  }
}

/** The ticket number on a slip, as a visitor reads it. */
function slipNumbers(bytes: Uint8Array): string[] {
  return decodeEscPos(bytes).flatMap((job) => job.lines.map((l) => /^(\S+) 号$/.exec(l.text)?.[1]).filter((n): n is string => !!n));
}

/**
 * A hall printing: a TCP printer read slip by slip as it comes out (it answers the agent from this process, so
 * the test keeps its event loop free), the hub as its own process, the printer agent as its own process.
 */
async function printingHall(broker: MosquittoInstance | null) {
  const printed: string[] = [];
  const printer = new SimTcpPrinter((bytes, ok) => {
    if (ok) printed.push(...slipNumbers(bytes));
  });
  await printer.start();
  const hub = await HubProcess.create(broker ? {
    env: {
      MQTT_URL: broker.url, MQTT_USERNAME: broker.hubUser, MQTT_PASSWORD: broker.hubPassword, MQTT_WS_URL: broker.wsUrl,
      MQTT_DISPLAY_USERNAME: broker.displayUser, MQTT_DISPLAY_PASSWORD: broker.displayPassword,
    },
  } : {});
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobhall-agent-'));
  await hub.start();
  const secret = broker
    ? broker.devices['printer-1']!
    : (JSON.parse(fs.readFileSync(path.join(hub.dataDir, 'broker-credentials.json'), 'utf8')) as { devices: Record<string, string> }).devices['printer-1']!;
  const agent = new AgentProcess({
    agent: 'printer', deviceId: 'printer-1', secret, mqttUrl: broker?.url ?? hub.mqttUrl, hall: 'demo-hall',
    stateDir, printerUrl: `tcp://127.0.0.1:${printer.port}`,
  });
  agent.start();
  await eventually(() => printerOnline(hub.baseUrl), 30_000, `printer-1 online at the hub:\n${agent.output}`);
  const burst = startBurst(() => hub.baseUrl, await planWrites(hub.baseUrl), 4, ['ticket']);
  return {
    hub, agent, burst,
    /** Burst until `more` further tickets are acknowledged. */
    more: (n: number) => burst.acknowledged(burst.result.acked.length + n),
    /** Stops the burst, waits for the paper and checks it: every acknowledged number once. */
    async check(what: string) {
      const result = await burst.stop();
      assert.equal(result.problems, []);
      const numbers = result.acked.map((a) => a.label);
      const missing = () => {
        const seen = new Set(printed);
        return numbers.filter((n) => !seen.has(n));
      };
      const until = Date.now() + 60_000;
      while (missing().length && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
      const tail = (text: string) => text.split('\n').filter((l) => !/app not built/.test(l)).join('\n').slice(-4000);
      assert.equal(missing(), [], `every acknowledged ticket printed (${printed.length} slips on paper)\nagent: ${tail(agent.output)}\nhub: ${tail(hub.output)}`);
      const twice = printed.filter((n, i) => printed.indexOf(n) !== i);
      console.log(`  ${what}: ${numbers.length} tickets acknowledged, ${printed.length} slips printed, ${twice.length} twice, ${result.unanswered} requests unanswered`);
      assert.equal(twice, [], 'no slip printed twice');
    },
    async dispose() {
      await burst.stop();
      await agent.kill();
      await hub.dispose();
      await printer.stop();
      fs.rmSync(stateDir, { recursive: true, force: true });
    },
  };
}

test('through a hub kill -9 (its broker with it) and an agent restart every acknowledged ticket prints, and prints once', async () => {
  const hall = await printingHall(null);
  try {
    await hall.more(40);
    await hall.hub.kill('SIGKILL');
    await hall.hub.start();
    await hall.more(40);
    await hall.agent.kill('SIGTERM');
    hall.agent.start();
    await hall.more(40);
    await hall.check('hub kill -9 and agent restart');
  } finally {
    await hall.dispose();
  }
});

test('through a restart of an external Mosquitto (no persistence: every session and queued message lost) every acknowledged ticket prints once', async () => {
  const mosquitto = await startMosquitto('demo-hall', ['printer-1', 'callscreen-1', 'sms-1', 'cardreader-1']);
  const hall = await printingHall(mosquitto);
  try {
    await hall.more(40);
    await mosquitto.pause();
    await hall.more(30); // tickets go on while the broker is away: the hub does not need it to issue them
    await mosquitto.resume();
    await hall.more(30);
    await hall.check('Mosquitto restart');
  } finally {
    await hall.dispose();
    await mosquitto.stop();
  }
});

test.run();
