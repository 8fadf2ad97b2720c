import fs from 'node:fs';
import path from 'node:path';
import type { PrintResult } from '@jobhall/hub-server/contract';

/** Enough to cover any redelivery window: a hall prints a few hundred tickets a day per kiosk. */
const KEEP = 2000;

/**
 * The results of finished jobs, kept on disk. QoS 1 may deliver a job twice and the hub re-sends open jobs
 * after a reconnect; a job id found here is answered with its stored result instead of being printed again.
 */
export class DoneJobs {
  private readonly results = new Map<string, PrintResult>();
  private readonly file: string | null;

  constructor(dir: string | null) {
    this.file = dir ? path.join(dir, 'done-jobs.json') : null;
  }

  /** Reads the results kept by the last run (the agent's start). */
  load(): void {
    if (this.file && fs.existsSync(this.file)) {
      try {
        for (const r of JSON.parse(fs.readFileSync(this.file, 'utf8')) as PrintResult[]) this.results.set(r.jobId, r);
      } catch {
        // A torn file after a power cut: start empty rather than refuse to print.
      }
    }
  }

  get(jobId: string): PrintResult | undefined {
    return this.results.get(jobId);
  }

  add(result: PrintResult): void {
    this.results.set(result.jobId, result);
    while (this.results.size > KEEP) this.results.delete(this.results.keys().next().value!);
    if (!this.file) return;
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify([...this.results.values()]));
    fs.renameSync(tmp, this.file); // atomic on POSIX: never a half-written file
  }
}
