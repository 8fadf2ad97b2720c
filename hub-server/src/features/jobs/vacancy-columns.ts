import { EmploymentType, PayPeriod, Programme, type EducationLevel } from '../../contract/index.ts';
import { EDUCATION_RANK } from './labels.ts';
import type { VacancyRow } from './vacancy-store.ts';
import type { Vocabulary } from '../vocabulary/vocabulary.ts';
import { summarizeRuns, type RunSummary } from './run-summary.ts';

export const DAY_MS = 86_400_000;
const NO_CLOSING_DAY = 2 ** 30;

/** The columns the pool reads: everything but the long texts. */
export const POOL_COLUMNS = [
  'id', 'employer_id', 'employer_name', 'occupation_code', 'district', 'pay_min', 'pay_max', 'pay_period', 'piece_rate', 'shift_mask',
  'employment_type', 'skills', 'preferred_skills', 'certificates', 'education', 'experience_years', 'meals', 'lodging', 'label_mask',
  'programme', 'closes_on', 'fair_id', 'created_at', 'approved_at',
] as const;
export type PoolRow = Pick<VacancyRow, (typeof POOL_COLUMNS)[number]>;

export const FLAG_MEALS = 1;
export const FLAG_LODGING = 2;

/** Slots grouped by run (occupation × district), with what each run offers at best (see run-summary.ts). */
export interface Runs {
  order: Int32Array;
  offsets: Int32Array;
  labelled: Map<number, Int32Array>;
  summary: RunSummary;
}

/**
 * The approved vacancies as columns of typed arrays (matching.md §3.1 step 2): one slot per vacancy, so scoring a
 * seeker against 100k vacancies, or filtering a search's hits, is a tight loop over numbers with no object and no
 * SQL row per vacancy. Objects per row took ~40× longer in the research measurements. Skills are interned to
 * integers and kept in one pool (CSR style).
 */
export class VacancyColumns {
  size = 0;
  capacity = 0;
  id = new Int32Array(0);
  live = new Uint8Array(0);
  occ = new Int16Array(0);
  district = new Int16Array(0);
  payMin = new Int32Array(0);
  payMax = new Int32Array(0);
  shiftMask = new Uint8Array(0);
  certMask = new Uint32Array(0);
  edu = new Uint8Array(0);
  exp = new Uint8Array(0);
  employment = new Uint8Array(0);
  labelMask = new Uint8Array(0);
  flags = new Uint8Array(0);
  payPeriod = new Uint8Array(0);
  programme = new Uint8Array(0);
  /** Index into `fairs` for a fair-only vacancy, -1 for one in the general pool. */
  fair = new Int32Array(0);
  /** Days since the epoch, fractional. */
  posted = new Float64Array(0);
  closes = new Int32Array(0);
  employer = new Int32Array(0);
  reqStart = new Int32Array(0);
  reqLen = new Uint8Array(0);
  optStart = new Int32Array(0);
  optLen = new Uint8Array(0);
  skillPool = new Int32Array(1024);
  poolSize = 0;

  readonly skillIds = new Map<string, number>();
  readonly skillNames: string[] = [];
  readonly employerIds = new Map<string, number>();
  readonly fairIds = new Map<string, number>();
  private readonly slots = new Map<number, number>();
  dead = 0;
  private byOcc: Runs | null = null;
  private fresh = new Float64Array(0);
  private freshDay = -1;
  private freshDecay = 0;
  private freshSize = 0;

  constructor(private readonly vocab: Vocabulary) {}

  skillId(name: string): number {
    let id = this.skillIds.get(name);
    if (id === undefined) {
      id = this.skillNames.length;
      this.skillIds.set(name, id);
      this.skillNames.push(name);
    }
    return id;
  }

  private intern(map: Map<string, number>, key: string): number {
    let id = map.get(key);
    if (id === undefined) {
      id = map.size;
      map.set(key, id);
    }
    return id;
  }

  slotOf(vacancyId: number): number | undefined {
    return this.slots.get(vacancyId);
  }

