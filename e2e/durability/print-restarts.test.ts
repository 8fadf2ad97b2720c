/**
 * Every ticket slip comes out of the printer, once, through restarts. The hub (with its embedded broker) and
 * the printer agent each run as their own process, the printer is a network printer on a TCP port (the
 * emulator), and visitors take tickets at four kiosks without pause. Meanwhile the hub is killed with SIGKILL
 * and started again (the broker goes with it), and the agent is restarted as its service manager would. After
 * the burst, the paper is decoded: every acknowledged ticket's number is on it, and none twice.
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

test('through a hub kill -9 and an agent restart every acknowledged ticket prints, and prints once', async () => {
  // Each slip is read once, as it comes out (the printer answers the agent from this process: keep it free).
  const printed: string[] = [];
  const printer = new SimTcpPrinter((bytes, ok) => {
    if (ok) printed.push(...slipNumbers(bytes));
  });
  await printer.start();
  const hub = await HubProcess.create({ env: { LOG_LEVEL: process.env.HUB_LOG_LEVEL ?? "warn" } });
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobhall-agent-'));
  let agent: AgentProcess | null = null;
  try {
    await hub.start();
    const creds = JSON.parse(fs.readFileSync(path.join(hub.dataDir, 'broker-credentials.json'), 'utf8')) as { devices: Record<string, string> };
    agent = new AgentProcess({
      agent: 'printer', deviceId: 'printer-1', secret: creds.devices['printer-1']!, mqttUrl: hub.mqttUrl, hall: 'demo-hall',
      stateDir, printerUrl: `tcp://127.0.0.1:${printer.port}`,
    });
    agent.start();
    await eventually(() => printerOnline(hub.baseUrl), 30_000, `printer-1 online at the hub:\n${agent.output}`);

    const plan = await planWrites(hub.baseUrl);
    const burst = startBurst(() => hub.baseUrl, plan, 4, ['ticket']);
    await burst.acknowledged(40);
    await hub.kill('SIGKILL');
    await hub.start();
    await burst.acknowledged(burst.result.acked.length + 40);
    await agent.kill('SIGTERM');
    agent.start();
    await burst.acknowledged(burst.result.acked.length + 40);
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
    console.log(`  ${numbers.length} tickets acknowledged, ${printed.length} slips printed, ${twice.length} twice, ${result.unanswered} requests unanswered while the hub was down`);
    assert.equal(twice, [], 'no slip printed twice');
  } finally {
    await agent?.kill();
    await hub.dispose();
    await printer.stop();
    fs.rmSync(stateDir, { recursive: true, force: true });
  }
});

test.run();
