import { payLabel, type JobMatch, type LocalizedText, type MatchGap, type MatchPart, type PayPeriodName, type ScoringConfig, type Shift } from '../../contract/index.ts';
import { EDUCATION_ZH, EMPLOYMENT_EN, EMPLOYMENT_ZH, SHIFT_EN, SHIFT_ZH } from '../jobs/labels.ts';
import type { VacancyRow } from '../jobs/vacancy-store.ts';
import type { Vocabulary } from '../vocabulary/vocabulary.ts';
import { OCC_RELATION, type PreparedSeeker } from './prepare.ts';
import { F, FACTORS, type Factor } from './score.ts';

/** A factor earns a sentence in "为什么推荐" at or above this value. */
const REASON_FLOOR: Record<Factor, number> = { occ: 0.4, skill: 0.6, geo: 0.5, sal: 0.5, time: 0.75, qual: 1, fresh: 0.5 };
const MAX_REASONS = 3;

export interface Explanation {
  score: number;
  stars: number;
  parts: MatchPart[];
  reasons: JobMatch['reasons'];
  gaps: MatchGap[];
}

const EDU_EN: Record<string, string> = {
  none: 'any', primary: 'primary school', junior: 'junior middle school', senior: 'senior high / vocational school', associate: 'college diploma',
  bachelor: "bachelor's degree", master: "master's degree",
};

/**
 * Turns the factor values of one seeker–vacancy pair into what the kiosk shows (matching.md §3.5): the parts in
 * points that add up exactly to the score, the strongest reasons in words and every gap with a next step.
 */
export class Explainer {
  constructor(
    private readonly vocab: Vocabulary,
    private readonly cfg: ScoringConfig,
  ) {}

  /**
   * Points are whole thousandths, and the score is their sum, so the bars add up to the number shown with no
   * rounding drift. The statutory-certificate penalty is a part of its own, a negative one.
   */
  parts(f: Float64Array): { parts: MatchPart[]; score: number } {
    const w = this.cfg.weights;
    const parts: MatchPart[] = FACTORS.map((factor) => {
      const value = f[F[factor]]!;
      return { factor, weight: w[factor], value: round3(value), points: Math.round(w[factor] * value * 1000) };
    });
    let total = parts.reduce((sum, p) => sum + p.points, 0);
    const mult = f[F.penalty]!;
    if (mult < 1) {
      const penalty = -Math.round(total * (1 - mult));
      parts.push({ factor: 'penalty', weight: 1, value: mult, points: penalty });
      total += penalty;
    }
    return { parts: parts.map((p) => ({ ...p, points: p.points / 1000 })), score: total / 1000 };
  }

  explain(s: PreparedSeeker, f: Float64Array, row: VacancyRow): Explanation {
    const { parts, score } = this.parts(f);
    const reasons = FACTORS
      .filter((factor) => f[F[factor]]! >= REASON_FLOOR[factor])
      .map((factor) => ({ factor, points: parts.find((p) => p.factor === factor)!.points, text: this.reason(factor, s, f, row) }))
      .filter((r): r is { factor: Factor; points: number; text: LocalizedText } => r.text !== null)
      .sort((a, b) => b.points - a.points)
      .slice(0, MAX_REASONS)
      .map(({ factor, text }) => ({ factor, text }));
    return { score, stars: Math.max(1, Math.min(5, Math.round(5 * score))), parts, reasons, gaps: this.gaps(s, f, row) };
  }

  private reason(factor: Factor, s: PreparedSeeker, f: Float64Array, r: VacancyRow): LocalizedText | null {
    const occ = this.vocab.occupation(r.occupation_code);
    const district = this.vocab.district(r.district);
    const place = { zh: district?.name ?? r.district, en: district?.en ?? r.district };
    switch (factor) {
      case 'occ': {
        if (!occ) return null;
        const j = this.vocab.occupationIndex(occ.code);
        const rel = OCC_RELATION[s.occRel[j]!];
        const wanted = this.vocab.occupation(s.profile.wanted[s.occVia[j]!]);
        const target = { zh: wanted?.name ?? '', en: wanted?.en ?? '' };
        if (rel === 'same') return { zh: `职业对口：${occ.name}`, en: `The work you want: ${occ.en}` };
        if (rel === 'substitute-strong' || rel === 'substitute-weak') {
          return { zh: `职业相近：${occ.name}（和您想找的“${target.zh}”相近）`, en: `Related work: ${occ.en} (close to “${target.en}”)` };
        }
        const group = this.vocab.groupName(occ.code.split('-').slice(0, rel === 'same-xiaolei' ? 3 : 2).join('-'));
        return { zh: `职业相近：${occ.name}（与“${target.zh}”同属${group}）`, en: `Related work: ${occ.en} (the same field as “${target.en}”)` };
      }
      case 'skill': {
        const held = [...JSON.parse(r.skills), ...JSON.parse(r.preferred_skills)].filter((x: string) => s.profile.skills.includes(x)) as string[];
        const certs = (JSON.parse(r.certificates) as string[]).filter((c) => s.profile.certificates.includes(c)).map((c) => this.vocab.certificate(c)!);
        if (held.length || certs.length) {
          return {
            zh: `技能和证书对口：${[...held, ...certs.map((c) => c.name)].join('、')}`,
            en: `Your skills and certificates fit: ${[...held.map((x) => this.vocab.skillEn(x)), ...certs.map((c) => c.en)].join(', ')}`,
          };
        }
        return { zh: '岗位没有特别的技能或证书要求', en: 'No special skills or certificates required' };
      }
      case 'geo': {
        const k = s.kmByDistrict[this.vocab.districtIndex(r.district)]!;
        // Near is a reason only where far is not a gap: one distance, one verdict.
        if (k > this.cfg.geo.preferredKm) return null;
        if (k === 0) return { zh: `就在${place.zh}，离您近`, en: `In your district (${place.en})` };
        return { zh: `在${place.zh}，距离约${Math.round(k)}公里`, en: `In ${place.en}, about ${Math.round(k)} km away` };
      }
      case 'sal': {
        const pay = { payMin: r.pay_min, payMax: r.pay_max, payPeriod: r.pay_period as PayPeriodName };
        return s.payMin > 0
          ? { zh: `工资${payLabel(pay, 'zh')}，达到您的期望`, en: `Pays ${payLabel(pay, 'en')}, as much as you asked for` }
          : { zh: `工资${payLabel(pay, 'zh')}`, en: `Pays ${payLabel(pay, 'en')}` };
      }
      case 'time': {
        const shifts = JSON.parse(r.shifts) as Shift[];
        return { zh: `班次合适：${shifts.map((x) => SHIFT_ZH[x]).join('、')}`, en: `Shifts that suit you: ${shifts.map((x) => SHIFT_EN[x]).join(', ')}` };
      }
      case 'qual':
        return r.education === 'none' && r.experience_years === 0
          ? { zh: '不限学历，无经验也可以', en: 'No education or experience required' }
          : { zh: '学历和经验符合要求', en: 'You meet the education and experience asked for' };
      case 'fresh': {
        const days = Math.max(0, Math.floor(s.today - Date.parse(r.approved_at ?? r.created_at) / 86_400_000));
        return days === 0 ? { zh: '今天新发布', en: 'Posted today' } : { zh: `${days}天前发布，还在招`, en: `Posted ${days} days ago, still open` };
      }
    }
  }

