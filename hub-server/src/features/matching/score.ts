import type { ScoringConfig } from '../../contract/index.ts';
import type { RunSummary } from '../jobs/run-summary.ts';
import type { VacancyColumns } from '../jobs/vacancy-columns.ts';
import type { PreparedSeeker } from './prepare.ts';

/** Slots of the factor vector `factorsAt` fills. */
export const F = { occ: 0, skill: 1, geo: 2, sal: 3, time: 4, qual: 5, fresh: 6, reqCov: 7, certSat: 8, avail: 9, penalty: 10, shift: 11 } as const;
export const FACTOR_COUNT = 12;
export const FACTORS = ['occ', 'skill', 'geo', 'sal', 'time', 'qual', 'fresh'] as const;
export type Factor = (typeof FACTORS)[number];

/** Why a vacancy is not eligible for a seeker (matching.md §3.1 step 1); 0 = eligible. */
export const EXCLUDED = ['eligible', 'closed', 'commute', 'education', 'pay', 'shift'] as const;

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Hard filters: never on protected attributes, only on what the seeker said they need. Returns an EXCLUDED index. */
export function exclusion(s: PreparedSeeker, c: VacancyColumns, i: number): number {
  if (c.closes[i]! < s.todayDay) return 1;
  if (s.tooFar[c.district[i]!]) return 2;
  if (c.edu[i]! > s.edu + 1) return 3;
  if (c.payMax[i]! < s.payFloor) return 4;
  const shifts = c.shiftMask[i]!;
  if (shifts !== 0 && (shifts & ~s.avoidShifts) === 0) return 5;
  return 0;
}

/**
 * The factor values f ∈ [0,1] of matching.md §3.2 for one vacancy, written into `out` (no allocation: this runs
 * for up to 100k vacancies per request). The scan and the explanation both use it, so the score shown is the
 * score ranked. It is two halves so the scan can skip the skill loops of a vacancy that cannot make the list.
 */
export function factorsAt(s: PreparedSeeker, c: VacancyColumns, i: number, out: Float64Array): void {
  baseFactors(s, c, i, out);
  skillFactors(s, c, i, out);
}

/** Everything but the skill coverage: a handful of array reads. */
export function baseFactors(s: PreparedSeeker, c: VacancyColumns, i: number, out: Float64Array): void {
  const occ = c.occ[i]!;
  out[F.occ] = occ >= 0 ? s.occFit[occ]! : 0;

  const certs = c.certMask[i]!;
  out[F.certSat] = certs ? popcount(certs & s.certMask) / popcount(certs) : 1;
  out[F.penalty] = (certs & s.statutoryMask & ~s.certMask) !== 0 ? s.penalty : 1;

  out[F.geo] = s.geoByDistrict[c.district[i]!]!;

  const lo = c.payMin[i]!;
  const hi = c.payMax[i]!;
  out[F.sal] = s.payMin <= 0 || lo >= s.payMin ? 1 : hi < s.payMin ? 0 : (hi - s.payMin) / (hi - lo);

  const shifts = c.shiftMask[i]!;
  const shift = shifts === 0 || s.prefShifts === 0 ? s.timeUnknown : (shifts & s.prefShifts) !== 0 ? 1 : 0;
  out[F.shift] = shift;
  const typeOk = s.employmentMask === 0 || (s.employmentMask & (1 << c.employment[i]!)) !== 0;
  out[F.time] = typeOk ? shift : shift * 0.5;
  out[F.avail] = shift === 0 ? 0.5 : 1;

  const eduPart = c.edu[i]! <= s.edu ? 1 : 0.5;
  const gap = c.exp[i]! - s.exp;
  out[F.qual] = gap <= 0 ? eduPart : gap <= 1 ? Math.min(eduPart, 0.5) : 0;

  out[F.fresh] = c.closes[i]! - s.todayDay < s.closingSoonDays ? s.closingSoonValue : s.fresh[i]!;
}

