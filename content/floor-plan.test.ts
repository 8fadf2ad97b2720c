import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadCatalogue } from '../hub-server/src/infra/content.ts';
import { loadFlows } from '../hub-server/src/features/flows/load.ts';
import { loadFloorPlan } from '../hub-server/src/features/wayfinding/plan.ts';
import { placesOf } from '../hub-server/src/features/wayfinding/places.ts';

/** content/floor-plan.json against the service catalogue and the "where is it" flow. */

const dir = fileURLToPath(new URL('.', import.meta.url));
const catalogue = loadCatalogue(dir);
const plan = loadFloorPlan(dir, catalogue);
const where = loadFlows(dir, catalogue).find((f) => f.definition.id === 'where')!.definition;

test('every function handled at a window or in a room has "where is it" on its page, and no other does', () => {
  const placed = catalogue.services.filter((s) => s.id !== '1.1.3' && placesOf(plan, catalogue, s.id)).map((s) => s.id);
  assert.equal([...where.functions].sort(), [...placed].sort());
  for (const s of catalogue.services.filter((x) => x.queue)) assert.ok(where.functions.includes(s.id), `${s.id} has a window`);
});

test('each window a function is sent to is drawn on the plan, on a floor with a way there', () => {
  for (const s of catalogue.services) {
    const places = placesOf(plan, catalogue, s.id);
    if (!places) continue;
    for (const c of places.counters) assert.ok(plan.counter(c), `${s.id}: ${c}`);
    for (const a of places.areas) assert.ok(plan.area(a), `${s.id}: ${a}`);
    assert.ok(places.floors.length > 0);
  }
});

test.run();
