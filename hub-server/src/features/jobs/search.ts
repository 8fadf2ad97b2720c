import type { Statement } from 'better-sqlite3';
import { serviceDay } from '../../infra/clock.ts';
import type { Db } from '../../infra/db.ts';
import {
  EmploymentType, PayPeriod, Programme, Shift, VacancyLabel, type JobSearchQuery, type JobSearchResult,
} from '../../contract/index.ts';
import { districtTag, queryTerm, queryWords } from './bigram.ts';
import { maskOf } from './labels.ts';
import { TopK } from './top-k.ts';
import { DAY_MS, FLAG_LODGING, FLAG_MEALS, type VacancyColumns } from './vacancy-columns.ts';
import type { VacancyStore } from './vacancy-store.ts';
import type { VacancyView } from './vacancy-view.ts';
import type { Vocabulary } from '../vocabulary/vocabulary.ts';

type FilterName = NonNullable<JobSearchResult['help']>['relaxed'][number]['filter'];
const FILTERS: FilterName[] = [
  'district', 'payMin', 'shift', 'avoidShift', 'meals', 'lodging', 'payPeriod', 'employmentType', 'label', 'programme', 'occupation', 'postedWithinDays',
];
const MAX_TERMS = 6;

interface Plan {
  /** The FTS5 MATCH expression, or null when no term is indexed (no query, or single characters only). */
  match: string | null;
  scans: string[];
  terms: JobSearchResult['terms'];
}

/** A query's filters turned into values the per-slot test compares directly. */
interface Criteria {
  today: number;
  fair: number;
  employer: number;
  districts: Uint8Array | null;
  payMin: number;
  shiftAny: number;
  avoid: number;
  flags: number;
  payPeriods: number;
  employment: number;
  labels: number;
  programme: number;
  occupations: Uint8Array | null;
  postedAfter: number;
}

/**
 * Vacancy search. The text part is FTS5 over CJK bigrams, ranked by BM25 (title 4:1 over body, the table's rank
 * set in migration 0012); single characters fall back to a substring scan. The filters run over the in-memory
 * pool of approved vacancies (the same columns matching scans) instead of joining every hit back to its SQL row:
 * measured on 100k, the join cost more than the full-text lookup itself. Only the page of results is read as rows.
 */
export class JobSearch {
  private readonly stmts: { ranked: Statement<unknown[]>; hits: Statement<unknown[]>; scan: Statement<unknown[]> };

  constructor(
    db: Db,
    private readonly vocab: Vocabulary,
    private readonly view: VacancyView,
    private readonly pool: VacancyColumns,
    private readonly store: VacancyStore,
    /** A vacancy is open through its closing day in the hall's time zone, not UTC's. */
    private readonly timeZone = 'Asia/Shanghai',
  ) {
    this.stmts = {
      ranked: db.prepare<unknown[]>('SELECT rowid FROM vacancy_fts WHERE vacancy_fts MATCH ? ORDER BY rank').pluck(),
      hits: db.prepare<unknown[]>('SELECT rowid FROM vacancy_fts WHERE vacancy_fts MATCH ?').pluck(),
      scan: db.prepare<unknown[]>(
        `SELECT id FROM vacancies WHERE status = 'approved' AND (instr(title, @q) > 0 OR instr(description, @q) > 0 OR instr(employer_name, @q) > 0)`,
      ).pluck(),
    };
  }

  /**
   * Words → FTS terms. A vacancy's body carries its occupation's name and every synonym, so 保姆 already finds
   * vacancies coded 家政服务员; a word that is a synonym is also widened with the occupation's name, for the
   * vacancies not yet coded that say 家政服务员 in their text.
   */
  plan(q: string | undefined): Plan {
    const words = queryWords(q ?? '').slice(0, MAX_TERMS);
    const parts: string[] = [];
    const scans: string[] = [];
    const terms: Plan['terms'] = [];
    for (const word of words) {
      const t = queryTerm(word);
      if (!t) continue;
      if (t.kind === 'scan') {
        scans.push(t.term);
        terms.push({ term: t.term, synonyms: [] });
        continue;
      }
      const occ = this.vocab.occupationForTerm(t.term);
      // A name that contains the word (保安 → 保安员) finds nothing the word alone does not.
      const name = occ && !occ.name.includes(t.term) ? queryTerm(occ.name) : null;
      parts.push(name?.kind === 'phrase' ? `(${t.fts} OR ${name.fts})` : t.fts);
      terms.push({ term: t.term, synonyms: occ ? [occ.name, ...occ.synonyms].filter((s) => s !== t.term) : [] });
    }
    return { match: parts.length ? parts.join(' AND ') : null, scans, terms };
  }

