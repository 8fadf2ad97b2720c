import type { LocalizedText } from '../../contract/index.ts';
import type { FloorPlan, PlanEdge } from './plan.ts';

export interface Walk {
  /** Waypoints from start to end, each with the edge that led to it (null for the start). */
  stops: Array<{ node: string; via: PlanEdge | null }>;
  metres: number;
}

/**
 * The shortest walk between two waypoints (Dijkstra; the plan has a few dozen waypoints, so a linear scan for
 * the nearest open node is plenty). Step-free walks never take stairs. null when nothing connects them.
 */
export function shortestWalk(plan: Pick<FloorPlan, 'edges'>, from: string, to: string, stepFree: boolean): Walk | null {
  const dist = new Map<string, number>([[from, 0]]);
  const prev = new Map<string, { node: string; via: PlanEdge }>();
  const open = new Set([from]);
  const done = new Set<string>();
  while (open.size) {
    let here = '';
    for (const n of open) if (!here || dist.get(n)! < dist.get(here)!) here = n;
    open.delete(here);
    if (here === to) break;
    done.add(here);
    for (const e of plan.edges.get(here) ?? []) {
      if (done.has(e.to) || (stepFree && e.link?.kind === 'stairs')) continue;
      const d = dist.get(here)! + e.metres;
      if (d < (dist.get(e.to) ?? Infinity)) {
        dist.set(e.to, d);
        prev.set(e.to, { node: here, via: e });
        open.add(e.to);
      }
    }
  }
  if (!dist.has(to)) return null;
  const stops: Walk['stops'] = [{ node: to, via: prev.get(to)?.via ?? null }];
  for (let n = to; prev.has(n); n = prev.get(n)!.node) {
    const p = prev.get(n)!.node;
    stops.unshift({ node: p, via: prev.get(p)?.via ?? null });
  }
  return { stops, metres: Math.round(dist.get(to)!) };
}

/** A walk cut where it changes floor: one polyline per floor, in order. */
export function legsOf(plan: Pick<FloorPlan, 'nodes'>, walk: Walk): Array<{ floor: string; points: Array<[number, number]> }> {
  const legs: Array<{ floor: string; points: Array<[number, number]> }> = [];
  for (const { node } of walk.stops) {
    const n = plan.nodes.get(node)!;
    const last = legs.at(-1);
    if (last && last.floor === n.floor) last.points.push([n.x, n.y]);
    else legs.push({ floor: n.floor, points: [[n.x, n.y]] });
  }
  // A floor only passed through in a lift is a single point: nothing to draw there.
  return legs.filter((l) => l.points.length >= 2);
}

/**
 * The walk in words, the way staff at the front desk say it: start here, follow the line to the lift or the
 * stairs, ride to the floor, follow the line to the destination. Turn-by-turn left and right is left to the
 * drawn line, which a visitor can hold up against the hall.
 */
export function stepsOf(plan: Pick<FloorPlan, 'nodes' | 'floor'>, walk: Walk, target: LocalizedText, linkLabel: (id: string) => LocalizedText): LocalizedText[] {
  const steps: LocalizedText[] = [];
  const rides = walk.stops.filter((s) => s.via?.link);
  if (!rides.length) {
    steps.push({ zh: `从自助机出发，沿地图上的蓝线走到${target.zh}`, en: `From this kiosk, follow the blue line on the map to ${target.en}` });
  } else {
    let i = 0;
    while (i < walk.stops.length) {
      const s = walk.stops[i]!;
      if (!s.via?.link) {
        i++;
        continue;
      }
      // Consecutive link edges are one ride (the lift passes floors): the ride ends at the last of them.
      let j = i;
      while (walk.stops[j + 1]?.via?.link?.id === s.via.link.id) j++;
      const link = linkLabel(s.via.link.id);
      const floor = plan.floor(plan.nodes.get(walk.stops[j]!.node)!.floor)!.label;
      steps.push(steps.length === 0
        ? { zh: `从自助机出发，沿蓝线走到${link.zh}`, en: `From this kiosk, follow the blue line to the ${link.en.toLowerCase()}` }
        : { zh: `沿蓝线走到${link.zh}`, en: `Follow the blue line to the ${link.en.toLowerCase()}` });
      steps.push(s.via.link.kind === 'lift'
        ? { zh: `乘电梯到${floor.zh}`, en: `Take the lift to the ${floor.en}` }
        : { zh: `走楼梯到${floor.zh}`, en: `Take the stairs to the ${floor.en}` });
      i = j + 1;
    }
    steps.push({ zh: `出来后沿蓝线走到${target.zh}`, en: `Then follow the blue line to ${target.en}` });
  }
  return steps;
}
