import { VacancyLabel, type Candidate, type JobMatch, type JobMatchResult, type LocalizedText, type ScoringConfig } from '../../contract/index.ts';
import { maskOf } from '../jobs/labels.ts';
import { TopK } from '../jobs/top-k.ts';
import type { VacancyRow, VacancyStore } from '../jobs/vacancy-store.ts';
import type { VacancyView } from '../jobs/vacancy-view.ts';
import type { Vocabulary } from '../vocabulary/vocabulary.ts';
import type { SeekerProfile } from '../seekers/seekers.ts';
import type { VacancyColumns } from '../jobs/vacancy-columns.ts';
import { Explainer } from './explain.ts';
import { prepareSeeker } from './prepare.ts';
import { FACTOR_COUNT, baseFactors, exclusion, factorsAt, mutualScore, requirementScore, runCeiling, runSkillBound, scoreCeiling, SLACK, seekerScore, skillFactors } from './score.ts';

/** Candidates kept from the scan beyond the list asked for: spares for the employer cap and for dropped ones. */
const SPARES = 20;
const PAGE = 10;
const RESERVED = maskOf(VacancyLabel.options, ['assistance-reserved']);
/** Above any score (S ≤ 1): reserved vacancies come first for assistance clients. */
const RESERVED_LIFT = 2;

/**
 * At most `cap` of one employer in each page of ten (matching.md §3.1 step 4, [C3]): each position takes the best
 * candidate whose employer still has room on that page, so one held back comes first on the next page. When no
 * candidate fits a page, the list ends there rather than break the cap.
 */
export function diversify<T>(ranked: T[], employerOf: (x: T) => number, cap: number, limit: number): T[] {
  const out: T[] = [];
  const pending = ranked.slice();
  let counts = new Map<number, number>();
  while (out.length < limit) {
    if (out.length % PAGE === 0) counts = new Map();
    const k = pending.findIndex((x) => (counts.get(employerOf(x)) ?? 0) < cap);
    if (k < 0) break;
    const [x] = pending.splice(k, 1) as [T];
    counts.set(employerOf(x), (counts.get(employerOf(x)) ?? 0) + 1);
    out.push(x);
  }
  return out;
}

/** Jobs for a seeker and seekers for a job, over the columnar pool, with explanations. */
export class Matcher {
  private readonly explainer: Explainer;
  private readonly f = new Float64Array(FACTOR_COUNT);

  constructor(
    private readonly vocab: Vocabulary,
    private readonly columns: VacancyColumns,
    private readonly store: Pick<VacancyStore, 'get'>,
    private readonly view: VacancyView,
    /** The hall's time zone: whether a vacancy has closed is decided on the hall's date. */
    private readonly timeZone: string,
    private readonly cfg: ScoringConfig = vocab.scoring,
  ) {
    this.explainer = new Explainer(vocab, this.cfg);
  }

  jobsFor(profile: SeekerProfile, now: Date, limit = PAGE): JobMatchResult {
    const s = prepareSeeker(profile, this.vocab, this.columns, this.cfg, now, this.timeZone);
    const c = this.columns;
    const top = this.best(s, limit + SPARES);
    // Explain in the capped order, only as many as the list needs: reading and explaining a row costs more than
    // scanning the whole pool. A candidate without enough reasons is dropped and the order recomputed.
    let unexplained = 0;
    let ranked = top.sorted();
    const employerOf = (slot: number) => c.employer[slot]!;
    const cap = this.cfg.diversity.maxPerEmployerInTop10;
    const explained = new Map<number, JobMatch>();
    let order = diversify(ranked, employerOf, cap, limit);
    for (let k = 0; k < order.length; k++) {
      const slot = order[k]!;
      if (explained.has(slot)) continue;
      const row = this.store.get(c.id[slot]!);
      const match = row ? this.jobMatch(s, slot, row) : null;
      if (match && match.reasons.length >= this.cfg.minReasons) {
        explained.set(slot, match);
        continue;
      }
      unexplained++;
      ranked = ranked.filter((x) => x !== slot);
      order = diversify(ranked, employerOf, cap, limit);
      k = -1;
    }
    const items = order.map((slot) => explained.get(slot)!);
    if (items.length >= 5) return { items, considered: c.count, eligible: null, excluded: null, help: null };
    // A short list: count exactly what each filter removed, to say what would bring more (§3.5).
    const counts = this.counts(s);
    return { items, considered: c.count, eligible: counts.eligible, excluded: { ...counts.excluded, unexplained }, help: this.help(counts.excluded) };
  }

