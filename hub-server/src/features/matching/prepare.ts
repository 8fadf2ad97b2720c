import { EmploymentType, Shift, type ScoringConfig } from '../../contract/index.ts';
import { EDUCATION_RANK, maskOf } from '../jobs/labels.ts';
import type { Vocabulary } from '../vocabulary/vocabulary.ts';
import type { SeekerProfile } from '../seekers/seekers.ts';
import type { VacancyColumns } from '../jobs/vacancy-columns.ts';
import { DAY_MS } from '../jobs/vacancy-columns.ts';
import { serviceDay } from '../../infra/clock.ts';

/** How a vacancy's occupation relates to the closest of the seeker's wanted ones (for the reason text). */
export const OCC_RELATION = ['none', 'same', 'substitute-strong', 'substitute-weak', 'same-xiaolei', 'same-zhonglei', 'same-dalei'] as const;
export type OccRelation = (typeof OCC_RELATION)[number];

/**
 * A seeker turned into lookup tables once per request, so the scan over 100k vacancies only indexes arrays:
 * occupation closeness per occupation, commute fit per district, skill flags per interned skill.
 */
export interface PreparedSeeker {
  profile: SeekerProfile;
  occFit: Float64Array;
  occRel: Uint8Array;
  /** Index into profile.wanted of the closest wanted occupation. */
  occVia: Int16Array;
  kmByDistrict: Float64Array;
  geoByDistrict: Float64Array;
  /** 1 when the district is beyond the seeker's commute limit or not one they will work in (a hard filter). */
  tooFar: Uint8Array;
  sameDistrict: number;
  skillFlags: Uint8Array;
  certMask: number;
  statutoryMask: number;
  payMin: number;
  prefShifts: number;
  avoidShifts: number;
  employmentMask: number;
  edu: number;
  exp: number;
  today: number;
  todayDay: number;
  /** Freshness per pool slot for today. */
  fresh: Float64Array;
  /** The scoring configuration as plain numbers: the scan reads them 100k times. */
  w: { occ: number; skill: number; geo: number; sal: number; time: number; qual: number; fresh: number };
  skillRequired: number;
  skillOptional: number;
  skillCert: number;
  noSkillsListed: number;
  timeUnknown: number;
  payFloor: number;
  closingSoonDays: number;
  closingSoonValue: number;
  penalty: number;
}

function relation(vocab: Vocabulary, target: string, code: string): OccRelation {
  if (target === code) return 'same';
  const sub = vocab.substitute(target, code);
  if (sub) return sub === 'strong' ? 'substitute-strong' : 'substitute-weak';
  const [a, b] = [target.split('-'), code.split('-')];
  if (a[0] !== b[0]) return 'none';
  if (a[1] !== b[1]) return 'same-dalei';
  if (a[2] !== b[2]) return 'same-zhonglei';
  return 'same-xiaolei';
}

export function relationValue(rel: OccRelation, s: ScoringConfig['occSimilarity']): number {
  switch (rel) {
    case 'same': return s.sameXilei;
    case 'substitute-strong': return s.substitutableStrong;
    case 'substitute-weak': return s.substitutableWeak;
    case 'same-xiaolei': return s.sameXiaolei;
    case 'same-zhonglei': return s.sameZhonglei;
    case 'same-dalei': return s.sameDalei;
    default: return 0;
  }
}

/** Kilometres between two points on the city's scale (equirectangular; error well under the centroids' own). */
export function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const x = (lon2 - lon1) * Math.cos(((lat1 + lat2) / 2) * (Math.PI / 180)) * 111.32;
  const y = (lat2 - lat1) * 110.57;
  return Math.sqrt(x * x + y * y);
}

const SHIFT_OPTIONS = Shift.options;
const NIGHT_WORK = maskOf(SHIFT_OPTIONS, ['night', 'two-shift', 'three-shift']);

/**
 * `timeZone` is the hall's: a vacancy is open through its closing day there, so "today" is the hall's date (UTC's
 * would close it up to 8 hours late in Shanghai, or early west of Greenwich).
 */