/** Required and optional skill coverage, and the skills-and-certificates factor. Needs baseFactors first. */
export function skillFactors(s: PreparedSeeker, c: VacancyColumns, i: number, out: Float64Array): void {
  const reqLen = c.reqLen[i]!;
  const optLen = c.optLen[i]!;
  let req = 0;
  let opt = 0;
  const pool = c.skillPool;
  const flags = s.skillFlags;
  const known = flags.length;
  for (let k = c.reqStart[i]!, end = k + reqLen; k < end; k++) {
    const id = pool[k]!;
    if (id < known) req += flags[id]!;
  }
  for (let k = c.optStart[i]!, end = k + optLen; k < end; k++) {
    const id = pool[k]!;
    if (id < known) opt += flags[id]!;
  }
  const reqCov = reqLen ? req / reqLen : 1;
  const optCov = optLen ? opt / optLen : 1;
  out[F.reqCov] = reqCov;
  out[F.skill] = reqLen + optLen === 0 && c.certMask[i] === 0
    ? s.noSkillsListed
    : s.skillRequired * reqCov + s.skillOptional * optCov + s.skillCert * out[F.certSat]!;
}

/**
 * The most S can be before the skill factor is known (at most `skillBound`, the run's): lets the scan skip
 * hopeless vacancies without the skill loops.
 */
export function scoreCeiling(f: Float64Array, w: PreparedSeeker['w'], skillBound = 1): number {
  return (w.occ * f[F.occ]! + w.skill * skillBound + w.geo * f[F.geo]! + w.sal * f[F.sal]! + w.time * f[F.time]! + w.qual * f[F.qual]!
    + w.fresh * f[F.fresh]!) * f[F.penalty]!;
}

/** Floating-point slack: a ceiling is a different sum from the score, and must never round below it. */
export const SLACK = 1e-9;

/** The most the skill factor can be in run r, knowing which of its required (preferred) skills the seeker has. */
export function runSkillBound(s: PreparedSeeker, sum: RunSummary, r: number, reqHit: boolean, optHit: boolean): number {
  return Math.max(
    sum.bare[r] ? s.noSkillsListed : 0,
    s.skillRequired * (sum.noReq[r] || reqHit ? 1 : 0) + s.skillOptional * (sum.noOpt[r] || optHit ? 1 : 0) + s.skillCert,
  );
}

/**
 * The most any vacancy of run r can score for this seeker, factor by factor from the run summary; occFit and
 * geo are exact per run, `skill` is runSkillBound's.
 */
export function runCeiling(s: PreparedSeeker, sum: RunSummary, r: number, occFit: number, geo: number, skill: number, decayDays: number): number {
  const w = s.w;
  // sal = 1 − (p − lo)/(hi − lo) between lo and hi grows with both, so the run's highest lo and hi bound it.
  const p = s.payMin;
  const lo = sum.maxPayMin[r]!;
  const hi = sum.maxPayMax[r]!;
  const sal = p <= 0 || lo >= p ? 1 : hi <= p ? 0 : (hi - p) / (hi - lo);
  const time = s.prefShifts === 0
    ? s.timeUnknown
    : Math.max(sum.shiftUnknown[r] ? s.timeUnknown : 0, (sum.shiftsAny[r]! & s.prefShifts) !== 0 ? 1 : 0);
  const eduPart = sum.minEdu[r]! <= s.edu ? 1 : 0.5;
  const gap = sum.minExp[r]! - s.exp;
  const qual = gap <= 0 ? eduPart : gap <= 1 ? Math.min(eduPart, 0.5) : 0;
  const fresh = Math.max(s.closingSoonValue, Math.exp(-Math.max(0, s.todayDay - sum.maxPosted[r]!) / decayDays));
  return w.occ * occFit + w.skill * skill + w.geo * geo + w.sal * sal + w.time * time + w.qual * qual + w.fresh * fresh + SLACK;
}

/** S: the weighted sum, times the statutory-certificate penalty. */
export function seekerScore(f: Float64Array, w: PreparedSeeker['w']): number {
  return (w.occ * f[F.occ]! + w.skill * f[F.skill]! + w.geo * f[F.geo]! + w.sal * f[F.sal]! + w.time * f[F.time]!
    + w.qual * f[F.qual]! + w.fresh * f[F.fresh]!) * f[F.penalty]!;
}

/** E (§3.4): does the seeker meet what the vacancy asks for. Never uses a protected attribute. */
export function requirementScore(f: Float64Array, r: ScoringConfig['reciprocity']): number {
  return r.reqSkill * f[F.reqCov]! + r.cert * f[F.certSat]! + r.qual * f[F.qual]! + r.availability * f[F.avail]!;
}

/** M: the harmonic mean of S and E (RECON-style fusion), for lists that rank people for a vacancy. */
export function mutualScore(s: number, e: number): number {
  return s + e === 0 ? 0 : (2 * s * e) / (s + e);
}
