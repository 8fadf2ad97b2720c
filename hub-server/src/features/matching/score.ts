import type { ScoringConfig } from '../../contract/index.ts';
import type { VacancyColumns } from './columns.ts';
import type { PreparedSeeker } from './prepare.ts';

/** Slots of the factor vector `factorsAt` fills. */
export const F = { occ: 0, skill: 1, geo: 2, sal: 3, time: 4, qual: 5, fresh: 6, reqCov: 7, certSat: 8, avail: 9, penalty: 10, shift: 11 } as const;
export const FACTOR_COUNT = 12;
export const FACTORS = ['occ', 'skill', 'geo', 'sal', 'time', 'qual', 'fresh'] as const;
export type Factor = (typeof FACTORS)[number];

/** Why a vacancy is not eligible for a seeker (matching.md §3.1 step 1); 0 = eligible. */
export const EXCLUDED = ['eligible', 'closed', 'commute', 'education', 'pay', 'shift'] as const;
export type Exclusion = (typeof EXCLUDED)[number];

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Hard filters: never on protected attributes, only on what the seeker said they need. Returns an EXCLUDED index. */
export function exclusion(s: PreparedSeeker, c: VacancyColumns, i: number, cfg: ScoringConfig): number {
  if (c.closes[i]! < s.todayDay) return 1;
  if (s.tooFar[c.district[i]!]) return 2;
  if (c.edu[i]! > s.edu + 1) return 3;
  if (s.payMin > 0 && c.payMax[i]! < cfg.salary.hardFloorRatio * s.payMin) return 4;
  const shifts = c.shiftMask[i]!;
  if (shifts !== 0 && (shifts & ~s.avoidShifts) === 0) return 5;
  return 0;
}

/**
 * The factor values f ∈ [0,1] of matching.md §3.2 for one vacancy, written into `out` (no allocation: this runs
 * 100k times per request). The scan and the explanation both call it, so the score shown is the score ranked.
 */
export function factorsAt(s: PreparedSeeker, c: VacancyColumns, i: number, cfg: ScoringConfig, out: Float64Array): void {
  const occ = c.occ[i]!;
  out[F.occ] = occ >= 0 ? s.occFit[occ]! : 0;

  const reqLen = c.reqLen[i]!;
  const optLen = c.optLen[i]!;
  let req = 0;
  let opt = 0;
  const pool = c.skillPool;
  const flags = s.skillFlags;
  for (let k = c.reqStart[i]!, end = k + reqLen; k < end; k++) req += flags[pool[k]!] ?? 0;
  for (let k = c.optStart[i]!, end = k + optLen; k < end; k++) opt += flags[pool[k]!] ?? 0;
  const certs = c.certMask[i]!;
  const reqCov = reqLen ? req / reqLen : 1;
  const optCov = optLen ? opt / optLen : 1;
  const certSat = certs ? popcount(certs & s.certMask) / popcount(certs) : 1;
  out[F.skill] = reqLen + optLen === 0 && certs === 0
    ? cfg.skill.noSkillsListed
    : cfg.skill.required * reqCov + cfg.skill.optional * optCov + cfg.skill.cert * certSat;
  out[F.reqCov] = reqCov;
  out[F.certSat] = certSat;

  out[F.geo] = s.geoByDistrict[c.district[i]!]!;

  const lo = c.payMin[i]!;
  const hi = c.payMax[i]!;
  out[F.sal] = s.payMin <= 0 || lo >= s.payMin ? 1 : hi < s.payMin ? 0 : (hi - s.payMin) / (hi - lo);

  const shifts = c.shiftMask[i]!;
  const shift = shifts === 0 || s.prefShifts === 0 ? cfg.time.unknown : (shifts & s.prefShifts) !== 0 ? 1 : 0;
  out[F.shift] = shift;
  const typeOk = s.employmentMask === 0 || (s.employmentMask & (1 << c.employment[i]!)) !== 0;
  out[F.time] = typeOk ? shift : shift * 0.5;

  const eduPart = c.edu[i]! <= s.edu ? 1 : 0.5;
  const gap = c.exp[i]! - s.exp;
  const expPart = gap <= 0 ? 1 : gap <= 1 ? 0.5 : 0;
  out[F.qual] = Math.min(eduPart, expPart);

  const closesIn = c.closes[i]! - s.todayDay;
  out[F.fresh] = closesIn < cfg.fresh.closingSoonDays ? cfg.fresh.closingSoonValue : Math.exp(-(s.today - c.posted[i]!) / cfg.fresh.decayDays);

  out[F.avail] = shift === 0 ? 0.5 : 1;
  out[F.penalty] = (certs & s.statutoryMask & ~s.certMask) !== 0 ? cfg.penalties.missingStatutoryCertMultiplier : 1;
}

/** S: the weighted sum, times the statutory-certificate penalty. */
export function seekerScore(f: Float64Array, w: ScoringConfig['weights']): number {
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
