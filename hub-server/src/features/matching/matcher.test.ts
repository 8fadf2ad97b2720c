import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Shift, type EducationLevel } from '../../contract/index.ts';
import { startTestHub, type TestHub } from '../../testing/test-hub.ts';
import { seededRandom } from '../../../../scripts/generate-vacancies.ts';
import { EDUCATION_RANK } from '../jobs/labels.ts';
import type { SeekerProfile } from '../seekers/seekers.ts';
import { Matcher, diversify } from './matcher.ts';
import { serviceDay } from '../../infra/clock.ts';

let hub: TestHub;

test.before(async () => {
  hub = await startTestHub();
});
test.after(async () => hub.close());

/** A matcher over the running hub's vacancy pool, built as the matching capability builds its own. */
async function placement() {
  const { vocabulary: vocab, vacancies } = hub.app;
  const matcher = new Matcher(vocab, vacancies.pool, { get: (id) => vacancies.find(id) }, vacancies.view, hub.app.hub.catalogue.hall.timezone);
  return { vocab, vacancies, columns: vacancies.pool, matcher };
}

function randomSeekers(n: number, vocab: Awaited<ReturnType<typeof placement>>['vocab']): SeekerProfile[] {
  const random = seededRandom(99);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const levels = Object.keys(EDUCATION_RANK) as EducationLevel[];
  return Array.from({ length: n }, (_, k) => {
    const wanted = [pick(vocab.occupations), pick(vocab.occupations)];
    return {
      id: `s${k}`, nameMasked: '张*', district: pick(vocab.districts).code, workDistricts: [], wanted: [...new Set(wanted.map((o) => o.code))],
      skills: wanted.flatMap((o) => o.skills.filter(() => random() < 0.6)),
      certificates: wanted.flatMap((o) => o.certificates.filter(() => random() < 0.5)),
      payMin: random() < 0.2 ? 0 : 4000 + Math.round(random() * 60) * 100,
      shifts: random() < 0.3 ? [] : [pick(Shift.options)], avoidShifts: random() < 0.3 ? ['night'] : [],
      employmentTypes: [], education: pick(levels), experienceYears: Math.floor(random() * 8),
      maxCommuteKm: random() < 0.3 ? 10 + Math.floor(random() * 30) : null, consent: true, assistance: random() < 0.1, counsellor: null,
    };
  });
}

test('explanation contract: ≥ 2 reasons, parts add up to the score shown, ★ from the score, ≤ 2 per employer per ten', async () => {
  const p = await placement();
  const now = hub.app.hub.now();
  let results = 0;
  for (const seeker of randomSeekers(150, p.vocab)) {
    const r = p.matcher.jobsFor(seeker, now, 20);
    for (const [k, m] of r.items.entries()) {
      results++;
      assert.ok(m.reasons.length >= 2, `${m.job.title}: ${m.reasons.length} reasons`);
      const sum = m.parts.reduce((a, x) => a + x.points, 0);
      assert.ok(Math.abs(sum - m.score) < 1e-9, `parts ${sum} vs score ${m.score}`);
      assert.is(m.stars, Math.max(1, Math.min(5, Math.round(5 * m.score))));
      assert.ok(m.score >= 0 && m.score <= 1);
      for (const part of m.parts) if (part.factor !== 'penalty') assert.ok(Math.abs(part.points - part.weight * part.value) < 0.001);
      if (k % 10 === 0) {
        const page = r.items.slice(k, k + 10);
        const perEmployer = new Map<string, number>();
        for (const x of page) perEmployer.set(x.job.employerName, (perEmployer.get(x.job.employerName) ?? 0) + 1);
        assert.ok(Math.max(...perEmployer.values()) <= 2, `at most 2 of one employer per page of ten: ${page.map((x) => x.job.employerName).join(',')}`);
      }
    }
  }
  assert.ok(results > 1000, `${results} results checked`);
});

test('hard filters hold for every result: commute, education, pay floor and avoided shifts', async () => {
  const p = await placement();
  const now = hub.app.hub.now();
  for (const seeker of randomSeekers(100, p.vocab)) {
    for (const m of p.matcher.jobsFor(seeker, now, 20).items) {
      const row = p.vacancies.get(m.job.id);
      assert.ok(EDUCATION_RANK[row.education as EducationLevel] <= EDUCATION_RANK[seeker.education] + 1);
      if (seeker.payMin) assert.ok(row.pay_max >= 0.8 * seeker.payMin);
      if (seeker.avoidShifts.includes('night') && m.job.shifts.length) {
        assert.ok(m.job.shifts.some((s) => !['night', 'two-shift', 'three-shift'].includes(s)), `${m.job.shifts}`);
      }
      if (seeker.maxCommuteKm !== null) assert.not.ok(m.gaps.some((g) => g.kind === 'distance' && Number(/约(\d+)/.exec(g.text.zh)?.[1]) > seeker.maxCommuteKm! + 1));
    }
  }
});

test('a missing statutory certificate costs a visible penalty part, and the gap names the training route', async () => {
  const p = await placement();
  const now = hub.app.hub.now();
  const seeker: SeekerProfile = {
    id: 'x', nameMasked: '李*', district: 'jiading', workDistricts: [], wanted: ['6-31-01-03'], skills: ['电气维修'], certificates: [], payMin: 0, shifts: [],
    avoidShifts: [], employmentTypes: [], education: 'junior', experienceYears: 2, maxCommuteKm: null, consent: true, assistance: false, counsellor: null,
  };
  const { id } = hub.app.hub.db.prepare(`SELECT id FROM vacancies WHERE status = 'approved' AND occupation_code = '6-31-01-03' LIMIT 1`).get() as { id: number };
  const electrician = p.matcher.explainFor(seeker, id, now);
  assert.ok(electrician);
  assert.ok(Math.abs(electrician.parts.reduce((a, x) => a + x.points, 0) - electrician.score) < 1e-9);
  const penalty = electrician.parts.find((x) => x.factor === 'penalty');
  assert.ok(penalty && penalty.points < 0 && penalty.value === 0.6);
  const gap = electrician.gaps.find((g) => g.kind === 'certificate');
  assert.ok(gap?.training, 'the certificate gap names the training route');
});

