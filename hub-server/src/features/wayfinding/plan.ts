import path from 'node:path';
import { FloorPlanFile, type Floor, type FloorArea } from '../../contract/index.ts';
import { ContentError, readContentFile, type Catalogue } from '../../infra/content.ts';

/** A waypoint with the floor it is on. */
export interface PlanNode {
  id: string;
  floor: string;
  x: number;
  y: number;
}

/** A walkable step between two waypoints; `link` names the lift or stairs it rides. */
export interface PlanEdge {
  to: string;
  metres: number;
  link: { id: string; kind: 'lift' | 'stairs' } | null;
}

/** The plan as the hub uses it: checked, indexed, with its walking graph. */
export interface FloorPlan {
  file: FloorPlanFile;
  nodes: ReadonlyMap<string, PlanNode>;
  edges: ReadonlyMap<string, readonly PlanEdge[]>;
  floor(id: string): Floor | undefined;
  area(id: string): { area: FloorArea; floor: Floor } | undefined;
  /** The floor and waypoint of a counter's window, of a kiosk. */
  counter(id: string): { floor: Floor; node: string } | undefined;
  kiosk(id: string): { floor: Floor; node: string } | undefined;
}

/**
 * Reads content/floor-plan.json and checks it against the hall: every counter of hall.json has its window on
 * the plan and every window is a counter, kiosks exist, areas name real functions, every waypoint a path or an
 * area names exists, and every waypoint can reach every other one. A broken plan stops start-up.
 */
export function loadFloorPlan(contentDir: string, catalogue: Catalogue): FloorPlan {
  const file = readContentFile(contentDir, 'floor-plan.json', FloorPlanFile);
  const where = path.join(contentDir, 'floor-plan.json');
  const fail = (at: string, message: string) => new ContentError(`${where}: ${at}: ${message}`);

  const nodes = new Map<string, PlanNode>();
  const ids = new Set<string>();
  const unique = (id: string, at: string) => {
    if (ids.has(id)) throw fail(at, `"${id}" appears twice`);
    ids.add(id);
  };
  file.floors.forEach((f, i) => {
    unique(f.id, `floors.${i}.id`);
    f.nodes.forEach((n, j) => {
      if (nodes.has(n.id)) throw fail(`floors.${i}.nodes.${j}.id`, `waypoint "${n.id}" appears twice`);
      if (n.x > f.width || n.y > f.height) throw fail(`floors.${i}.nodes.${j}`, `"${n.id}" lies outside the floor`);
      nodes.set(n.id, { id: n.id, floor: f.id, x: n.x, y: n.y });
    });
  });
  const onFloor = (floor: Floor, node: string, at: string) => {
    if (nodes.get(node)?.floor !== floor.id) throw fail(at, `no waypoint "${node}" on ${floor.id}`);
  };

  const counters = new Map<string, { floor: Floor; node: string }>();
  const kiosks = new Map<string, { floor: Floor; node: string }>();
  const areas = new Map<string, { area: FloorArea; floor: Floor }>();
  file.floors.forEach((f, i) => {
    f.areas.forEach((a, j) => {
      unique(a.id, `floors.${i}.areas.${j}.id`);
      onFloor(f, a.node, `floors.${i}.areas.${j}.node`);
      if (a.rect.x + a.rect.w > f.width || a.rect.y + a.rect.h > f.height) throw fail(`floors.${i}.areas.${j}.rect`, 'lies outside the floor');
      a.services.forEach((s, k) => {
        if (!catalogue.service(s)) throw fail(`floors.${i}.areas.${j}.services.${k}`, `no service function ${s}`);
      });
      areas.set(a.id, { area: a, floor: f });
    });
    f.windows.forEach((w, j) => {
      if (!catalogue.counter(w.counter)) throw fail(`floors.${i}.windows.${j}.counter`, `no counter "${w.counter}" in hall.json`);
      if (counters.has(w.counter)) throw fail(`floors.${i}.windows.${j}.counter`, `"${w.counter}" is drawn twice`);
      onFloor(f, w.node, `floors.${i}.windows.${j}.node`);
      counters.set(w.counter, { floor: f, node: w.node });
    });
    f.kiosks.forEach((k, j) => {
      if (!catalogue.kiosk(k.kiosk)) throw fail(`floors.${i}.kiosks.${j}.kiosk`, `no kiosk "${k.kiosk}" in hall.json`);
      onFloor(f, k.node, `floors.${i}.kiosks.${j}.node`);
      kiosks.set(k.kiosk, { floor: f, node: k.node });
    });
  });
  catalogue.hall.counters.forEach((c) => {
    if (!counters.has(c.id)) throw fail('floors', `counter "${c.id}" (window ${c.window}) is not on the plan`);
  });
  catalogue.hall.kiosks.forEach((k) => {
    if (!kiosks.has(k.id)) throw fail('floors', `kiosk "${k.id}" is not on the plan`);
  });

  const edges = new Map<string, PlanEdge[]>([...nodes.keys()].map((id) => [id, []]));
  const join = (a: string, b: string, metres: number, link: PlanEdge['link']) => {
    edges.get(a)!.push({ to: b, metres, link });
    edges.get(b)!.push({ to: a, metres, link });
  };
  file.floors.forEach((f, i) => {
    f.paths.forEach(([a, b], j) => {
      onFloor(f, a, `floors.${i}.paths.${j}.0`);
      onFloor(f, b, `floors.${i}.paths.${j}.1`);
      const p = nodes.get(a)!;
      const q = nodes.get(b)!;
      join(a, b, Math.hypot(p.x - q.x, p.y - q.y), null);
    });
  });
  const levels = new Map(file.floors.map((f) => [f.id, f.level]));
  file.links.forEach((l, i) => {
    unique(l.id, `links.${i}.id`);
    const stops = l.nodes.map((n, j) => {
      const node = nodes.get(n);
      if (!node) throw fail(`links.${i}.nodes.${j}`, `no waypoint "${n}"`);
      return node;
    });
    if (new Set(stops.map((s) => s.floor)).size !== stops.length) throw fail(`links.${i}.nodes`, 'two stops on one floor');
    // A lift or staircase goes from each stop to every other: riding two floors costs twice one floor.
    stops.forEach((a, j) => stops.slice(j + 1).forEach((b) => {
      join(a.id, b.id, l.costPerFloor * Math.abs(levels.get(a.floor)! - levels.get(b.floor)!), { id: l.id, kind: l.kind });
    }));
  });

  const first = nodes.keys().next().value!;
  const reached = new Set([first]);
  const todo = [first];
  while (todo.length) for (const e of edges.get(todo.pop()!)!) if (!reached.has(e.to)) (reached.add(e.to), todo.push(e.to));
  const cut = [...nodes.keys()].find((n) => !reached.has(n));
  if (cut) throw fail('paths', `waypoint "${cut}" cannot be reached from "${first}"`);

  const floors = new Map(file.floors.map((f) => [f.id, f]));
  return {
    file, nodes, edges,
    floor: (id) => floors.get(id),
    area: (id) => areas.get(id),
    counter: (id) => counters.get(id),
    kiosk: (id) => kiosks.get(id),
  };
}
