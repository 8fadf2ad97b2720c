import type { DemandSurveyReport, HardToFillReason, TrainingNeed } from '../../contract/index.ts';

/** One stored answer, as aggregation reads it. */
export interface SurveyRecord {
  district: string;
  trainingNeeds: TrainingNeed[];
  lines: Array<{ occupationCode: string; headcount: number; payMin: number; payMax: number; hardToFill: boolean; reasons: HardToFillReason[] }>;
}

export interface Names {
  occupation(code: string): string;
  district(code: string): string;
}

type Figures = { headcount: number; employers: number; hardToFill: number; payMin: number; payMax: number; midWeighted: number };
type Report = Omit<DemandSurveyReport, 'quarter' | 'quarters' | 'generatedAt'>;

const empty = (): Figures => ({ headcount: 0, employers: 0, hardToFill: 0, payMin: Infinity, payMax: 0, midWeighted: 0 });

function add(f: Figures, l: SurveyRecord['lines'][number]): void {
  f.headcount += l.headcount;
  f.employers += 1;
  if (l.hardToFill) f.hardToFill += 1;
  f.payMin = Math.min(f.payMin, l.payMin);
  f.payMax = Math.max(f.payMax, l.payMax);
  f.midWeighted += ((l.payMin + l.payMax) / 2) * l.headcount;
}

/** The range spans every answer; the average midpoint is weighted by headcount, so a 200-post plan counts 200 times. */
function pay(f: Figures) {
  return { payMin: f.payMin === Infinity ? 0 : f.payMin, payMax: f.payMax, payMidAvg: f.headcount ? Math.round(f.midWeighted / f.headcount) : 0 };
}

function counted<K extends string>(map: Map<K, number>): Array<[K, number]> {
  return [...map].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/**
 * The quarter's answers added up: totals by occupation and by district, the occupation × district cells, the
 * hard-to-fill reasons (one count per post that names it) and training needs (one per employer). Each survey
 * has at most one line per occupation, so "employers" is a count of answers.
 */
export function aggregate(records: SurveyRecord[], names: Names): Report {
  const byOcc = new Map<string, Figures>();
  const occReasons = new Map<string, Map<HardToFillReason, number>>();
  const byDistrict = new Map<string, { headcount: number; employers: number }>();
  const cells = new Map<string, Figures & { occupationCode: string; district: string }>();
  const reasons = new Map<HardToFillReason, number>();
  const training = new Map<TrainingNeed, number>();
  let headcount = 0;
  for (const r of records) {
    const d = byDistrict.get(r.district) ?? { headcount: 0, employers: 0 };
    d.employers += 1;
    for (const l of r.lines) {
      headcount += l.headcount;
      d.headcount += l.headcount;
      const o = byOcc.get(l.occupationCode) ?? empty();
      add(o, l);
      byOcc.set(l.occupationCode, o);
      const key = `${l.occupationCode}|${r.district}`;
      const c = cells.get(key) ?? { ...empty(), occupationCode: l.occupationCode, district: r.district };
      add(c, l);
      cells.set(key, c);
      const mine = occReasons.get(l.occupationCode) ?? new Map<HardToFillReason, number>();
      for (const why of l.reasons) {
        reasons.set(why, (reasons.get(why) ?? 0) + 1);
        mine.set(why, (mine.get(why) ?? 0) + 1);
      }
      occReasons.set(l.occupationCode, mine);
    }
    byDistrict.set(r.district, d);
    for (const need of new Set(r.trainingNeeds)) training.set(need, (training.get(need) ?? 0) + 1);
  }
  return {
    responses: records.length,
    headcount,
    byOccupation: [...byOcc].sort((a, b) => b[1].headcount - a[1].headcount || a[0].localeCompare(b[0])).map(([code, f]) => ({
      occupationCode: code, occupationName: names.occupation(code), headcount: f.headcount, employers: f.employers, hardToFill: f.hardToFill, ...pay(f),
      reasons: counted(occReasons.get(code)!).map(([reason, count]) => ({ reason, count })),
    })),
    byDistrict: [...byDistrict].sort((a, b) => b[1].headcount - a[1].headcount || a[0].localeCompare(b[0])).map(([code, d]) => ({
      district: code, districtName: names.district(code), headcount: d.headcount, employers: d.employers,
    })),
    reasons: counted(reasons).map(([reason, count]) => ({ reason, count })),
    training: counted(training).map(([need, count]) => ({ need, count })),
    cells: [...cells.values()].sort((a, b) => a.occupationCode.localeCompare(b.occupationCode) || b.headcount - a.headcount || a.district.localeCompare(b.district))
      .map((c) => ({ occupationCode: c.occupationCode, district: c.district, headcount: c.headcount, employers: c.employers, hardToFill: c.hardToFill, ...pay(c) })),
  };
}