test('the pruned scan keeps exactly the best scores a full scan finds', async () => {
  const p = await placement();
  const now = hub.app.hub.now();
  const { prepareSeeker } = await import('./prepare.ts');
  const { exclusion, factorsAt, requirementScore, seekerScore } = await import('./score.ts');
  const c = p.columns;
  const f = new Float64Array(12);
  for (const seeker of randomSeekers(60, p.vocab).filter((x) => !x.assistance)) {
    const s = prepareSeeker(seeker, p.vocab, c, p.vocab.scoring, now, 'Asia/Shanghai');
    const full: number[] = [];
    for (let i = 0; i < c.size; i++) {
      if (!c.live[i] || c.fair[i]! >= 0 || exclusion(s, c, i)) continue;
      factorsAt(s, c, i, f);
      if (requirementScore(f, p.vocab.scoring.reciprocity) >= p.vocab.scoring.reciprocity.minForSeekerList) full.push(seekerScore(f, s.w));
    }
    full.sort((a, b) => b - a);
    const kept = p.matcher.best(s, 30).sorted().map((i) => {
      factorsAt(s, c, i, f);
      return seekerScore(f, s.w);
    });
    assert.equal(kept.map((x) => x.toFixed(9)), full.slice(0, 30).map((x) => x.toFixed(9)));
  }
});

test('assistance clients get the alliance’s reserved vacancies first, with the reason said', async () => {
  const p = await placement();
  const reserved = hub.app.hub.db.prepare(`SELECT COUNT(*) AS n FROM vacancies WHERE status = 'approved' AND labels LIKE '%assistance-reserved%'`).get() as { n: number };
  assert.ok(reserved.n > 0, 'the demo data has reserved vacancies');
  const seeker: SeekerProfile = {
    id: 'a', nameMasked: '孙*', district: 'putuo', workDistricts: [], wanted: ['4-10-01-05'], skills: ['生活照料'], certificates: [], payMin: 0, shifts: [], avoidShifts: [],
    employmentTypes: [], education: 'junior', experienceYears: 0, maxCommuteKm: null, consent: true, assistance: true, counsellor: null,
  };
  const items = p.matcher.jobsFor(seeker, hub.app.hub.now(), 20).items;
  const firstOther = items.findIndex((m) => !m.reserved);
  assert.ok(items[0]!.reserved);
  assert.ok(items.slice(firstOther).every((m) => !m.reserved), 'no reserved vacancy after an ordinary one');
  assert.is(items[0]!.reasons[0]!.factor, 'reserved');
  const plain = p.matcher.jobsFor({ ...seeker, assistance: false }, hub.app.hub.now(), 20).items;
  assert.not.ok(plain[0]!.reasons.some((r) => r.factor === 'reserved'));
});

test('diversify: a third vacancy of one employer waits for the next page of ten', () => {
  const ranked = [1, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((employer, i) => ({ employer, i }));
  const out = diversify(ranked, (x) => x.employer, 2, 13);
  assert.equal(out.slice(0, 10).filter((x) => x.employer === 1).length, 2);
  assert.is(out.length, 13);
  assert.ok(out.slice(10).some((x) => x.i === 2), 'the held-back one comes on the next page');
});

test('a vacancy is matched through its closing day in the hall\'s time zone, not UTC\'s', async () => {
  const p = await placement();
  const closesOn = serviceDay(new Date(hub.app.hub.now().getTime() + 3 * 86_400_000), 'Asia/Shanghai');
  const made = await hub.app.inject({
    method: 'POST', url: '/api/vacancies', payload: {
      title: '冷库理货员', employerName: '上海闭馆测试冷链有限公司', description: '负责冷库货物分拣、打包、扫码出入库。长白班，入职即缴纳五险。',
      district: 'jiading', payMin: 6000, payMax: 7500, headcount: 2, contactPhone: '021-59990001', closesOn,
    },
  });
  assert.is(made.statusCode, 201, made.body);
  const id = made.json().id as number;
  const approved = await hub.app.inject({ method: 'POST', url: `/api/vacancies/${id}/approve`, headers: await hub.login(), payload: {} });
  assert.is(approved.statusCode, 200, approved.body);
  const seeker = { ...randomSeekers(1, p.vocab)[0]!, wanted: [p.vacancies.find(id)!.occupation_code!], district: 'jiading', payMin: 0, shifts: [], avoidShifts: [], maxCommuteKm: null };
  const listed = (at: string) => p.matcher.jobsFor(seeker, new Date(at), 5000).items.some((m) => m.job.id === id);
  // Shanghai is UTC+8: 23:30 there on the closing day is 15:30 UTC; 00:30 the next day is 16:30 UTC, still the closing day in UTC.
  assert.ok(listed(`${closesOn}T15:30:00Z`), 'open until the end of its closing day in the hall');
  assert.not.ok(listed(`${closesOn}T16:30:00Z`), 'closed once the hall\'s next day begins');
});

test.run();