  private gaps(s: PreparedSeeker, f: Float64Array, r: VacancyRow): MatchGap[] {
    const p = s.profile;
    const gaps: MatchGap[] = [];
    for (const skill of JSON.parse(r.skills) as string[]) {
      if (!p.skills.includes(skill)) gaps.push({ kind: 'skill', text: { zh: `需要技能：${skill}`, en: `Needs the skill: ${this.vocab.skillEn(skill)}` } });
    }
    for (const code of JSON.parse(r.certificates) as string[]) {
      if (p.certificates.includes(code)) continue;
      const c = this.vocab.certificate(code)!;
      gaps.push(c.statutory
        ? { kind: 'certificate', text: { zh: `需要${c.name}（法定持证上岗）`, en: `Needs the ${c.en} (required by law)` }, training: c.training }
        : { kind: 'certificate', text: { zh: `需要${c.name}`, en: `Needs the ${c.en}` }, training: c.training });
    }
    const eduRank = Object.keys(EDUCATION_ZH).indexOf(r.education);
    if (eduRank > s.edu) gaps.push({ kind: 'education', text: { zh: `学历要求${EDUCATION_ZH[r.education as keyof typeof EDUCATION_ZH]}`, en: `Asks for ${EDU_EN[r.education]}` } });
    if (r.experience_years > p.experienceYears) {
      gaps.push({
        kind: 'experience',
        text: p.experienceYears
          ? { zh: `需要${r.experience_years}年以上经验，您有${p.experienceYears}年`, en: `Asks for ${r.experience_years}+ years of experience; you have ${p.experienceYears}` }
          : { zh: `需要${r.experience_years}年以上经验，您登记的是没有经验`, en: `Asks for ${r.experience_years}+ years of experience; you registered none` },
      });
    }
    const k = s.kmByDistrict[this.vocab.districtIndex(r.district)]!;
    if (k > this.cfg.geo.preferredKm) gaps.push({ kind: 'distance', text: { zh: `距离约${Math.round(k)}公里，通勤较远`, en: `About ${Math.round(k)} km away, a long commute` } });
    if (p.payMin > 0 && r.pay_min < p.payMin) {
      // The seeker asked for a monthly figure; a daily or weekly wage is compared by its monthly equivalent, and says so.
      const about = r.pay_period === 'monthly' ? { zh: '', en: '' } : { zh: '折合', en: 'about ' };
      gaps.push(r.pay_max < p.payMin
        ? { kind: 'pay', text: { zh: `${about.zh}月薪最高${r.pay_max}元，低于您期望的${p.payMin}元`, en: `Pays ${about.en}${r.pay_max} yuan a month at most, below your ${p.payMin}` } }
        : { kind: 'pay', text: { zh: `${about.zh}起薪${r.pay_min}元/月，低于您期望的${p.payMin}元`, en: `Starts at ${about.en}${r.pay_min} yuan a month, below your ${p.payMin}` } });
    }
    if (f[F.shift] === 0) {
      const shifts = JSON.parse(r.shifts) as Shift[];
      gaps.push({ kind: 'shift', text: { zh: `班次是${shifts.map((x) => SHIFT_ZH[x]).join('、')}，不是您选的班次`, en: `Shifts are ${shifts.map((x) => SHIFT_EN[x]).join(', ')}, not the ones you chose` } });
    }
    if (p.employmentTypes.length && !p.employmentTypes.includes(r.employment_type as never)) {
      const type = r.employment_type as keyof typeof EMPLOYMENT_ZH;
      gaps.push({ kind: 'employment-type', text: { zh: `用工形式是${EMPLOYMENT_ZH[type]}`, en: `The job is ${EMPLOYMENT_EN[type]}` } });
    }
    return gaps;
  }
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
