import { performance } from 'node:perf_hooks';
import { eventually, startTestHub } from '@jobhall/hub-server/testing';
import { FormReceipt } from '@jobhall/hub-server/contract';
import { PrinterAgent, SimTcpPrinter, TcpTransport, jsonLog } from '@jobhall/device-agents';
import { BENCH_ENV, percentile, type BenchRow } from './table.ts';

const SUBMISSIONS = 200;
const LOOKUPS = 200;

/** 失业登记 as a visitor sends it: eleven answers, three of them personal (sealed). */
const body = {
  serviceId: '7.1.2', version: 1, kioskId: 'kiosk-1',
  answers: {
    name: '王芳', idNumber: '11010519491231002X', phone: '13900001234', workedBefore: true, lastEmployer: '宏达电子厂', leftDate: '2025-03-01',
    leftReason: 'dismissed', wantsWork: true, wantedWork: '电工', wantsTraining: true,
  },
};

/**
 * A form submitted at a kiosk over HTTP on loopback, with its slip: the answers checked against the definition,
 * the personal ones sealed, the submission, its first event and its print job written in one transaction;
 * then the slip's bytes at a 9100 printer through the printer agent. And the status lookup a phone makes.
 */
export async function benchForms(): Promise<BenchRow[]> {
  const hub = await startTestHub({ listen: true, env: BENCH_ENV });
  const waiting: Array<() => void> = [];
  const printer = new SimTcpPrinter(() => {
    for (const resolve of waiting.splice(0)) resolve();
  });
  await printer.start();
  const agent = new PrinterAgent({
    connection: { url: `mqtt://127.0.0.1:${hub.app.hub.broker.port}`, hall: hub.app.hub.hall, deviceId: 'printer-1', password: hub.app.hub.broker.credentials!.devices['printer-1']! },
    transport: new TcpTransport('127.0.0.1', printer.port), log: jsonLog('printer-1', 'silent'), stateDir: null, pollMs: 5000,
  });
  await agent.start();
  await agent.ready();
  await eventually(() => hub.app.devices.health('printer-1')?.state === 'online', 5000, 'printer online');
  try {
    const ack: number[] = [];
    const slip: number[] = [];
    let last: FormReceipt | null = null;
    for (let i = 0; i < SUBMISSIONS; i++) {
      const printed = new Promise<void>((resolve) => waiting.push(resolve));
      const t0 = performance.now();
      const res = await fetch(`${hub.baseUrl}/api/forms/unemployment-registration/submissions`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
      });
      if (res.status !== 201) throw new Error(`submission ${res.status}: ${await res.text()}`);
      last = FormReceipt.parse(await res.json());
      ack.push(performance.now() - t0);
      await printed;
      slip.push(performance.now() - t0);
    }
    const lookup: number[] = [];
    for (let i = 0; i < LOOKUPS; i++) {
      const t0 = performance.now();
      const res = await fetch(`${hub.baseUrl}/api/status/lookup`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ refNo: last!.refNo, checkCode: last!.checkCode }),
      });
      if (res.status !== 200) throw new Error(`lookup ${res.status}`);
      await res.arrayBuffer();
      lookup.push(performance.now() - t0);
    }
    return [
      { area: 'forms', name: 'form submission acknowledged p50', value: percentile(ack, 50), unit: 'ms', note: `${SUBMISSIONS} × 失业登记, HTTP, answers sealed, slip queued in the same commit` },
      { area: 'forms', name: 'form submission acknowledged p95', value: percentile(ack, 95), unit: 'ms' },
      { area: 'forms', name: 'form submission → slip bytes at printer p95', value: percentile(slip, 95), unit: 'ms', note: 'HTTP+MQTT+TCP 9100' },
      { area: 'forms', name: 'status lookup p95', value: percentile(lookup, 95), unit: 'ms', note: `${LOOKUPS} lookups by reference and check code` },
    ];
  } finally {
    await agent.stop();
    await printer.stop();
    await hub.close();
  }
}
