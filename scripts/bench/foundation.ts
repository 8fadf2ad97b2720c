import { performance } from 'node:perf_hooks';
import { startTestHub, eventually } from '@jobhall/hub-server/testing';
import { CallNextResult, Ticket } from '@jobhall/hub-server/contract';
import { CallScreenAgent, PrinterAgent, SimLedBoard, SimTcpPrinter, TcpTransport, jsonLog } from '@jobhall/device-agents';
import { launchBrowser } from '../../e2e/browser.ts';
import { BENCH_ENV, percentile, type BenchRow } from './table.ts';

const TAPS = 200;
const CALLS = 100;

/**
 * The foundation's two end-to-end paths on loopback with real parts: HTTP into a listening hub, MQTT to the
 * printer agent, ESC/POS over TCP to a 9100 printer; and a call from the counter API to the signage page
 * rendering it in Chromium.
 */
export async function benchFoundation(): Promise<BenchRow[]> {
  const hub = await startTestHub({ listen: true, env: BENCH_ENV });
  const printer = new SimTcpPrinter((job) => {
    for (const resolve of waiting.splice(0)) resolve(job);
  });
  const waiting: Array<(job: Uint8Array) => void> = [];
  await printer.start();
  const conn = (id: string) => ({ url: `mqtt://127.0.0.1:${hub.app.hub.broker.port}`, hall: hub.app.hub.hall, deviceId: id, password: hub.app.hub.broker.credentials!.devices[id]! });
  const agent = new PrinterAgent({ connection: conn('printer-1'), transport: new TcpTransport('127.0.0.1', printer.port), log: jsonLog('printer-1', 'silent'), stateDir: null, pollMs: 5000 });
  const screen = new CallScreenAgent({ connection: conn('callscreen-1'), board: new SimLedBoard(() => {}), log: jsonLog('callscreen-1', 'silent') });
  await agent.start();
  await screen.start();
  await Promise.all([agent.ready(), screen.ready()]);
  await eventually(() => ['printer-1', 'callscreen-1'].every((id) => hub.app.devices.health(id)?.state === 'online'), 5000, 'agents online');
  const rows: BenchRow[] = [];
  try {
    // tap → ticket bytes at the printer
    const tap: number[] = [];
    for (let i = 0; i < TAPS; i++) {
      const cut = new Promise<Uint8Array>((resolve) => waiting.push(resolve));
      const t0 = performance.now();
      const res = await fetch(`${hub.baseUrl}/api/tickets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ serviceId: '3.1.2' }) });
      if (res.status !== 201) throw new Error(`ticket ${res.status}`);
      await cut;
      tap.push(performance.now() - t0);
    }
    rows.push(
      { area: 'foundation', name: 'tap → ticket bytes at printer p50', value: percentile(tap, 50), unit: 'ms', note: `${TAPS} tickets, HTTP+MQTT+TCP 9100` },
      { area: 'foundation', name: 'tap → ticket bytes at printer p95', value: percentile(tap, 95), unit: 'ms', target: '≤ 250 ms', ok: percentile(tap, 95) <= 250 },
    );

    // call → signage render
    const chrome = await launchBrowser();
    try {
      const page = await chrome.browser.newPage();
      await page.goto(`${hub.baseUrl}/signage/`, { waitUntil: 'networkidle0' });
      await page.waitForFunction(() => Array.isArray(window.__jobhallRendered));
      const staff = await hub.login();
      await hub.app.inject({ method: 'POST', url: '/api/counters/counter-9/sign-in', headers: staff });
      for (let i = 0; i < CALLS; i++) Ticket.parse((await hub.app.inject({ method: 'POST', url: '/api/tickets', payload: { serviceId: '7.1.2' } })).json());
      const render: number[] = [];
      for (let i = 0; i < CALLS; i++) {
        const t0 = Date.now();
        const res = await fetch(`${hub.baseUrl}/api/counters/counter-9/call-next`, { method: 'POST', headers: { cookie: staff.cookie!, 'x-csrf-token': staff['x-csrf-token']! } });
        const { call } = CallNextResult.parse(await res.json());
        const seq = call!.seq;
        const at = (await page.waitForFunction((s) => window.__jobhallRendered!.find((r) => r.seq === s)?.at, { polling: 5 }, seq)).jsonValue();
        render.push((await at as number) - t0);
      }
      rows.push(
        { area: 'foundation', name: 'call → signage render p50', value: percentile(render, 50), unit: 'ms', note: `${CALLS} calls, MQTT over WebSocket to Chromium` },
        { area: 'foundation', name: 'call → signage render p95', value: percentile(render, 95), unit: 'ms', target: '≤ 200 ms', ok: percentile(render, 95) <= 200 },
      );
    } finally {
      await chrome.close();
    }
  } finally {
    await agent.stop();
    await screen.stop();
    await printer.stop();
    await hub.close();
  }
  return rows;
}
