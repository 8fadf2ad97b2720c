import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { JobSummary, KpiReport } from '../../contract/index.ts';
import { bulletinFigures, mondayOf } from './figures.ts';

const job = (id: number, code: string | null, district: string, pay: [number, number], postedAt: string, headcount = 1): JobSummary => ({
  id, title: 't', employerName: 'e', district, districtName: district.toUpperCase(), occupationCode: code, occupationName: code && `occ ${code}`,
  payMin: pay[0], payMax: pay[1], payPeriod: 'monthly', shifts: [], employmentType: 'full-time', meals: false, lodging: false, headcount,
  labels: [], programme: 'local', postedAt, closesOn: null, fairId: null,
});
const figures = { transactions: 0, called: 0, served: 7, noShows: 0, waitCount: 0, waitAvgSec: 300, waitP90Sec: null, serviceCount: 0, serviceAvgSec: null, serviceP90Sec: null, walkAvgSec: null, noShowRate: null, withinTargetShare: 0.8, outcomes: {} };
const queue = {
  from: '2031-03-03', to: '2031-03-16', groupBy: 'queue', timezone: 'Asia/Shanghai', generatedAt: '2031-03-17T00:00:00Z', tickets: 9,
  rows: [{ ...figures, key: 'placement', label: { zh: 'B', en: 'B' }, targetMinutes: 15 }, { ...figures, served: 0, key: null, label: { zh: '未叫', en: 'n' }, targetMinutes: null }],
  totals: figures,
} as unknown as KpiReport;

test('weeks start on Monday', () => {
  assert.is(mondayOf('2031-03-09'), '2031-03-03'); // a Sunday
  assert.is(mondayOf('2031-03-10'), '2031-03-10');
});

test('the figures rank occupations, count districts and weeks, take the pay median and sum the referrals', () => {
  const f = bulletinFigures({
    published: [
      job(1, '4-07-05-01', 'pudong', [4000, 6000], '2031-03-03T02:00:00Z', 3),
      job(2, '4-07-05-01', 'pudong', [5000, 7000], '2031-03-04T02:00:00Z'),
      job(3, '6-31-01-03', 'jiading', [7000, 9000], '2031-03-11T02:00:00Z', 2),
      job(4, null, 'jiading', [3000, 3000], '2031-03-12T02:00:00Z'),
    ],
    openNow: 40,
    fairs: [],
    referrals: { referred: 2, interviewed: 1, hired: 4, rejected: 1, 'no-show': 1 },
    queue,
    lineName: (id) => (id === 'placement' ? { zh: '求职登记与职业介绍', en: 'Placement' } : undefined),
    dayOf: (iso) => iso.slice(0, 10),
  });
  assert.equal(f.vacancies.topOccupations.map((o) => [o.code, o.count, o.headcount]), [['4-07-05-01', 2, 4], ['6-31-01-03', 1, 2]]);
  assert.equal(f.vacancies.byDistrict.map((d) => [d.code, d.count]), [['pudong', 2], ['jiading', 2]], 'ties broken by headcount (4 against 3)');
  assert.is(f.vacancies.published, 4);
  assert.is(f.vacancies.headcount, 7);
  assert.is(f.vacancies.medianMonthlyPay, 5500, 'midpoints 5000, 6000, 8000, 3000 → 5500');
  assert.equal(f.weekly, [{ week: '2031-03-03', published: 2 }, { week: '2031-03-10', published: 2 }]);
  assert.equal(f.referrals, { made: 9, hired: 4, interviewed: 1, open: 3, other: 2 });
  assert.equal(f.queue, { tickets: 9, served: 7, waitAvgMinutes: 5, withinTargetShare: 0.8, byLine: [{ name: { zh: '求职登记与职业介绍', en: 'Placement' }, served: 7 }] });
});

test.run();
