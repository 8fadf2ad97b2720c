import { startTestHub } from '@jobhall/hub-server/testing';
import { CounterActionResult, Ticket } from '@jobhall/hub-server/contract';
import { percentile, type BenchRow } from './table.ts';

/** A seeded random source, so every run replays the same day. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const OPEN = Date.parse('2026-11-26T01:00:00Z'); // 09:00 in Shanghai
const CLOSE = OPEN + 8 * 3600_000;
const UTILISATION = 0.85;
/** Real visits take longer than the configured typical time; the estimate has to learn that. */
const ACTUAL_OVER_TYPICAL = 1.3;

/**
 * Replays a simulated day through the real hub with its clock moved event by event: Poisson arrivals per
 * line, lognormal visit times, every counter staffed. Each ticket's estimate at issue is compared with the
 * time it was actually called.
 */
export async function replayDay(seed = 20261126): Promise<BenchRow[]> {
  const random = rng(seed);
  let clock = OPEN;
  const hub = await startTestHub({ now: () => new Date(clock) });
  const { hall } = hub.app.hub.catalogue;
  const estimates = new Map<string, { estimate: number; naive: number; created: number }>();
  const errors: number[] = [];
  const naiveErrors: number[] = [];
  try {
    // One staff member per counter, signed in to the counter's lines.
    const staff = new Map<string, Record<string, string>>();
    for (const c of hall.counters) {
      await hub.app.staff.addStaff(`clerk-${c.id}`, c.id, ['counter-staff'], 'clerk-password-1', new Date(clock));
      const headers = await hub.login(`clerk-${c.id}`, 'clerk-password-1');
      staff.set(c.id, headers);
      await hub.app.inject({ method: 'POST', url: `/api/counters/${c.id}/sign-in`, headers });
    }
    const serviceOf = new Map(hub.app.hub.catalogue.services.filter((s) => s.queue).map((s) => [s.queue!, s.id]));
    const exp = (mean: number) => -Math.log(1 - random()) * mean;
    const lognormal = (mean: number) => {
      const sigma = 0.5;
      const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
      return mean * Math.exp(sigma * z - (sigma * sigma) / 2);
    };

    type Event = { at: number; kind: 'arrive'; line: string } | { at: number; kind: 'free'; counter: string };
    const events: Event[] = [];
    const push = (e: Event) => {
      events.push(e);
      events.sort((a, b) => a.at - b.at);
    };
    const busy = new Set<string>();
    for (const q of hall.queues) {
      const serviceMs = q.typicalServiceMinutes * ACTUAL_OVER_TYPICAL * 60_000;
      const gap = serviceMs / (q.counters.length * UTILISATION);
      for (let t = OPEN + exp(gap); t < CLOSE; t += exp(gap)) events.push({ at: t, kind: 'arrive', line: q.id });
    }
    events.sort((a, b) => a.at - b.at);

    const callAt = async (counterId: string) => {
      const res = await hub.app.inject({ method: 'POST', url: `/api/counters/${counterId}/call-next`, headers: staff.get(counterId)! });
      const { call } = CounterActionResult.parse(res.json());
      if (!call) {
        busy.delete(counterId);
        return;
      }
      busy.add(counterId);
      const e = estimates.get(call.ticketId);
      if (e) {
        const actual = (clock - e.created) / 60_000;
        errors.push(Math.abs(e.estimate - actual));
        naiveErrors.push(Math.abs(e.naive - actual));
      }
      const line = hall.queues.find((q) => q.id === call.queueId)!;
      push({ at: clock + lognormal(line.typicalServiceMinutes * ACTUAL_OVER_TYPICAL * 60_000), kind: 'free', counter: counterId });
    };

    while (events.length) {
      const e = events.shift()!;
      clock = e.at;
      if (e.kind === 'arrive') {
        const res = await hub.app.inject({ method: 'POST', url: '/api/tickets', payload: { serviceId: serviceOf.get(e.line) } });
        const t = Ticket.parse(res.json());
        const q = hall.queues.find((x) => x.id === e.line)!;
        // What halls usually print: people ahead × configured visit time ÷ counters, never corrected.
        const naive = Math.ceil((t.peopleAhead * q.typicalServiceMinutes) / q.counters.length);
        estimates.set(t.id, { estimate: t.estimatedWaitMinutes, naive, created: clock });
        const idle = hall.queues.find((q) => q.id === e.line)!.counters.find((c) => !busy.has(c));
        if (idle) await callAt(idle);
      } else {
        await callAt(e.counter);
      }
    }
  } finally {
    await hub.close();
  }
  const within = errors.filter((x) => x <= 5).length / errors.length;
  const naiveWithin = naiveErrors.filter((x) => x <= 5).length / naiveErrors.length;
  return [
    { area: 'queue', name: 'estimate within 5 min (replayed day)', value: within * 100, unit: '%', target: '≥ 80 % (research T6)', ok: within >= 0.8, note: `${errors.length} tickets, visits 30 % longer than configured` },
    { area: 'queue', name: 'estimate error p50', value: percentile(errors, 50), unit: 'min' },
    { area: 'queue', name: 'estimate error p90', value: percentile(errors, 90), unit: 'min' },
    { area: 'queue', name: 'naive estimate within 5 min (for comparison)', value: naiveWithin * 100, unit: '%', note: 'people ahead × configured time ÷ counters' },
  ];
}
