import { CounterActionResult } from '@jobhall/hub-server/contract';
import { startTestHall } from '../../e2e/hall.ts';
import { idNumberFor } from '../../e2e/durability/writers.ts';
import { Tally, renderHours, type HourRow } from './hall-load.ts';

export interface SoakOptions {
  /** Simulated hall hours. */
  hours: number;
  /** Wall-clock minutes they are compressed into (the hall clock runs hours×60/minutes times faster). */
  minutes: number;
  /** Tickets per simulated hour in opening hours (a busy city hall: 150–250). */
  ticketsPerHour?: number;
  log?: (line: string) => void;
}

export interface SoakResult {
  rows: HourRow[];
  errors: number;
  errorSamples: string[];
  /** Heap from the end of the second simulated hour (caches warm, the day's first visitors served) to the end, in per cent. */
  heapGrowthPct: number;
  /** Heap over the second half of the run: what a slow leak would show. */
  heapGrowthSecondHalfPct: number;
  rssGrowthPct: number;
  p95: number;
  tickets: number;
  table: string;
}

// 08:00 in Shanghai on a weekday: the simulated day starts as the hall opens.
const SIM_START = Date.parse('2026-12-08T00:00:00Z');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mb = (bytes: number) => bytes / 1048576;

/**
 * A simulated hall on loopback: the real hub (HTTP on a port, its embedded broker), the printer, call-screen,
 * SMS and card-reader agents, kiosks taking tickets and registering, counters calling, lobby screens polling,
 * all on a fast hall clock. Each simulated hour gives a row: requests, refusals, errors, latency, heap and RSS
 * (after a forced GC when node runs with --expose-gc). Stops by itself after `minutes`.
 */
export async function soak(o: SoakOptions): Promise<SoakResult> {
  const speed = (o.hours * 3600) / (o.minutes * 60);
  // The hall clock stands at opening time until the hall is up and the clerks are in; then it runs.
  let t0 = Number.POSITIVE_INFINITY;
  const simNow = () => SIM_START + Math.max(0, performance.now() - t0) * speed;
  // Every kiosk, counter and screen of the simulation calls from 127.0.0.1: the per-client limit meant for one
  // kiosk would refuse the whole hall.
  const hall = await startTestHall('embedded', { listen: true, now: () => new Date(simNow()), env: { RATE_LIMIT_PER_MINUTE: '0' } });
  const tally = new Tally(hall.hub.baseUrl);
  const log = o.log ?? (() => {});
  const rows: HourRow[] = [];
  let stop = false;
  let tickets = 0;
  let printed = 0;
  try {
    const { app } = hall.hub;
    const { catalogue } = app.hub;
    const services = catalogue.services.filter((s) => s.queue).map((s) => s.id);
    const vocab = (await (await tally.call('GET', '/api/jobs/vocabulary'))!.json()) as { districts: Array<{ code: string }>; occupations: Array<{ code: string }> };
    const staff = await hall.hub.login();
    // One clerk per counter (a counter is one person's), signed in for the day.
    const clerks = new Map<string, Record<string, string>>();
    for (const c of catalogue.hall.counters) {
      await app.staff.addStaff(`soak-${c.id}`, c.id, ['counter-staff'], 'soak-password-1', new Date(simNow()));
      const headers = await hall.hub.login(`soak-${c.id}`, 'soak-password-1');
      clerks.set(c.id, headers);
      await tally.call('POST', `/api/counters/${c.id}/sign-in`, undefined, headers);
    }
    t0 = performance.now();
    const wallMsPerSimMinute = 60_000 / speed;
    /** Runs `act` every `simMinutes` of hall time (at least every 5 ms of wall time) until the soak stops. */
    const every = async (simMinutes: number, act: (i: number) => Promise<unknown>) => {
      for (let i = 0; !stop; i++) {
        const next = performance.now() + Math.max(5, simMinutes * wallMsPerSimMinute);
        await act(i);
        await sleep(Math.max(0, next - performance.now()));
      }
    };
    const perHour = o.ticketsPerHour ?? 200;
    const loops = [
      // Eight kiosks share the arrivals.
      ...Array.from({ length: 8 }, (_, k) => every((60 * 8) / perHour, async (i) => {
        const res = await tally.call('POST', '/api/tickets', { serviceId: services[(k * 7 + i) % services.length] });
        if (res?.status === 201) tickets++;
      })),
      // A registration every few minutes, a job search every minute.
      every(4, async (i) => tally.call('POST', '/api/seekers', {
        idNumber: idNumberFor(50 + (i % 40), i), name: '浸泡测试', phone: `135${String(i).padStart(8, '0')}`,
        district: vocab.districts[i % vocab.districts.length]!.code, wantedOccupations: [vocab.occupations[i % vocab.occupations.length]!.code], consentToRecommend: true,
      })),
      every(1, async (i) => tally.call('GET', `/api/jobs?district=${vocab.districts[i % vocab.districts.length]!.code}`)),
      // Counters: finish the visit and call the next, every 6 simulated minutes each.
      ...[...clerks].map(([id, headers]) => every(6, async () => {
        const res = await tally.call('POST', `/api/counters/${id}/call-next`, undefined, headers);
        if (res?.ok) CounterActionResult.parse(await res.json());
      })),
      // Lobby screens and the admin dashboard poll.
      every(0.5, async () => tally.call('GET', '/api/queue/now-calling')),
      every(2, async () => tally.call('GET', '/api/notices/current')),
      every(5, async () => tally.call('GET', '/api/health')),
      every(10, async () => tally.call('GET', '/api/queues', undefined, staff)),
    ];
    for (let hour = 1; hour <= o.hours; hour++) {
      const until = t0 + (hour * 3600 * 1000) / speed;
      await sleep(Math.max(0, until - performance.now()));
      (globalThis as { gc?: () => void }).gc?.();
      const mem = process.memoryUsage();
      const clock = new Date(simNow()).toLocaleString('zh-CN', { timeZone: catalogue.hall.timezone, hour12: false }).slice(-8, -3);
      // The simulated paper is the load's, not the hub's: counted and let go, so it does not read as the hub's growth.
      const paper = hall.paper.emulator.printed;
      printed += paper.length;
      paper.length = 0;
      const row: HourRow = { hour, clock, ...tally.take(), heapMb: mb(mem.heapUsed), rssMb: mb(mem.rss), printed };
      rows.push(row);
      log(`hour ${hour}: ${row.requests} requests, ${row.errors} errors, p95 ${row.p95.toFixed(1)} ms, heap ${row.heapMb.toFixed(1)} MB`);
    }
    stop = true;
    await Promise.all(loops);
  } finally {
    stop = true;
    await hall.close();
  }
  const warm = rows[Math.min(1, rows.length - 1)]!;
  const middle = rows[Math.floor((rows.length - 1) / 2)]!;
  const last = rows.at(-1)!;
  return {
    rows, errors: rows.reduce((n, r) => n + r.errors, 0), errorSamples: tally.samples,
    heapGrowthPct: ((last.heapMb - warm.heapMb) / warm.heapMb) * 100,
    heapGrowthSecondHalfPct: ((last.heapMb - middle.heapMb) / middle.heapMb) * 100,
    rssGrowthPct: ((last.rssMb - warm.rssMb) / warm.rssMb) * 100,
    p95: Math.max(...rows.map((r) => r.p95)), tickets, table: renderHours(rows),
  };
}
