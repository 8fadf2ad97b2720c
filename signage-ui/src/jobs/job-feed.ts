import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { JobSearchResult, TodaysFairs, type FairDetail, type JobSummary } from '@jobhall/hub-server/contract';
import { api } from '@jobhall/ui-kit';

/** 60 s: a newly approved vacancy reaches the lobby within a minute, and 100 screens make < 4 requests/s. */
const DEFAULT_REFRESH_S = 60;
/** The most GET /api/jobs hands out at once: the board shows the newest this many. */
export const BOARD_JOBS = 50;

/** `?jobsRefresh=N` (seconds, 2–600) for a screen that should follow faster or slower; tests use 2. */
export function refreshMs(search: string): number {
  const n = Number(new URLSearchParams(search).get('jobsRefresh'));
  return (Number.isFinite(n) && n >= 2 && n <= 600 ? n : DEFAULT_REFRESH_S) * 1000;
}

/**
 * The published vacancies (newest first) and today's fairs, polled from the hub's public read endpoints. There is
 * no MQTT topic for them; polling keeps the topic map unchanged and costs two small requests a minute. A failed
 * poll keeps what the screen shows: a lobby screen should not go blank because the hub restarted.
 */
export class JobFeedController implements ReactiveController {
  jobs: JobSummary[] = [];
  total = 0;
  fairs: FairDetail[] = [];
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly abort = new Set<AbortController>();

  constructor(private readonly host: ReactiveControllerHost, private readonly everyMs: number) {
    host.addController(this);
  }

  hostConnected(): void {
    void this.poll();
    this.timer = setInterval(() => void this.poll(), this.everyMs);
  }

  hostDisconnected(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    for (const a of this.abort) a.abort();
  }

  private async poll(): Promise<void> {
    const a = new AbortController();
    this.abort.add(a);
    const [jobs, fairs] = await Promise.allSettled([
      api(`/api/jobs?sort=newest&limit=${BOARD_JOBS}`, JobSearchResult, { signal: a.signal }),
      api('/api/fairs/today', TodaysFairs, { signal: a.signal }),
    ]);
    this.abort.delete(a);
    if (a.signal.aborted) return;
    if (jobs.status === 'fulfilled') {
      this.jobs = jobs.value.items;
      this.total = jobs.value.total;
    }
    if (fairs.status === 'fulfilled') this.fairs = fairs.value.fairs;
    this.host.requestUpdate();
  }
}
