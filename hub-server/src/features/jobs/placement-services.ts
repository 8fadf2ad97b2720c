import crypto from 'node:crypto';
import type { HubContext } from '../../infra/context.ts';
import { JobSearch } from './search.ts';
import { INDEX_FORMAT, SearchIndex } from './search-index.ts';
import { seedVacanciesOnce } from './seed.ts';
import { VacancyImports } from './imports.ts';
import { VacancyService } from './vacancies.ts';
import { VacancyColumns } from './vacancy-columns.ts';
import { VacancyView } from './vacancy-view.ts';
import { VisitorSessions } from './visitor-sessions.ts';
import { loadVocabulary, type Vocabulary } from './vocabulary.ts';
import { IdentityVault } from '../seekers/identity-vault.ts';
import { SeekerService } from '../seekers/seekers.ts';
import { Matcher } from '../matching/matcher.ts';
import { ReferralService } from '../referrals/referrals.ts';
import { EmployerService } from '../employers/employers.ts';
import { FairService } from '../events/fairs.ts';
import { seedFairsOnce } from '../events/seed.ts';
import { ComplaintService } from '../complaints/complaints.ts';

/** The services of job placement, built once per hub and handed to each capability's routes. */
export interface Placement {
  hub: HubContext;
  log: HubContext['log'];
  vocab: Vocabulary;
  view: VacancyView;
  index: SearchIndex;
  vacancies: VacancyService;
  search: JobSearch;
  sessions: VisitorSessions;
  vault: IdentityVault;
  seekers: SeekerService;
  employers: EmployerService;
  columns: VacancyColumns;
  matcher: Matcher;
  referrals: ReferralService;
  imports: VacancyImports;
  fairs: FairService;
  complaints: ComplaintService;
}

/**
 * The index holds occupation names and synonyms with each vacancy, so a changed vocabulary (or document format)
 * means a rebuild. A fingerprint of what the index was built from is kept in meta.
 */
function reindexIfVocabularyChanged(p: Pick<Placement, 'hub' | 'vocab' | 'index' | 'vacancies' | 'log'>): void {
  const { db } = p.hub;
  const fingerprint = crypto.createHash('sha256').update(JSON.stringify([INDEX_FORMAT, p.vocab.occupations, p.vocab.districts, p.vocab.certificates])).digest('hex');
  const row = db.prepare(`SELECT value FROM meta WHERE key = 'jobs:index-vocabulary'`).get() as { value: string } | undefined;
  if (row?.value === fingerprint) return;
  db.transaction(() => {
    const n = p.index.rebuild(p.vacancies.store.approved());
    db.prepare(`INSERT INTO meta (key, value) VALUES ('jobs:index-vocabulary', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(fingerprint);
    if (row) p.log.info({ vacancies: n }, 'search index rebuilt for a changed vocabulary or index format');
  })();
}

/**
 * The in-memory pool of approved vacancies, loaded once and then kept in step by the lifecycle (published →
 * upsert, unpublished → remove) right after each commit, so search filters and matching see an approval at once.
 */
function openPool(vocab: Vocabulary, vacancies: VacancyService): VacancyColumns {
  const columns = new VacancyColumns(vocab);
  for (const row of vacancies.store.approvedForPool()) columns.upsert(row);
  vacancies.on('published', (row) => columns.upsert(row));
  vacancies.on('unpublished', (id) => columns.remove(id));
  return columns;
}

export function createPlacement(hub: HubContext): Placement {
  const vocab = loadVocabulary(hub.config.contentDir);
  const view = new VacancyView(vocab, hub.config.publicUrl);
  const index = new SearchIndex(hub.db, vocab);
  const tz = hub.catalogue.hall.timezone;
  const vacancies = new VacancyService(hub.db, vocab, index, hub.now, tz);
  const vault = IdentityVault.open(hub.config.dataDir);
  const placement: Omit<Placement, 'columns' | 'matcher' | 'search' | 'referrals' | 'imports' | 'fairs' | 'complaints'> = {
    hub, log: hub.log, vocab, view, index, vacancies, vault,
    seekers: new SeekerService(hub.db, vocab, vault, hub.now),
    employers: new EmployerService(hub.db, vocab, hub.now, tz),
    sessions: new VisitorSessions(hub.db, hub.now),
  };
  reindexIfVocabularyChanged(placement);
  seedVacanciesOnce(placement);
  const columns = openPool(vocab, vacancies);
  const matcher = new Matcher(vocab, columns, vacancies.store, view);
  const search = new JobSearch(hub.db, vocab, view, columns, vacancies.store);
  const fairs = new FairService(hub.db, placement.employers, search, hub.now, tz);
  seedFairsOnce(hub.db, hub.config.contentDir, fairs, hub.now(), tz);
  return {
    ...placement, columns, matcher, search, fairs,
    referrals: new ReferralService(hub, placement.seekers, vacancies.store, view, matcher, vocab.policy.referralReminderDays),
    imports: new VacancyImports(hub.db, vocab, vacancies, hub.now),
    complaints: new ComplaintService(hub, vocab, vault),
  };
}