  private criteria(query: JobSearchQuery, now: Date): Criteria {
    const nd = this.vocab.districts.length;
    let districts: Uint8Array | null = null;
    if (query.district?.length) {
      districts = new Uint8Array(nd);
      for (const d of query.district) {
        const k = this.vocab.districtIndex(d);
        if (k >= 0) districts[k] = 1;
      }
    }
    let occupations: Uint8Array | null = null;
    if (query.occupation) {
      const prefix = query.occupation;
      occupations = new Uint8Array(this.vocab.occupations.map((o) => (o.code === prefix || o.code.startsWith(`${prefix}-`) ? 1 : 0)));
    }
    return {
      today: Math.floor(Date.parse(`${serviceDay(now, this.timeZone)}T00:00:00Z`) / DAY_MS),
      // An unknown fair or employer matches nothing (-2); none given means the general pool (-1).
      fair: query.fairId ? (this.pool.fairIds.get(query.fairId) ?? -2) : -1,
      employer: query.employerId ? (this.pool.employerIds.get(query.employerId) ?? -2) : -1,
      districts,
      payMin: query.payMin ?? 0,
      shiftAny: maskOf(Shift.options, query.shift ?? []),
      avoid: maskOf(Shift.options, query.avoidShift ?? []),
      flags: (query.meals ? FLAG_MEALS : 0) | (query.lodging ? FLAG_LODGING : 0),
      payPeriods: maskOf(PayPeriod.options, query.payPeriod ?? []),
      employment: maskOf(EmploymentType.options, query.employmentType ?? []),
      labels: maskOf(VacancyLabel.options, query.label ?? []),
      programme: query.programme ? Programme.options.indexOf(query.programme) : -1,
      occupations,
      postedAfter: query.postedWithinDays ? now.getTime() / DAY_MS - query.postedWithinDays : -Infinity,
    };
  }

  /** Whether pool slot `i` passes every filter, except `skip` (for "what if this filter were dropped"). */
  private passes(i: number, k: Criteria, skip: FilterName | null = null): boolean {
    const p = this.pool;
    if (!p.live[i] || p.closes[i]! < k.today) return false;
    if (k.fair === -1 ? p.fair[i]! >= 0 : p.fair[i] !== k.fair) return false;
    if (k.employer !== -1 && p.employer[i] !== k.employer) return false;
    if (k.districts && skip !== 'district' && !k.districts[p.district[i]!]) return false;
    if (k.payMin && skip !== 'payMin' && p.payMax[i]! < k.payMin) return false;
    if (k.shiftAny && skip !== 'shift' && (p.shiftMask[i]! & k.shiftAny) === 0) return false;
    if (k.avoid && skip !== 'avoidShift' && (p.shiftMask[i]! & k.avoid) !== 0) return false;
    if (k.flags) {
      const need = skip === 'meals' ? k.flags & ~FLAG_MEALS : skip === 'lodging' ? k.flags & ~FLAG_LODGING : k.flags;
      if ((p.flags[i]! & need) !== need) return false;
    }
    if (k.payPeriods && skip !== 'payPeriod' && (k.payPeriods & (1 << p.payPeriod[i]!)) === 0) return false;
    if (k.employment && skip !== 'employmentType' && (k.employment & (1 << p.employment[i]!)) === 0) return false;
    if (k.labels && skip !== 'label' && (p.labelMask[i]! & k.labels) === 0) return false;
    if (k.programme >= 0 && skip !== 'programme' && p.programme[i] !== k.programme) return false;
    if (k.occupations && skip !== 'occupation' && (p.occ[i]! < 0 || !k.occupations[p.occ[i]!])) return false;
    if (skip !== 'postedWithinDays' && p.posted[i]! < k.postedAfter) return false;
    return true;
  }

  /**
   * The pool slots the text part selects, in BM25 order when `ranked`; null means "no text condition" (every
   * slot). Vacancies whose slot is unknown (not in the pool) are not published and are left out.
   */
  private textHits(plan: Plan, ranked: boolean, query: JobSearchQuery): number[] | null {
    if (!plan.match && !plan.scans.length) return null;
    let ids: number[] | null = plan.match ? ((ranked ? this.stmts.ranked : this.stmts.hits).all(this.withTags(plan.match, query)) as number[]) : null;
    for (const s of plan.scans) {
      const scanned = this.stmts.scan.all({ q: s }) as number[];
      if (ids === null) ids = scanned;
      else {
        const keep = new Set(scanned);
        ids = ids.filter((id) => keep.has(id));
      }
    }
    const slots: number[] = [];
    for (const id of ids!) {
      const slot = this.pool.slotOf(id);
      if (slot !== undefined) slots.push(slot);
    }
    return slots;
  }

