import type { FloorPlanView, RouteView, ServicePlaces } from '../../contract/index.ts';
import type { Catalogue } from '../../infra/content.ts';
import { fieldError } from '../../infra/errors.ts';
import type { FloorPlan } from './plan.ts';
import { legsOf, shortestWalk, stepsOf, type Walk } from './route.ts';

/** Where a function is handled: the windows of its queue line and the areas that list it; null for nowhere. */
export function placesOf(plan: FloorPlan, catalogue: Catalogue, serviceId: string): ServicePlaces | null {
  const service = catalogue.service(serviceId);
  if (!service) return null;
  const counters = service.queue ? catalogue.queue(service.queue)!.counters : [];
  const areas = plan.file.floors.flatMap((f) => f.areas.filter((a) => a.services.includes(serviceId)).map((a) => a.id));
  if (!counters.length && !areas.length) return null;
  const floors = new Set([...counters.map((c) => plan.counter(c)!.floor.id), ...areas.map((a) => plan.area(a)!.floor.id)]);
  return { serviceId, counters, areas, floors: plan.file.floors.map((f) => f.id).filter((f) => floors.has(f)) };
}

/** The plan as kiosks and screens draw it: each window with its number and name from hall.json. */
export function planView(plan: FloorPlan, catalogue: Catalogue): FloorPlanView {
  return {
    floors: plan.file.floors.map((f) => ({
      ...f,
      windows: f.windows.map((w) => {
        const c = catalogue.counter(w.counter)!;
        return { ...w, window: c.window, name: c.name };
      }),
    })),
    links: plan.file.links,
  };
}

interface Target {
  kind: 'counter' | 'area';
  id: string;
  node: string;
  floor: string;
  label: RouteView['to']['label'];
}

function targetsOf(plan: FloorPlan, catalogue: Catalogue, to: string): Target[] {
  const [kind, id] = to.split(/:(.*)/s) as [string, string];
  const counter = (cid: string): Target => {
    const c = catalogue.counter(cid)!;
    const at = plan.counter(cid)!;
    return { kind: 'counter', id: cid, node: at.node, floor: at.floor.id, label: { zh: `${at.floor.label.zh} ${c.name.zh}`, en: `${c.name.en}, ${at.floor.label.en}` } };
  };
  const area = (aid: string): Target => {
    const { area: a, floor } = plan.area(aid)!;
    return { kind: 'area', id: aid, node: a.node, floor: floor.id, label: { zh: `${floor.label.zh}${a.label.zh}`, en: `${a.label.en}, ${floor.label.en}` } };
  };
  if (kind === 'counter') {
    if (!plan.counter(id)) throw fieldError(404, 'query.to', `no counter "${id}" on the plan`);
    return [counter(id)];
  }
  if (kind === 'area') {
    if (!plan.area(id)) throw fieldError(404, 'query.to', `no area "${id}" on the plan`);
    return [area(id)];
  }
  const places = placesOf(plan, catalogue, id);
  if (!places) throw fieldError(404, 'query.to', `function ${id} has no window or area on the plan`);
  return [...places.counters.map(counter), ...places.areas.map(area)];
}

/** The walk from a kiosk to a window, an area, or the nearest place a function is handled. */
export function routeFrom(plan: FloorPlan, catalogue: Catalogue, q: { from: string; to: string; stepFree: boolean }): RouteView {
  const start = plan.kiosk(q.from);
  if (!start) throw fieldError(404, 'query.from', `no kiosk "${q.from}" on the plan`);
  let best: { target: Target; walk: Walk } | null = null;
  for (const target of targetsOf(plan, catalogue, q.to)) {
    const walk = shortestWalk(plan, start.node, target.node, q.stepFree);
    if (walk && (!best || walk.metres < best.walk.metres)) best = { target, walk };
  }
  if (!best) throw fieldError(422, 'query.stepFree', 'no step-free way there on the plan');
  const links = new Map(plan.file.links.map((l) => [l.id, l.label]));
  const { target, walk } = best;
  const legs = legsOf(plan, walk);
  return {
    from: q.from, stepFree: q.stepFree, metres: walk.metres,
    to: { kind: target.kind, id: target.id, label: target.label, floor: target.floor },
    // Standing at the place already still draws a dot's worth of line, so the screen shows where.
    legs: legs.length ? legs : [{ floor: target.floor, points: [[plan.nodes.get(target.node)!.x, plan.nodes.get(target.node)!.y], [plan.nodes.get(target.node)!.x, plan.nodes.get(target.node)!.y]] }],
    steps: stepsOf(plan, walk, target.label, (id) => links.get(id)!),
  };
}
