import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadCatalogue } from '../../infra/content.ts';
import { loadFloorPlan } from './plan.ts';

const content = path.resolve(import.meta.dirname, '../../../../content');
const catalogue = loadCatalogue(content);
const real = JSON.parse(fs.readFileSync(path.join(content, 'floor-plan.json'), 'utf8'));

/** A content folder whose floor-plan.json the test writes: hall.json and services.json are the real ones. */
function planWith(edit: (plan: typeof real) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobhall-plan-'));
  const plan = structuredClone(real);
  edit(plan);
  fs.writeFileSync(path.join(dir, 'floor-plan.json'), JSON.stringify(plan));
  return dir;
}

test('the hall\'s plan loads: every counter of hall.json has its window on it, every kiosk stands on it', () => {
  const plan = loadFloorPlan(content, catalogue);
  for (const c of catalogue.hall.counters) assert.ok(plan.counter(c.id), `${c.id} on the plan`);
  for (const k of catalogue.hall.kiosks) assert.ok(plan.kiosk(k.id), `${k.id} on the plan`);
  const kinds = new Set(plan.file.floors.flatMap((f) => f.areas.map((a) => a.kind)));
  for (const k of ['lift', 'stairs', 'toilet', 'accessible-toilet', 'entrance', 'front-desk', 'waiting']) assert.ok(kinds.has(k as never), `a ${k} is drawn`);
  // Every floor above the ground has a lift stop, so every area is reachable without stairs.
  const lift = plan.file.links.find((l) => l.kind === 'lift')!;
  assert.equal(lift.nodes.map((n) => plan.nodes.get(n)!.floor), plan.file.floors.map((f) => f.id));
});

test('a plan that disagrees with the hall or with itself stops start-up, naming the place', () => {
  const cases: Array<[(p: typeof real) => void, RegExp]> = [
    [(p) => (p.floors[0].windows[0].counter = 'counter-99'), /floors\.0\.windows\.0\.counter: no counter "counter-99" in hall\.json/],
    [(p) => p.floors[0].windows.pop(), /counter "counter-10" \(window 10\) is not on the plan/],
    [(p) => (p.floors[0].kiosks[0].kiosk = 'kiosk-9'), /floors\.0\.kiosks\.0\.kiosk: no kiosk "kiosk-9"/],
    [(p) => (p.floors[0].areas[0].services = ['9.9.9']), /floors\.0\.areas\.0\.services\.0: /],
    [(p) => (p.floors[1].areas[0].node = 'f1-w1'), /floors\.1\.areas\.0\.node: no waypoint "f1-w1" on f2/],
    [(p) => (p.floors[2].paths = p.floors[2].paths.filter((x: string[]) => !x.includes('f3-mid'))), /cannot be reached/],
    [(p) => (p.floors[0].areas[0].rect.w = 500), /floors\.0\.areas\.0\.rect: lies outside the floor/],
  ];
  for (const [edit, message] of cases) {
    const dir = planWith(edit);
    try {
      assert.throws(() => loadFloorPlan(dir, catalogue), message);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
});

test.run();
