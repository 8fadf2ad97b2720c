/**
 * `npm run bench`: every measured target of the open issues, on loopback with real parts, printed as one table.
 * Each part is bounded in count and time and stops by itself.  `npm run bench -- jobs` runs only one area.
 */
import { CHROMIUM, CJK_FONT, ensurePackages } from './system-packages.ts';
import { buildApps } from './build-apps.ts';
import { renderTable, type BenchRow } from './bench/table.ts';
import { benchFoundation } from './bench/foundation.ts';
import { benchKpis } from './bench/kpis.ts';
import { benchQueue } from './bench/queue.ts';
import { benchVoice } from './bench/voice.ts';
import { benchSpeech } from './bench/speech.ts';
import { benchJobs } from './bench/jobs.ts';
import { benchWording } from './bench/wording.ts';
import { benchBundles } from './bench/bundles.ts';
import { benchSignage } from './bench/signage.ts';
import { benchForms } from './bench/forms.ts';
import { benchCalculators } from './bench/calculators.ts';
import { benchDevices } from './bench/devices.ts';

const only = process.argv.slice(2).find((a) => !a.startsWith('-'));

const areas: Array<{ name: string; run: () => Promise<BenchRow[]> }> = [
  { name: 'foundation', run: benchFoundation },
  { name: 'kpis', run: benchKpis },
  { name: 'queue', run: benchQueue },
  { name: 'voice', run: benchVoice },
  { name: 'speech', run: benchSpeech },
  { name: 'jobs', run: benchJobs },
  { name: 'wording', run: benchWording },
  { name: 'signage', run: benchSignage },
  { name: 'forms', run: benchForms },
  { name: 'calculators', run: benchCalculators },
  { name: 'bundles', run: benchBundles },
  { name: 'devices', run: benchDevices },
];

ensurePackages([CHROMIUM, CJK_FONT]);
await buildApps({ ifStale: true, quiet: true });
const rows: BenchRow[] = [];
for (const area of areas.filter((a) => !only || a.name === only)) {
  const started = Date.now();
  process.stderr.write(`bench: ${area.name}…\n`);
  rows.push(...(await area.run()));
  process.stderr.write(`bench: ${area.name} done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
console.log(`\nJobHall benchmark · ${new Date().toISOString()} · Node ${process.version} · ${process.platform}/${process.arch}\n`);
console.log(renderTable(rows));
process.exit(0);
