import type { BulletinFigures, Fair, JobSummary, KpiReport, LocalizedText, ReferralStatus } from '../../contract/index.ts';

export interface BulletinInputs {
  published: JobSummary[];
  openNow: number;
  fairs: Fair[];
  referrals: Partial<Record<ReferralStatus, number>>;
  queue: KpiReport;
  /** Queue line id → its name. */
  lineName: (id: string) => LocalizedText | undefined;
  /** The hall's day an instant falls on. */
  dayOf: (iso: string) => string;
}

/** Monday of the week a day is in (weeks as the bulletin's trend chart groups them). */
export function mondayOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return Math.round(s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2);
}

function tally(items: JobSummary[], key: (j: JobSummary) => { code: string; name: string } | null) {
  const m = new Map<string, { code: string; name: string; count: number; headcount: number }>();
  for (const j of items) {
    const k = key(j);
    if (!k) continue;
    const e = m.get(k.code) ?? { ...k, count: 0, headcount: 0 };
    e.count++;
    e.headcount += j.headcount;
    m.set(k.code, e);
  }
  return [...m.values()].sort((a, b) => b.count - a.count || b.headcount - a.headcount || a.code.localeCompare(b.code));
}

/** The figures of one period, from what the capabilities report: pure, so the same inputs give the same issue. */
export function bulletinFigures(i: BulletinInputs): BulletinFigures {
  const weekly = new Map<string, number>();
  for (const j of i.published) {
    const week = mondayOf(i.dayOf(j.postedAt!));
    weekly.set(week, (weekly.get(week) ?? 0) + 1);
  }
  const r = i.referrals;
  return {
    vacancies: {
      published: i.published.length,
      headcount: i.published.reduce((s, j) => s + j.headcount, 0),
      topOccupations: tally(i.published, (j) => (j.occupationCode ? { code: j.occupationCode, name: j.occupationName ?? j.occupationCode } : null)).slice(0, 10),
      byDistrict: tally(i.published, (j) => ({ code: j.district, name: j.districtName })),
      medianMonthlyPay: median(i.published.filter((j) => j.payPeriod === 'monthly').map((j) => (j.payMin + j.payMax) / 2)),
      openAtEnd: i.openNow,
    },
    fairs: i.fairs.filter((f) => f.status === 'scheduled').map((f) => ({ title: f.title, day: f.day, theme: f.theme, booths: f.booths, boothsTaken: f.boothsTaken })),
    referrals: {
      made: Object.values(r).reduce((s, n) => s + (n ?? 0), 0),
      hired: r.hired ?? 0,
      interviewed: r.interviewed ?? 0,
      open: (r.referred ?? 0) + (r.interviewed ?? 0),
      other: (r.rejected ?? 0) + (r['no-show'] ?? 0) + (r.cancelled ?? 0),
    },
    queue: {
      tickets: i.queue.tickets,
      served: i.queue.totals.served,
      waitAvgMinutes: i.queue.totals.waitAvgSec === null ? null : Math.round(i.queue.totals.waitAvgSec / 6) / 10,
      withinTargetShare: i.queue.totals.withinTargetShare,
      byLine: i.queue.rows.filter((row) => row.key !== null && row.served > 0).map((row) => ({ name: i.lineName(row.key!) ?? row.label, served: row.served })),
    },
    weekly: [...weekly].sort((a, b) => a[0].localeCompare(b[0])).map(([week, published]) => ({ week, published })),
  };
}
