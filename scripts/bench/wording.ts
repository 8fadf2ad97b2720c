import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ComplianceChecker } from '../../hub-server/src/features/jobs/compliance.ts';
import { loadVocabulary } from '../../hub-server/src/features/vocabulary/vocabulary.ts';
import {
  CORPUS_SPLITS, falseBlockRate, falseReviewRate, loadCorpus, recall, scoreCorpus, type FamilyScore,
} from '../../hub-server/src/features/jobs/wording-corpus.ts';
import { percentile, type BenchRow } from './table.ts';

const contentDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../content');
/** Issue 10's targets for the wording checker, per family and overall. */
const RECALL_TARGET = 0.98;
const FALSE_BLOCK_TARGET = 0.01;
/** Every corpus text is checked this many times for the latency figures. */
const ROUNDS = 50;

/** A typical vacancy as the kiosk sends it: title, a paragraph, skills. */
const TYPICAL_AD = {
  title: '仓库理货员（包吃住）',
  description: '负责仓库货物的分拣、打包与出入库扫码，按单拣货，协助盘点。做六休一，长白班，月薪6000-7500元，入职即缴纳五险，提供员工宿舍和工作餐，男女不限，欢迎有仓库经验者。',
  skills: ['叉车驾驶', '仓库管理'],
};

/**
 * The wording checker measured like a classifier on content/jobs/wording-corpus/: recall and false-block rate per
 * rule family on each split (dev was tuned on; the held-out splits were not, see the corpus README), and how long
 * one ad takes.
 */
export async function benchWording(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const row = (name: string, value: number, unit: string, target?: string, ok?: boolean, note?: string) =>
    rows.push({ area: 'wording', name, value, unit, ...(target && { target }), ...(ok !== undefined && { ok }), ...(note && { note }) });
  const rules = loadVocabulary(contentDir).rules;
  const checker = new ComplianceChecker(rules);
  const texts: string[] = [];

  for (const split of CORPUS_SPLITS) {
    const items = loadCorpus(contentDir, split, rules);
    texts.push(...items.map((i) => i.text));
    const { families, overall } = scoreCorpus(checker, items);
    const report = (s: FamilyScore, label: string) => {
      const r = recall(s);
      const fb = falseBlockRate(s);
      row(`${split} · ${label} · recall`, 100 * r, '%', '≥ 98 %', r >= RECALL_TARGET, `${s.caught}/${s.positives}`);
      row(`${split} · ${label} · false blocks`, 100 * fb, '%', '≤ 1 %', fb <= FALSE_BLOCK_TARGET, `${s.falseBlocks}/${s.fair} fair ads`);
    };
    for (const s of families) report(s, s.family);
    report(overall, 'overall');
    row(`${split} · overall · false reviews`, 100 * falseReviewRate(overall), '%', undefined, undefined,
      `${overall.falseReviews}/${overall.fair} fair ads sent to staff review`);
  }

  for (const t of texts) checker.check({ description: t });
  const perItemUs: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const t of texts) {
      const t0 = process.hrtime.bigint();
      checker.check({ description: t });
      perItemUs.push(Number(process.hrtime.bigint() - t0) / 1000);
    }
  }
  const mean = perItemUs.reduce((a, b) => a + b, 0) / perItemUs.length;
  const p99 = percentile(perItemUs, 99);
  row('corpus item, mean', mean, 'µs', '≤ 50 µs', mean <= 50, `${texts.length} texts × ${ROUNDS}`);
  row('corpus item, p99', p99, 'µs', '≤ 1000 µs', p99 <= 1000);

  const n = 20_000;
  for (let i = 0; i < 2000; i++) checker.check(TYPICAL_AD);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) checker.check(TYPICAL_AD);
  const typicalUs = Number(process.hrtime.bigint() - t0) / 1000 / n;
  row('typical ad (title, description, skills)', typicalUs, 'µs', '≤ 50 µs', typicalUs <= 50, `${rules.length} rules`);
  return rows;
}
