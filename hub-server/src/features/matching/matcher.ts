import { VacancyLabel, type Candidate, type JobMatch, type JobMatchResult, type LocalizedText, type ScoringConfig } from '../../contract/index.ts';
import { maskOf } from '../jobs/labels.ts';
import type { VacancyRow, VacancyStore } from '../jobs/vacancy-store.ts';
import type { VacancyView } from '../jobs/vacancy-view.ts';
import type { Vocabulary } from '../jobs/vocabulary.ts';
import type { SeekerProfile } from '../seekers/seekers.ts';
import type { VacancyColumns } from './columns.ts';
import { Explainer } from './explain.ts';
import { prepareSeeker } from './prepare.ts';
import { FACTOR_COUNT, exclusion, factorsAt, mutualScore, requirementScore, seekerScore } from './score.ts';

/** Candidates kept from the scan before diversity and explanation; enough for a few capped pages of ten. */
const POOL = 200;
const PAGE = 10;
const RESERVED = maskOf(VacancyLabel.options, ['assistance-reserved']);

/** A bounded min-heap of (score, slot): the best `size` of a stream without sorting the stream. */
class TopK {
  readonly score: Float64Array;
  readonly slot: Int32Array;
  n = 0;

  constructor(readonly size: number) {
    this.score = new Float64Array(size);
    this.slot = new Int32Array(size);
  }

  offer(score: number, slot: number): void {
    if (this.n < this.size) {
      let i = this.n++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (this.score[parent]! <= score) break;
        this.score[i] = this.score[parent]!;
        this.slot[i] = this.slot[parent]!;
        i = parent;
      }
      this.score[i] = score;
      this.slot[i] = slot;
    } else if (score > this.score[0]!) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= this.n) break;
        const r = l + 1;
        const c = r < this.n && this.score[r]! < this.score[l]! ? r : l;
        if (this.score[c]! >= score) break;
        this.score[i] = this.score[c]!;
        this.slot[i] = this.slot[c]!;
        i = c;
      }
      this.score[i] = score;
      this.slot[i] = slot;
    }
  }

  /** Slots, best first. */
  sorted(): number[] {
    return Array.from({ length: this.n }, (_, k) => k).sort((a, b) => this.score[b]! - this.score[a]!).map((k) => this.slot[k]!);
  }
}

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
    private readonly store: VacancyStore,
    private readonly view: VacancyView,
    private readonly cfg: ScoringConfig = vocab.scoring,
  ) {
    this.explainer = new Explainer(vocab, this.cfg);
  }

  jobsFor(profile: SeekerProfile, now: Date, limit = PAGE): JobMatchResult {
    const s = prepareSeeker(profile, this.vocab, this.columns, this.cfg, now);
    const c = this.columns;
    const { weights, reciprocity } = this.cfg;
    const f = this.f;
    const excluded = [0, 0, 0, 0, 0, 0];
    let weak = 0;
    let eligible = 0;
    const top = new TopK(POOL);
    // Assistance clients see the alliance's reserved vacancies first (3.3.5): a constant lift above any score.
    const lift = profile.assistance ? 2 : 0;
    for (let i = 0; i < c.size; i++) {
      if (!c.live[i]) continue;
      const why = exclusion(s, c, i, this.cfg);
      if (why) {
        excluded[why]!++;
        continue;
      }
      factorsAt(s, c, i, this.cfg, f);
      if (requirementScore(f, reciprocity) < reciprocity.minForSeekerList) {
        weak++;
        continue;
      }
      eligible++;
      top.offer(seekerScore(f, weights) + ((c.labelMask[i]! & RESERVED) !== 0 ? lift : 0), i);
    }

    let unexplained = 0;
    const explained: Array<{ slot: number; match: JobMatch }> = [];
    for (const slot of top.sorted()) {
      if (explained.length >= limit + 2 * PAGE) break;
      const row = this.store.get(c.id[slot]!);
      if (!row) continue;
      const match = this.jobMatch(s, slot, row);
      if (match.reasons.length < this.cfg.minReasons) {
        unexplained++;
        continue;
      }
      explained.push({ slot, match });
    }
    const items = diversify(explained, (x) => c.employer[x.slot]!, this.cfg.diversity.maxPerEmployerInTop10, limit).map((x) => x.match);
    const exclusions = {
      closed: excluded[1]!, commute: excluded[2]!, education: excluded[3]!, pay: excluded[4]!, shift: excluded[5]!, requirements: weak, unexplained,
    };
    return { items, eligible, considered: c.count, excluded: exclusions, help: items.length < 5 ? this.help(exclusions) : null };
  }

  /**
   * The explanation for one published vacancy, eligible or not (a seeker opening a search result asks "how do I
   * fit this one?"); null when it is not published.
   */
  explainFor(profile: SeekerProfile, vacancyId: number, now: Date): JobMatch | null {
    const slot = this.columns.slotOf(vacancyId);
    const row = this.store.get(vacancyId);
    if (slot === undefined || !this.columns.live[slot] || !row) return null;
    return this.jobMatch(prepareSeeker(profile, this.vocab, this.columns, this.cfg, now), slot, row);
  }

  private jobMatch(s: ReturnType<typeof prepareSeeker>, slot: number, row: VacancyRow): JobMatch {
    factorsAt(s, this.columns, slot, this.cfg, this.f);
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
  private help(x: JobMatchResult['excluded']): LocalizedText {
    const [name, n] = Object.entries(x).filter(([k]) => k !== 'unexplained').sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
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
      const s = prepareSeeker(profile, this.vocab, this.columns, this.cfg, now);
      if (exclusion(s, this.columns, slot, this.cfg)) continue;
      factorsAt(s, this.columns, slot, this.cfg, f);
      scored.push({ profile, m: mutualScore(seekerScore(f, this.cfg.weights), requirementScore(f, this.cfg.reciprocity)) });
    }
    scored.sort((a, b) => b.m - a.m);
    const out: Candidate[] = [];
    for (const { profile } of scored) {
      if (out.length >= limit) break;
      const s = prepareSeeker(profile, this.vocab, this.columns, this.cfg, now);
      factorsAt(s, this.columns, slot, this.cfg, f);
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