  private grow(min: number): void {
    const capacity = Math.max(min, this.capacity * 2, 1024);
    const resize = <T extends Int32Array | Uint8Array | Int16Array | Uint32Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(capacity);
      b.set(a);
      return b;
    };
    this.id = resize(this.id); this.live = resize(this.live); this.occ = resize(this.occ); this.district = resize(this.district);
    this.payMin = resize(this.payMin); this.payMax = resize(this.payMax); this.shiftMask = resize(this.shiftMask);
    this.certMask = resize(this.certMask); this.edu = resize(this.edu); this.exp = resize(this.exp); this.employment = resize(this.employment);
    this.labelMask = resize(this.labelMask); this.flags = resize(this.flags); this.payPeriod = resize(this.payPeriod);
    this.programme = resize(this.programme); this.fair = resize(this.fair); this.posted = resize(this.posted); this.closes = resize(this.closes);
    this.employer = resize(this.employer); this.reqStart = resize(this.reqStart); this.reqLen = resize(this.reqLen);
    this.optStart = resize(this.optStart); this.optLen = resize(this.optLen);
    this.capacity = capacity;
  }

  private pushSkills(names: string[]): [number, number] {
    const start = this.poolSize;
    const n = Math.min(names.length, 255);
    if (this.poolSize + n > this.skillPool.length) {
      const b = new Int32Array(Math.max(this.skillPool.length * 2, this.poolSize + n));
      b.set(this.skillPool);
      this.skillPool = b;
    }
    for (let k = 0; k < n; k++) this.skillPool[this.poolSize++] = this.skillId(names[k]!);
    return [start, n];
  }

  /** Adds or replaces a vacancy (on approval). Only approved vacancies belong here. */
  upsert(r: PoolRow): void {
    let slot = this.slots.get(r.id);
    if (slot === undefined) {
      if (this.size === this.capacity) this.grow(this.size + 1);
      slot = this.size++;
      this.slots.set(r.id, slot);
    } else if (!this.live[slot]) {
      this.dead--;
    }
    // Vacancies without an account are grouped by the employer's name, for the per-employer cap.
    const employer = this.intern(this.employerIds, r.employer_id ?? `name:${r.employer_name}`);
    this.id[slot] = r.id;
    this.live[slot] = 1;
    this.byOcc = null;
    this.occ[slot] = this.vocab.occupationIndex(r.occupation_code);
    this.district[slot] = this.vocab.districtIndex(r.district);
    this.payMin[slot] = r.pay_min;
    this.payMax[slot] = r.pay_max;
    this.shiftMask[slot] = r.shift_mask;
    this.certMask[slot] = this.vocab.certMask(JSON.parse(r.certificates) as string[]);
    this.edu[slot] = EDUCATION_RANK[r.education as EducationLevel] ?? 0;
    this.exp[slot] = Math.min(r.experience_years, 255);
    this.employment[slot] = Math.max(0, EmploymentType.options.indexOf(r.employment_type as never));
    this.labelMask[slot] = r.label_mask;
    this.flags[slot] = (r.meals ? FLAG_MEALS : 0) | (r.lodging ? FLAG_LODGING : 0);
    this.payPeriod[slot] = Math.max(0, PayPeriod.options.indexOf(r.pay_period as never));
    this.programme[slot] = Math.max(0, Programme.options.indexOf(r.programme as never));
    this.fair[slot] = r.fair_id ? this.intern(this.fairIds, r.fair_id) : -1;
    this.posted[slot] = Date.parse(r.approved_at ?? r.created_at) / DAY_MS;
    if (slot < this.freshSize) this.fresh[slot] = Math.exp(-Math.max(0, this.freshDay - this.posted[slot]!) / this.freshDecay);
    this.closes[slot] = r.closes_on ? Math.floor(Date.parse(`${r.closes_on}T23:59:59Z`) / DAY_MS) : NO_CLOSING_DAY;
    this.employer[slot] = employer;
    [this.reqStart[slot], this.reqLen[slot]] = this.pushSkills(JSON.parse(r.skills) as string[]);
    [this.optStart[slot], this.optLen[slot]] = this.pushSkills(JSON.parse(r.preferred_skills) as string[]);
  }

  /**
   * exp(−age/decay) per slot for one day (matching.md §3.2 f_new), computed once a day and for new slots as they
   * come, instead of 100k exponentials per match request. Age counts from the start of the day.
   */
  freshness(day: number, decayDays: number): Float64Array {
    if (day !== this.freshDay || decayDays !== this.freshDecay || this.fresh.length < this.capacity) {
      if (this.fresh.length < this.capacity) this.fresh = new Float64Array(this.capacity);
      this.freshDay = day;
      this.freshDecay = decayDays;
      this.freshSize = 0;
    }
    for (let i = this.freshSize; i < this.size; i++) this.fresh[i] = Math.exp(-Math.max(0, day - this.posted[i]!) / decayDays);
    this.freshSize = this.size;
    return this.fresh;
  }

  /**
   * Slots grouped by occupation, district and whether any skill is required (a counting sort, redone after a
   * change): run r = (bucket × districts + district) × 2 + (1 if skills are required) holds
   * order[offsets[r] .. offsets[r+1]), where bucket is the occupation index and the last bucket holds the
   * vacancies with no code. Matching visits the runs that could score best first and stops at the first run
   * that cannot beat what it already has. The split by required skills matters: a vacancy requiring none
   * counts as fully covered, so mixed in it would make every run's skill bound useless.
   */
  runs(): Runs {
    if (this.byOcc) return this.byOcc;
    const n = this.vocab.occupations.length;
    const nd = this.vocab.districts.length;
    const run = (i: number) => (((this.occ[i]! < 0 ? n : this.occ[i]!) * nd + Math.max(0, this.district[i]!)) << 1) | (this.reqLen[i]! > 0 ? 1 : 0);
    const offsets = new Int32Array((n + 1) * nd * 2 + 1);
    for (let i = 0; i < this.size; i++) offsets[run(i) + 1]!++;
    for (let r = 0; r + 1 < offsets.length; r++) offsets[r + 1]! += offsets[r]!;
    const fill = offsets.slice();
    const order = new Int32Array(this.size);
    for (let i = 0; i < this.size; i++) order[fill[run(i)]!++] = i;
    this.byOcc = { order, offsets, labelled: new Map(), summary: summarizeRuns(this, run, offsets.length - 1) };
    return this.byOcc;
  }

  /** The slots carrying a label bit (e.g. the alliance's reserved vacancies), cached with the runs. */
  withLabel(bit: number): Int32Array {
    const cache = this.runs().labelled;
    let slots = cache.get(bit);
    if (!slots) {
      const found: number[] = [];
      for (let i = 0; i < this.size; i++) if (this.labelMask[i]! & bit) found.push(i);
      slots = Int32Array.from(found);
      cache.set(bit, slots);
    }
    return slots;
  }

  /** Takes a vacancy out of the pool (withdrawn, expired, edited back to review). */
  remove(vacancyId: number): void {
    const slot = this.slots.get(vacancyId);
    if (slot === undefined || !this.live[slot]) return;
    this.live[slot] = 0;
    this.dead++;
  }

  /** Live vacancies. */
  get count(): number {
    return this.size - this.dead;
  }
}