  /**
   * The `size` best eligible vacancies by S. Runs of one occupation and district go best ceiling first (each
   * factor bounded by what the run offers at best, see run-summary.ts), and the scan stops at the first run whose
   * ceiling cannot beat the worst kept; within a run, a vacancy whose score with the run's skill bound cannot make
   * the list skips the skill loops. Tested against a full scan (matcher.test.ts).
   */
  best(s: ReturnType<typeof prepareSeeker>, size: number): TopK {
    const c = this.columns;
    const f = this.f;
    const top = new TopK(size);
    const { order, offsets, summary } = c.runs();
    const n = this.vocab.occupations.length;
    const nd = this.vocab.districts.length;
    // Which runs hold a vacancy that requires (prefers) one of the seeker's skills: without one, that part of
    // the skill factor is 0 for the whole run.
    const reqHit = new Uint8Array(offsets.length);
    const optHit = new Uint8Array(offsets.length);
    for (let id = 0; id < s.skillFlags.length; id++) {
      if (!s.skillFlags[id]) continue;
      for (const r of summary.reqRuns.get(id) ?? []) reqHit[r] = 1;
      for (const r of summary.optRuns.get(id) ?? []) optHit[r] = 1;
    }
    // Runs best ceiling first (districts beyond the commute limit are left out; see VacancyColumns.runs). Typed
    // arrays, not an object per run: this runs per request, and garbage here shows up as the p95.
    const runCount = offsets.length - 1;
    const ceilings = new Float64Array(runCount);
    const skillBounds = new Float64Array(runCount);
    const visit = new Int32Array(runCount);
    let visits = 0;
    for (let r = 0; r < runCount; r++) {
      if (offsets[r] === offsets[r + 1]) continue;
      const j = Math.floor((r >> 1) / nd);
      const d = (r >> 1) % nd;
      if (s.tooFar[d]) continue;
      skillBounds[r] = runSkillBound(s, summary, r, reqHit[r] === 1, optHit[r] === 1);
      ceilings[r] = runCeiling(s, summary, r, j < n ? s.occFit[j]! : 0, s.geoByDistrict[d]!, skillBounds[r]!, this.cfg.fresh.decayDays);
      visit[visits++] = r;
    }
    const runs = visit.subarray(0, visits).sort((a, b) => ceilings[b]! - ceilings[a]!);
    const floor = this.cfg.reciprocity.minForSeekerList;
    // Assistance clients see the alliance's reserved vacancies first (3.3.5): those few are scored apart, lifted
    // above any other score, so the pruned scan of the rest stays exact.
    const assisted = s.profile.assistance;
    const consider = (i: number, lift: number, prune: boolean, skillBound: number) => {
      // Fair-only vacancies are offered with their fair, not recommended on their own.
      if (!c.live[i] || c.fair[i]! >= 0 || exclusion(s, c, i)) return;
      baseFactors(s, c, i, f);
      if (prune && top.n === top.size && scoreCeiling(f, s.w, skillBound) + SLACK <= top.min()) return;
      skillFactors(s, c, i, f);
      if (requirementScore(f, this.cfg.reciprocity) < floor) return;
      top.offer(seekerScore(f, s.w) + lift, i);
    };
    for (const r of runs) {
      if (top.n === top.size && ceilings[r]! <= top.min()) break;
      const skill = skillBounds[r]!;
      for (let k = offsets[r]!, end = offsets[r + 1]!; k < end; k++) {
        const i = order[k]!;
        if (assisted && (c.labelMask[i]! & RESERVED) !== 0) continue;
        consider(i, 0, true, skill);
      }
    }
    if (assisted) for (const i of c.withLabel(RESERVED)) consider(i, RESERVED_LIFT, false, 1);
    return top;
  }

  /** Every vacancy through the hard filters and the requirement floor, counting why each one fell out. */
  private counts(s: ReturnType<typeof prepareSeeker>): { eligible: number; excluded: Omit<NonNullable<JobMatchResult['excluded']>, 'unexplained'> } {
    const c = this.columns;
    const excluded = [0, 0, 0, 0, 0, 0];
    let weak = 0;
    let eligible = 0;
    for (let i = 0; i < c.size; i++) {
      if (!c.live[i] || c.fair[i]! >= 0) continue;
      const why = exclusion(s, c, i);
      if (why) {
        excluded[why]!++;
        continue;
      }
      factorsAt(s, c, i, this.f);
      if (requirementScore(this.f, this.cfg.reciprocity) < this.cfg.reciprocity.minForSeekerList) weak++;
      else eligible++;
    }
    return {
      eligible,
      excluded: { closed: excluded[1]!, commute: excluded[2]!, education: excluded[3]!, pay: excluded[4]!, shift: excluded[5]!, requirements: weak },
    };
  }

