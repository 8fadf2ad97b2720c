import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { RetentionFile, type RetentionKind } from '../../contract/index.ts';
import { readContentFile } from '../../infra/content.ts';
import { runPurges, type Purge, type Purged } from './schedule.ts';

/** What capabilities hand to retention: how to purge their own expired personal records. */
export interface RetentionApi {
  /** One purge per kind; the capability that owns the table writes its SQL. */
  register(kind: RetentionKind, purge: Purge): void;
  /** Every purge now (the schedule calls it; so may a drill or a test). */
  run(): Purged[];
}

declare module 'fastify' {
  interface FastifyInstance {
    retention: RetentionApi;
  }
}

/** How often the purge runs, besides once when the hub is ready: expiry is counted in days, so hourly is plenty. */
const EVERY_MS = 60 * 60 * 1000;

/**
 * Retention periods from content/retention.json and the scheduled purge. Registered right after staff, so every
 * capability holding personal data can register its purge; each run logs and audits (actor "system", action
 * "purge") every kind that removed something, with how many and the cut-off.
 */
async function retention(app: FastifyInstance) {
  const { periods } = readContentFile(app.hub.config.contentDir, 'retention.json', RetentionFile);
  const purges = new Map<RetentionKind, Purge>();
  const run = (): Purged[] => {
    const done = runPurges(periods, purges, app.hub.now());
    for (const p of done.filter((d) => d.removed > 0)) {
      app.log.info({ kind: p.kind, removed: p.removed, before: p.before }, 'retention purge');
      app.staff.audit({
        actor: 'system', action: 'purge', target: p.kind, status: 0, ip: null,
        detail: `removed ${p.removed} ${p.kind} record(s) last changed before ${p.before} (${periods[p.kind].days} days)`,
      });
    }
    return done;
  };
  app.decorate('retention', {
    register(kind, purge) {
      if (purges.has(kind)) throw new Error(`retention: a purge for ${kind} is already registered`);
      purges.set(kind, purge);
    },
    run,
  } satisfies RetentionApi);
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    run();
    timer = setInterval(() => {
      try {
        run();
      } catch (err) {
        app.log.error({ err: (err as Error).message }, 'retention purge failed');
      }
    }, EVERY_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => clearInterval(timer));
}

export default fp(retention, { name: 'retention', dependencies: ['hub', 'staff'] });
