import { EmploymentType } from '../../contract/index.ts';
import type { VacancyRow } from '../jobs/vacancy-store.ts';
import type { Vocabulary } from '../jobs/vocabulary.ts';
import { EDUCATION_RANK } from '../jobs/labels.ts';
import type { EducationLevel } from '../../contract/index.ts';

export const DAY_MS = 86_400_000;
const NO_CLOSING_DAY = 2 ** 30;

/**
 * The approved vacancies as columns of typed arrays (matching.md §3.1 step 2): one slot per vacancy, so scoring a
 * seeker against 100k vacancies is a tight loop over numbers with no object per row. Objects per row took ~40×
 * longer in the research measurements. Skills are interned to integers and kept in one pool (CSR style).
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
  private readonly employerIds = new Map<string, number>();
  private readonly slots = new Map<number, number>();
  dead = 0;

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
    this.labelMask = resize(this.labelMask); this.posted = resize(this.posted); this.closes = resize(this.closes);
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
  upsert(r: VacancyRow): void {
    let slot = this.slots.get(r.id);
    if (slot === undefined) {
      if (this.size === this.capacity) this.grow(this.size + 1);
      slot = this.size++;
      this.slots.set(r.id, slot);
    } else if (!this.live[slot]) {
      this.dead--;
    }
    const employerKey = r.employer_id ?? `name:${r.employer_name}`;
    let employer = this.employerIds.get(employerKey);
    if (employer === undefined) {
      employer = this.employerIds.size;
      this.employerIds.set(employerKey, employer);
    }
    this.id[slot] = r.id;
    this.live[slot] = 1;
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
    this.posted[slot] = Date.parse(r.approved_at ?? r.created_at) / DAY_MS;
    this.closes[slot] = r.closes_on ? Math.floor(Date.parse(`${r.closes_on}T23:59:59Z`) / DAY_MS) : NO_CLOSING_DAY;
    this.employer[slot] = employer;
    [this.reqStart[slot], this.reqLen[slot]] = this.pushSkills(JSON.parse(r.skills) as string[]);
    [this.optStart[slot], this.optLen[slot]] = this.pushSkills(JSON.parse(r.preferred_skills) as string[]);
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
