import type { Statement } from 'better-sqlite3';
import type { Db } from '../../infra/db.ts';
import { Shift, VacancyLabel, type JobSearchQuery, type JobSearchResult } from '../../contract/index.ts';
import { queryTerm, queryWords, type QueryTerm } from './bigram.ts';
import { maskOf } from './labels.ts';
import type { VacancyRow } from './vacancy-store.ts';
import type { VacancyView } from './vacancy-view.ts';
import type { Vocabulary } from './vocabulary.ts';

type FilterName = NonNullable<JobSearchResult['help']>['relaxed'][number]['filter'];

interface Clause {
  sql: string;
  params: unknown[];
}

interface Plan {
  /** The FTS5 MATCH expression, or null when no term is indexed (no query, or single characters only). */
  match: string | null;
  scans: string[];
  terms: JobSearchResult['terms'];
}

const MAX_TERMS = 6;
const DAY_MS = 86_400_000;

/**
 * Vacancy search: FTS5 over CJK bigrams ranked by BM25 (title 4:1 over body; the table's rank, set in migration 0012), single characters by
 * substring scan, every filter in SQL on the same statement, and the total from a window count in the same pass.
 */
export class JobSearch {
  private readonly statements = new Map<string, Statement<unknown[]>>();

  constructor(
    private readonly db: Db,
    private readonly vocab: Vocabulary,
    private readonly view: VacancyView,
  ) {}

