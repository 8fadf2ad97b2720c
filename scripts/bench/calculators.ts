import { startTestHub } from '@jobhall/hub-server/testing';
import { BENCH_ENV, percentile, type BenchRow } from './table.ts';

/** Requests per calculator after a warm-up: enough for a stable p95 on a shared 2-core machine. */
const REQUESTS = 400;
const WARM_UP = 40;

/** Inputs a visitor might give, varied so every bracket and check is crossed. */
const CASES: Record<string, (i: number) => Record<string, unknown>> = {
  'unemployment-benefit-estimate': (i) => ({ contributionYears: i % 30, leftReason: i % 7 ? 'not-own-will' : 'own-will', registered: i % 11 !== 0, unclaimedMonths: i % 5 }),
  'insurance-contributions-estimate': (i) => (i % 2 ? { kind: 'employee', wage: 3000 + (i * 137) % 40000 } : { kind: 'flexible', baseLevel: ['60', '80', '100', '200', '300'][i % 5] }),
  // The heaviest: a quarterly repayment table of up to 12 rows.
  'start-up-loan-estimate': (i) => ({ group: 'graduate', hasBusiness: true, otherLoans: false, partners: 1 + (i % 3), wanted: 50000 + (i * 1000) % 400000, termMonths: 3 + (i % 34) }),
};

/**
 * The calculators over HTTP on loopback, as the kiosk calls them: POST /api/calculators/:flowId with the
 * visitor's answers, the rules evaluated and every line of the result built and serialised.
 */
export async function benchCalculators(): Promise<BenchRow[]> {
  const hub = await startTestHub({ listen: true, env: BENCH_ENV });
  const rows: BenchRow[] = [];
  try {
    for (const [flowId, inputs] of Object.entries(CASES)) {
      const times: number[] = [];
      for (let i = 0; i < WARM_UP + REQUESTS; i++) {
        const t0 = performance.now();
        const res = await fetch(`${hub.baseUrl}/api/calculators/${flowId}`, {
          method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ inputs: inputs(i), asOf: '2025-07-01' }),
        });
        await res.json();
        if (res.status !== 200) throw new Error(`${flowId}: ${res.status}`);
        if (i >= WARM_UP) times.push(performance.now() - t0);
      }
      const p95 = percentile(times, 95);
      rows.push(
        { area: 'calculators', name: `${flowId} p50`, value: percentile(times, 50), unit: 'ms', note: `${REQUESTS} POSTs over HTTP` },
        { area: 'calculators', name: `${flowId} p95`, value: p95, unit: 'ms', target: '≤ 100 ms', ok: p95 <= 100 },
      );
    }
  } finally {
    await hub.close();
  }
  return rows;
}