  /** The text condition narrowed by the district tag (see bigram.ts); the pool checks every filter after. */
  private withTags(match: string, query: JobSearchQuery): string {
    if (!query.district?.length) return match;
    return `${match} AND (${query.district.map((d) => `"${districtTag(d)}"`).join(' OR ')})`;
  }

  search(query: JobSearchQuery, now: Date): JobSearchResult {
    const plan = this.plan(query.q);
    const sort = query.sort ?? (plan.match ? 'relevance' : 'newest');
    const hits = this.textHits(plan, sort === 'relevance' && plan.match !== null, query);
    const k = this.criteria(query, now);
    const want = query.offset + query.limit;
    let total = 0;
    let page: number[];
    if (sort === 'relevance' && plan.match) {
      // Hits are already in BM25 order: keep the ones that pass, up to the page.
      page = [];
      for (const slot of hits!) {
        if (!this.passes(slot, k)) continue;
        if (total >= query.offset && total < want) page.push(slot);
        total++;
      }
    } else {
      const top = new TopK(want);
      const consider = (slot: number) => {
        if (!this.passes(slot, k)) return;
        total++;
        // Newest first, or best-paid first; the slot breaks ties so the order is stable across pages.
        top.offer(sort === 'pay' ? this.pool.payMax[slot]! * 1e7 + slot : this.pool.posted[slot]! * 1e6 + slot / 1e3, slot);
      };
      if (hits) for (const slot of hits) consider(slot);
      else for (let slot = 0; slot < this.pool.size; slot++) consider(slot);
      page = top.sorted().slice(query.offset);
    }
    const items = page.map((slot) => this.store.get(this.pool.id[slot]!)).filter((r) => r !== undefined).map((r) => this.view.summary(r));
    return { items, total, terms: plan.terms, help: total === 0 ? this.help(query, plan, k) : null };
  }

  /** Every matching id, unranked and unpaged: what the recall tests and the benchmark compare with instr(). */
  matchIds(query: JobSearchQuery, now: Date): number[] {
    const hits = this.textHits(this.plan(query.q), false, query);
    const k = this.criteria(query, now);
    const ids: number[] = [];
    const take = (slot: number) => {
      if (this.passes(slot, k)) ids.push(this.pool.id[slot]!);
    };
    if (hits) hits.forEach(take);
    else for (let slot = 0; slot < this.pool.size; slot++) take(slot);
    return ids.sort((a, b) => a - b);
  }

  /**
   * Zero results: how many each filter would bring back if dropped alone (JobTech's stats idea), and
   * occupation names sharing characters with the query, so the next tap finds something.
   */
  private help(query: JobSearchQuery, plan: Plan, k: Criteria): NonNullable<JobSearchResult['help']> {
    // The hits again without the district tag, so dropping the district can be counted too.
    const hits = this.textHits(plan, false, { ...query, district: undefined });
    const active = FILTERS.filter((f) => {
      const v = query[f];
      return v !== undefined && v !== false && !(Array.isArray(v) && !v.length);
    });
    const count = (skip: FilterName) => {
      let n = 0;
      if (hits) for (const slot of hits) n += this.passes(slot, k, skip) ? 1 : 0;
      else for (let slot = 0; slot < this.pool.size; slot++) n += this.passes(slot, k, skip) ? 1 : 0;
      return n;
    };
    const relaxed = active.map((filter) => ({ filter, total: count(filter) })).filter((r) => r.total > 0).sort((a, b) => b.total - a.total);
    const suggestions = new Set<string>();
    for (const { term } of plan.terms) {
      for (const ch of term) {
        for (const { occupation } of this.vocab.occupationsMatching(ch)) {
          if (suggestions.size < 6) suggestions.add(occupation.name);
        }
      }
    }
    const first = relaxed[0];
    return {
      relaxed,
      suggestions: [...suggestions],
      message: first
        ? { zh: `没有找到完全符合的岗位。去掉一个筛选条件可以看到更多，例如去掉“${FILTER_ZH[first.filter]}”有 ${first.total} 个。`,
            en: `No exact match. Dropping one filter shows more: without "${first.filter}" there are ${first.total}.` }
        : { zh: '没有找到相关岗位。可以换个说法，或者试试下面的职业。', en: 'Nothing found. Try other words, or one of the occupations below.' },
    };
  }
}

const FILTER_ZH: Record<FilterName, string> = {
  district: '区域', payMin: '最低工资', shift: '班次', avoidShift: '不上的班次', meals: '包吃', lodging: '包住', payPeriod: '结算方式',
  employmentType: '用工形式', label: '岗位类别', programme: '劳务项目', occupation: '职业', postedWithinDays: '发布时间',
};