  /**
   * Words → FTS terms. A word naming an occupation (保姆) is widened with the occupation's name and synonyms
   * (家政服务员, 家政…), so vacancies that use another word for the same job are found too.
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
      const synonyms = occ ? [occ.name, ...occ.synonyms].filter((s) => s !== t.term) : [];
      const alternatives = [t, ...synonyms.map(queryTerm)].filter((x): x is Extract<QueryTerm, { kind: 'phrase' }> => x?.kind === 'phrase');
      parts.push(alternatives.length > 1 ? `(${alternatives.map((a) => a.fts).join(' OR ')})` : t.fts);
      terms.push({ term: t.term, synonyms });
    }
    return { match: parts.length ? parts.join(' AND ') : null, scans, terms };
  }

  private filters(query: JobSearchQuery, now: Date, without?: FilterName): Clause[] {
    const today = now.toISOString().slice(0, 10);
    const out: Clause[] = [
      { sql: `v.status = 'approved'`, params: [] },
      { sql: '(v.closes_on IS NULL OR v.closes_on >= ?)', params: [today] },
      // Fair-only vacancies are listed with their fair, not in the general search.
      query.fairId ? { sql: 'v.fair_id = ?', params: [query.fairId] } : { sql: 'v.fair_id IS NULL', params: [] },
    ];
    const add = (name: FilterName | null, on: unknown, sql: string, ...params: unknown[]) => {
      if (on === undefined || on === false || (Array.isArray(on) && !on.length) || name === without) return;
      out.push({ sql, params });
    };
    const inList = (col: string, values: readonly string[] | undefined) => `${col} IN (${(values ?? []).map(() => '?').join(', ')})`;
    add('district', query.district, inList('v.district', query.district), ...(query.district ?? []));
    add('payMin', query.payMin, 'v.pay_max >= ?', query.payMin);
    add('shift', query.shift, '(v.shift_mask & ?) != 0', maskOf(Shift.options, query.shift ?? []));
    add('avoidShift', query.avoidShift, '(v.shift_mask & ?) = 0', maskOf(Shift.options, query.avoidShift ?? []));
    add('meals', query.meals, 'v.meals = 1');
    add('lodging', query.lodging, 'v.lodging = 1');
    add('payPeriod', query.payPeriod, inList('v.pay_period', query.payPeriod), ...(query.payPeriod ?? []));
    add('employmentType', query.employmentType, inList('v.employment_type', query.employmentType), ...(query.employmentType ?? []));
    add('label', query.label, '(v.label_mask & ?) != 0', maskOf(VacancyLabel.options, query.label ?? []));
    add('programme', query.programme, 'v.programme = ?', query.programme);
    add('occupation', query.occupation, '(v.occupation_code = ? OR v.occupation_code LIKE ?)', query.occupation, `${query.occupation}-%`);
    add('postedWithinDays', query.postedWithinDays, 'v.approved_at >= ?',
      new Date(now.getTime() - (query.postedWithinDays ?? 0) * DAY_MS).toISOString());
    if (query.employerId) out.push({ sql: 'v.employer_id = ?', params: [query.employerId] });
    return out;
  }

  private statement(sql: string) {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare<unknown[]>(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  private build(plan: Plan, clauses: Clause[], select: string, tail: string): { sql: string; params: unknown[] } {
    const where = [...clauses];
    for (const s of plan.scans) {
      where.push({ sql: '(instr(v.title, ?) > 0 OR instr(v.description, ?) > 0 OR instr(v.employer_name, ?) > 0)', params: [s, s, s] });
    }
    const from = plan.match
      ? 'vacancy_fts JOIN vacancies v ON v.id = vacancy_fts.rowid'
      : 'vacancies v';
    if (plan.match) where.unshift({ sql: 'vacancy_fts MATCH ?', params: [plan.match] });
    return {
      sql: `SELECT ${select} FROM ${from} WHERE ${where.map((c) => c.sql).join(' AND ')} ${tail}`,
      params: where.flatMap((c) => c.params),
    };
  }

  search(query: JobSearchQuery, now: Date): JobSearchResult {
    const plan = this.plan(query.q);
    const sort = query.sort ?? (plan.match ? 'relevance' : 'newest');
    const order = sort === 'relevance' && plan.match ? 'vacancy_fts.rank'
      : sort === 'pay' ? 'v.pay_max DESC, v.id DESC' : 'v.approved_at DESC, v.id DESC';
    const { sql, params } = this.build(plan, this.filters(query, now), 'v.*, count(*) OVER () AS total', `ORDER BY ${order} LIMIT ? OFFSET ?`);
    const rows = this.statement(sql).all(...params, query.limit, query.offset) as Array<VacancyRow & { total: number }>;
    // Past the last page there are no rows to carry the window count, so count separately.
    const total = rows[0]?.total ?? (query.offset > 0 ? this.count(plan, this.filters(query, now)) : 0);
    return {
      items: rows.map((r) => this.view.summary(r)),
      total,
      terms: plan.terms,
      help: total === 0 ? this.help(query, plan, now) : null,
    };
  }

  /** Every matching id, unranked and unpaged: what the recall tests and the benchmark compare with instr(). */
  matchIds(query: JobSearchQuery, now: Date): number[] {
    const { sql, params } = this.build(this.plan(query.q), this.filters(query, now), 'v.id', 'ORDER BY v.id');
    return (this.statement(sql).all(...params) as Array<{ id: number }>).map((r) => r.id);
  }

  private count(plan: Plan, clauses: Clause[]): number {
    const { sql, params } = this.build(plan, clauses, 'count(*) AS n', '');
    return (this.statement(sql).get(...params) as { n: number }).n;
  }

  /**
   * Zero results: how many each filter would bring back if dropped alone (JobTech's stats idea), and
   * occupation names sharing characters with the query, so the next tap finds something.
   */
  private help(query: JobSearchQuery, plan: Plan, now: Date): NonNullable<JobSearchResult['help']> {
    const active: FilterName[] = (['district', 'payMin', 'shift', 'avoidShift', 'meals', 'lodging', 'payPeriod', 'employmentType', 'label',
      'programme', 'occupation', 'postedWithinDays'] as const).filter((f) => {
      const v = query[f];
      return v !== undefined && v !== false && !(Array.isArray(v) && !v.length);
    });
    const relaxed = active
      .map((filter) => ({ filter, total: this.count(plan, this.filters(query, now, filter)) }))
      .filter((r) => r.total > 0)
      .sort((a, b) => b.total - a.total);
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