export function prepareSeeker(p: SeekerProfile, vocab: Vocabulary, columns: VacancyColumns, cfg: ScoringConfig, now: Date, timeZone: string): PreparedSeeker {
  const n = vocab.occupations.length;
  const occFit = new Float64Array(n);
  const occRel = new Uint8Array(n);
  const occVia = new Int16Array(n).fill(-1);
  vocab.occupations.forEach((o, j) => {
    p.wanted.forEach((target, t) => {
      const rel = relation(vocab, target, o.code);
      const value = relationValue(rel, cfg.occSimilarity);
      if (value > occFit[j]!) {
        occFit[j] = value;
        occRel[j] = OCC_RELATION.indexOf(rel);
        occVia[j] = t;
      }
    });
  });

  const home = vocab.district(p.district)!;
  const nd = vocab.districts.length;
  const kmByDistrict = new Float64Array(nd);
  const geoByDistrict = new Float64Array(nd);
  const tooFar = new Uint8Array(nd);
  const { preferredKm, maxKm, districtOnly } = cfg.geo;
  vocab.districts.forEach((d, k) => {
    const dist = d.code === home.code ? 0 : km(home.lat, home.lon, d.lat, d.lon);
    kmByDistrict[k] = dist;
    const linear = dist <= preferredKm ? 1 : dist >= maxKm ? 0 : 1 - (dist - preferredKm) / (maxKm - preferredKm);
    // Workplaces are known by district only, so even the same district is no better than districtOnly.
    geoByDistrict[k] = Math.min(districtOnly, linear);
    // Beyond the commute limit, or outside the districts the seeker will work in (none chosen: anywhere).
    const outside = p.workDistricts.length > 0 && !p.workDistricts.includes(d.code);
    tooFar[k] = outside || (p.maxCommuteKm !== null && dist > p.maxCommuteKm) ? 1 : 0;
  });

  const skillFlags = new Uint8Array(columns.skillNames.length);
  for (const s of p.skills) {
    const id = columns.skillIds.get(s);
    if (id !== undefined) skillFlags[id] = 1;
  }
  let avoid = maskOf(SHIFT_OPTIONS, p.avoidShifts);
  // Two-shift and three-shift rotations include nights (白夜班轮换), so "no nights" rules them out too.
  if (avoid & maskOf(SHIFT_OPTIONS, ['night'])) avoid |= NIGHT_WORK;

  const todayDay = Math.floor(Date.parse(`${serviceDay(now, timeZone)}T00:00:00Z`) / DAY_MS);
  return {
    profile: p, occFit, occRel, occVia, kmByDistrict, geoByDistrict, tooFar, sameDistrict: vocab.districtIndex(p.district), skillFlags,
    certMask: vocab.certMask(p.certificates), statutoryMask: vocab.statutoryMask(), payMin: p.payMin,
    prefShifts: maskOf(SHIFT_OPTIONS, p.shifts), avoidShifts: avoid, employmentMask: maskOf(EmploymentType.options, p.employmentTypes),
    edu: EDUCATION_RANK[p.education], exp: p.experienceYears, today: now.getTime() / DAY_MS, todayDay,
    // The same day as the runs' freshness ceiling (score.ts runCeiling): the UTC day here made the ceiling lower
    // than the scores it bounds from midnight to 08:00 in the hall, and the pruned scan dropped real best matches.
    fresh: columns.freshness(todayDay, cfg.fresh.decayDays),
    w: { ...cfg.weights }, skillRequired: cfg.skill.required, skillOptional: cfg.skill.optional, skillCert: cfg.skill.cert,
    noSkillsListed: cfg.skill.noSkillsListed, timeUnknown: cfg.time.unknown, payFloor: cfg.salary.hardFloorRatio * p.payMin,
    closingSoonDays: cfg.fresh.closingSoonDays, closingSoonValue: cfg.fresh.closingSoonValue, penalty: cfg.penalties.missingStatutoryCertMultiplier,
  };
}
