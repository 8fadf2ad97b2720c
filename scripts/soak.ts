/**
 * `npm run soak -- --hours N [--minutes M]`: a simulated hall on loopback for N hall hours (default 24) compressed
 * into M wall-clock minutes (default 4), then a table per simulated hour and the figures the issue asks for:
 * memory growth (target ≤ 10 %) and errors (target 0). Stops by itself; exits 1 when a target is missed.
 */
import { soak } from './soak/run.ts';

function arg(name: string, fallback: number, max: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0 || value > max) {
    console.error(`--${name} must be a number in (0, ${max}]`);
    process.exit(2);
  }
  return value;
}

const hours = Math.round(arg('hours', 24, 24 * 14));
const minutes = arg('minutes', 4, 24 * 60);
if (!(globalThis as { gc?: unknown }).gc) console.warn('(run with node --expose-gc for heap figures after a full GC; npm run soak does)');
console.log(`soak: ${hours} simulated hall hours in ${minutes} min (clock ×${Math.round((hours * 60) / minutes)}), loopback only`);
const r = await soak({ hours, minutes, log: (l) => console.log(`  ${l}`) });
console.log(`\n${r.table}\n`);
console.log(`tickets issued ${r.tickets}; errors ${r.errors} (target 0); heap growth from hour 2: ${r.heapGrowthPct.toFixed(1)} % (target ≤ 10 %), `
  + `over the second half ${r.heapGrowthSecondHalfPct.toFixed(1)} %; RSS growth ${r.rssGrowthPct.toFixed(1)} %; worst hourly p95 ${r.p95.toFixed(1)} ms`);
for (const e of r.errorSamples) console.log(`  error: ${e}`);
process.exit(r.errors === 0 && r.heapGrowthPct <= 10 ? 0 : 1);
