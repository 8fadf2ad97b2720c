import type { VacancyColumns } from './vacancy-columns.ts';

/**
 * What the vacancies of each run (one occupation in one district, with or without required skills) have at best, whoever is asking: the newest
 * posting, the highest pay, the lowest education and experience asked, the shifts offered, and which skills
 * any of them requires or prefers. Matching turns these into a ceiling per run that is far tighter than
 * "every other factor counts as 1", so the scan stops early even for a seeker whose occupation is rare.
 * Removed vacancies stay counted until the runs are rebuilt: a bound may be loose, never too low.
 */
export interface RunSummary {
  maxPosted: Float64Array;
  maxPayMin: Int32Array;
  maxPayMax: Int32Array;
  minEdu: Uint8Array;
  minExp: Uint8Array;
  /** Shift bits any vacancy of the run offers. */
  shiftsAny: Uint8Array;
  /** 1 when a vacancy of the run names no shift. */
  shiftUnknown: Uint8Array;
  /** 1 when a vacancy lists no skills and no certificates (its skill factor is the fixed noSkillsListed value). */
  bare: Uint8Array;
  /** 1 when a vacancy has no required (no preferred) skills: its coverage of them counts as full. */
  noReq: Uint8Array;
  noOpt: Uint8Array;
  /** Per skill id, the runs in which some vacancy requires (prefers) it. */
  reqRuns: Map<number, Int32Array>;
  optRuns: Map<number, Int32Array>;
}

export function summarizeRuns(c: VacancyColumns, runOf: (slot: number) => number, runCount: number): RunSummary {
  const s: RunSummary = {
    maxPosted: new Float64Array(runCount).fill(-Infinity), maxPayMin: new Int32Array(runCount), maxPayMax: new Int32Array(runCount),
    minEdu: new Uint8Array(runCount).fill(255), minExp: new Uint8Array(runCount).fill(255), shiftsAny: new Uint8Array(runCount),
    shiftUnknown: new Uint8Array(runCount), bare: new Uint8Array(runCount), noReq: new Uint8Array(runCount), noOpt: new Uint8Array(runCount),
    reqRuns: new Map(), optRuns: new Map(),
  };
  const req = new Map<number, Set<number>>();
  const opt = new Map<number, Set<number>>();
  const note = (m: Map<number, Set<number>>, skill: number, r: number) => {
    let runs = m.get(skill);
    if (!runs) m.set(skill, (runs = new Set()));
    runs.add(r);
  };
  for (let i = 0; i < c.size; i++) {
    const r = runOf(i);
    if (c.posted[i]! > s.maxPosted[r]!) s.maxPosted[r] = c.posted[i]!;
    if (c.payMin[i]! > s.maxPayMin[r]!) s.maxPayMin[r] = c.payMin[i]!;
    if (c.payMax[i]! > s.maxPayMax[r]!) s.maxPayMax[r] = c.payMax[i]!;
    if (c.edu[i]! < s.minEdu[r]!) s.minEdu[r] = c.edu[i]!;
    if (c.exp[i]! < s.minExp[r]!) s.minExp[r] = c.exp[i]!;
    s.shiftsAny[r]! |= c.shiftMask[i]!;
    if (c.shiftMask[i] === 0) s.shiftUnknown[r] = 1;
    const reqLen = c.reqLen[i]!;
    const optLen = c.optLen[i]!;
    if (reqLen === 0 && optLen === 0 && c.certMask[i] === 0) s.bare[r] = 1;
    if (reqLen === 0) s.noReq[r] = 1;
    if (optLen === 0) s.noOpt[r] = 1;
    for (let k = c.reqStart[i]!, end = k + reqLen; k < end; k++) note(req, c.skillPool[k]!, r);
    for (let k = c.optStart[i]!, end = k + optLen; k < end; k++) note(opt, c.skillPool[k]!, r);
  }
  for (const [skill, runs] of req) s.reqRuns.set(skill, Int32Array.from(runs));
  for (const [skill, runs] of opt) s.optRuns.set(skill, Int32Array.from(runs));
  return s;
}
