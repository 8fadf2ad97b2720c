import crypto from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { z } from 'zod';
import type { CreateVacancyBody, Finding, JobSummary } from '../../contract/index.ts';
import importRoutes from './import-routes.ts';
import { VacancyImports } from './imports.ts';
import { JobSearch } from './search.ts';
import { INDEX_FORMAT, SearchIndex } from './search-index.ts';
import searchRoutes from './search-routes.ts';
import { seedVacanciesOnce } from './seed.ts';
import { VacancyService, type FairCheck } from './vacancies.ts';
import { VacancyColumns } from './vacancy-columns.ts';
import vacancyRoutes from './vacancy-routes.ts';
import type { VacancyRow } from './vacancy-store.ts';
import { VacancyView } from './vacancy-view.ts';

/** Hourly is enough: closing days are whole days. */
const EXPIRY_SWEEP_MS = 60 * 60 * 1000;

/** What other capabilities may ask of vacancies. */
export interface Vacancies {
  /** A vacancy in any state; a 404 naming params.id when there is none. */
  get(id: number): VacancyRow;
  /** A vacancy in any state, or undefined. */
  find(id: number): VacancyRow | undefined;
  byEmployer(employerId: string): VacancyRow[];
  /** Vacancies first published between two instants, as list items (the employment bulletin counts them). */
  publishedBetween(fromIso: string, toIso: string): JobSummary[];
  /** The wording checker's findings on any of the fields (an entrusted request's note, too). */
  findings(body: Partial<z.input<typeof CreateVacancyBody>>): Finding[];
  /** Rows as the API shows them: list item, public page, QR address. */
  view: VacancyView;
  search: JobSearch['search'];
  /** The approved vacancies as columns, kept in step with every approval: what matching scans. */
  pool: VacancyColumns;
  /** The fairs capability says which fairs take vacancies. */
  acceptFairs(check: FairCheck): void;
}

declare module 'fastify' {
  interface FastifyInstance {
    vacancies: Vacancies;
  }
}

/**
 * The search index holds occupation names and synonyms with each vacancy, so a changed vocabulary (or document
 * format) means a rebuild. A fingerprint of what the index was built from is kept in meta.
 */
function reindexIfVocabularyChanged(app: FastifyInstance, index: SearchIndex, service: VacancyService): void {
  const { db, log } = app.hub;
  const vocab = app.vocabulary;
  const fingerprint = crypto.createHash('sha256').update(JSON.stringify([INDEX_FORMAT, vocab.occupations, vocab.districts, vocab.certificates])).digest('hex');
  const row = db.prepare(`SELECT value FROM meta WHERE key = 'jobs:index-vocabulary'`).get() as { value: string } | undefined;
  if (row?.value === fingerprint) return;
  db.transaction(() => {
    const n = index.rebuild(service.store.approved());
    db.prepare(`INSERT INTO meta (key, value) VALUES ('jobs:index-vocabulary', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(fingerprint);
    if (row) log.info({ vacancies: n }, 'search index rebuilt for a changed vocabulary or index format');
  })();
}

/**
 * Vacancies (招聘登记, 职位检索): registration with the wording checker, staff review, search, bulk import. The
 * in-memory pool of approved vacancies is loaded once and then kept in step by the vacancy.* domain events
 * right after each commit, so search filters and matching see an approval at once.
 */
async function vacancies(app: FastifyInstance) {
  const { db, config, catalogue, events, log, now } = app.hub;
  const vocab = app.vocabulary;
  const view = new VacancyView(vocab, config.publicUrl);
  const index = new SearchIndex(db, vocab);
  const service = new VacancyService(db, vocab, index, now, catalogue.hall.timezone, events);
  reindexIfVocabularyChanged(app, index, service);
  seedVacanciesOnce(app.hub, service);
  const pool = new VacancyColumns(vocab);
  for (const row of service.store.approvedForPool()) pool.upsert(row);
  const off = [
    events.on('vacancy.approved', ({ vacancyId }) => {
      const row = service.store.get(vacancyId);
      if (row?.status === 'approved') pool.upsert(row);
    }),
    events.on('vacancy.unpublished', ({ vacancyId }) => pool.remove(vacancyId)),
  ];
  const search = new JobSearch(db, vocab, view, pool, service.store, catalogue.hall.timezone);
  const imports = new VacancyImports(db, vocab, service, now);
  app.decorate('vacancies', {
    get: (id) => service.get(id),
    find: (id) => service.store.get(id),
    byEmployer: (employerId) => service.store.byEmployer(employerId),
    publishedBetween: (from, to) => service.store.publishedBetween(from, to).map((r) => view.summary(r)),
    findings: (body) => service.findings(body),
    view,
    search: (q, at) => search.search(q, at),
    pool,
    acceptFairs: (check) => service.acceptFairs(check),
  } satisfies Vacancies);

  const sweep = () => {
    try {
      const n = service.expireDue();
      if (n) log.info({ expired: n }, 'vacancies past their closing day expired');
    } catch (err) {
      log.warn({ err: (err as Error).message }, 'vacancy expiry sweep failed');
    }
  };
  sweep();
  const timer = setInterval(sweep, EXPIRY_SWEEP_MS);
  timer.unref();
  app.addHook('onClose', async () => {
    clearInterval(timer);
    for (const o of off) o();
  });

  await app.register(vacancyRoutes, { service });
  await app.register(searchRoutes, { search, service });
  await app.register(importRoutes, { imports });
}

export default fp(vacancies, { name: 'vacancies', dependencies: ['hub', 'staff', 'vocabulary', 'visitors', 'employers', 'printing', 'services'] });