  /**
   * The explanation for one published vacancy, eligible or not (a seeker opening a search result asks "how do I
   * fit this one?"); null when it is not published.
   */
  explainFor(profile: SeekerProfile, vacancyId: number, now: Date): JobMatch | null {
    const slot = this.columns.slotOf(vacancyId);
    const row = this.store.get(vacancyId);
    if (slot === undefined || !this.columns.live[slot] || !row) return null;
    return this.jobMatch(prepareSeeker(profile, this.vocab, this.columns, this.cfg, now, this.timeZone), slot, row);
  }

  private jobMatch(s: ReturnType<typeof prepareSeeker>, slot: number, row: VacancyRow): JobMatch {
    factorsAt(s, this.columns, slot, this.f);
    const e = this.explainer.explain(s, this.f, row);
    const reserved = (this.columns.labelMask[slot]! & RESERVED) !== 0;
    const reasons = reserved && s.profile.assistance
      ? [{ factor: 'reserved' as const, text: { zh: '援助联盟预留岗位，优先推荐给您', en: 'Reserved by the assistance alliance for clients like you' } }, ...e.reasons]
      : e.reasons;
    return {
      job: this.view.summary(row), reserved, score: e.score, stars: e.stars, requirementScore: round3(requirementScore(this.f, this.cfg.reciprocity)),
      parts: e.parts, reasons, gaps: e.gaps,
    };
  }

  /** "为什么没有更多结果": the filter that removed the most, said so the seeker can act on it. */
  private help(x: Omit<NonNullable<JobMatchResult['excluded']>, 'unexplained'>): LocalizedText {
    const [name, n] = Object.entries(x).sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    const text: Record<string, LocalizedText> = {
      commute: { zh: `有 ${n} 个岗位超出了您的通勤距离，放宽通勤距离可以看到更多。`, en: `${n} vacancies are beyond your commute limit; widen it to see more.` },
      pay: { zh: `有 ${n} 个岗位的工资低于您的期望，适当调整期望工资可以看到更多。`, en: `${n} vacancies pay below your expectation.` },
      shift: { zh: `有 ${n} 个岗位的班次是您不上的，调整班次可以看到更多。`, en: `${n} vacancies have shifts you do not work.` },
      education: { zh: `有 ${n} 个岗位的学历要求较高，可以了解一下学历提升和技能培训。`, en: `${n} vacancies ask for more education; ask about training.` },
      requirements: { zh: `有 ${n} 个岗位的技能或证书要求您暂时还不满足，参加技能培训后可以看到更多。`, en: `${n} vacancies ask for skills or certificates you do not have yet.` },
    };
    return (n > 0 && text[name]) || { zh: '符合条件的岗位不多，可以多选几个想做的职业。', en: 'Few vacancies fit; try choosing more occupations.' };
  }

  /**
   * Consenting seekers for one published vacancy, ranked by the mutual score M (3.1.8). Identity stays masked:
   * the list carries the masked name and the profile that matching used, nothing else.
   */
  candidatesFor(vacancyId: number, seekers: SeekerProfile[], now: Date, limit = PAGE): Candidate[] {
    const slot = this.columns.slotOf(vacancyId);
    const row = this.store.get(vacancyId);
    if (slot === undefined || !this.columns.live[slot] || !row) return [];
    const f = this.f;
    const scored: Array<{ profile: SeekerProfile; m: number }> = [];
    for (const profile of seekers) {
      if (!profile.consent) continue;
      const s = prepareSeeker(profile, this.vocab, this.columns, this.cfg, now, this.timeZone);
      if (exclusion(s, this.columns, slot)) continue;
      factorsAt(s, this.columns, slot, f);
      scored.push({ profile, m: mutualScore(seekerScore(f, s.w), requirementScore(f, this.cfg.reciprocity)) });
    }
    scored.sort((a, b) => b.m - a.m);
    const out: Candidate[] = [];
    for (const { profile } of scored) {
      if (out.length >= limit) break;
      const s = prepareSeeker(profile, this.vocab, this.columns, this.cfg, now, this.timeZone);
      factorsAt(s, this.columns, slot, f);
      const e = this.explainer.explain(s, f, row);
      if (e.reasons.length < this.cfg.minReasons) continue;
      const req = requirementScore(f, this.cfg.reciprocity);
      out.push({
        seeker: {
          id: profile.id, nameMasked: profile.nameMasked, district: profile.district, districtName: this.vocab.district(profile.district)?.name ?? '',
          wantedOccupations: profile.wanted, skills: profile.skills, certificates: profile.certificates, education: profile.education,
          experienceYears: profile.experienceYears,
        },
        seekerScore: e.score, mutualScore: round3(mutualScore(e.score, req)), requirementScore: round3(req), score: e.score, stars: e.stars,
        parts: e.parts, reasons: e.reasons, gaps: e.gaps,
      });
    }
    return out;
  }
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

