import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WordingCorpusItem } from '../../contract/index.ts';
import { ComplianceChecker } from './compliance.ts';
import { loadVocabulary } from '../vocabulary/vocabulary.ts';
import { CORPUS_SPLITS, falseBlockRate, familyOf, loadCorpus, recall, scoreCorpus } from './wording-corpus.ts';

const contentDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../content');
const rules = loadVocabulary(contentDir).rules;
const checker = new ComplianceChecker(rules);
const bySplit = Object.fromEntries(CORPUS_SPLITS.map((s) => [s, loadCorpus(contentDir, s, rules)])) as Record<string, WordingCorpusItem[]>;
const all = Object.values(bySplit).flat();
const quote = (items: WordingCorpusItem[]) => items.map((i) => `${i.id} ${i.text}`).join('; ');

test('the corpus has at least 300 discriminatory and 300 fair wordings, both kinds in every family', () => {
  const unfair = all.filter((i) => i.label !== 'fair');
  const fair = all.filter((i) => i.label === 'fair');
  assert.ok(unfair.length >= 300, `${unfair.length} discriminatory`);
  assert.ok(fair.length >= 300, `${fair.length} fair`);
  const blockOrReview = rules.filter((r) => r.severity !== 'warn').map((r) => r.id);
  for (const family of blockOrReview) {
    assert.ok(unfair.some((i) => i.label === family), `no discriminatory item for ${family}`);
    assert.ok(fair.some((i) => familyOf(i) === family), `no fair look-alike for ${family}`);
  }
});

test('at least a third of every family and class is held out', () => {
  const heldOut = all.filter((i) => !bySplit.dev!.includes(i));
  const families = new Set(all.map(familyOf));
  for (const family of families) {
    for (const fair of [true, false]) {
      const mine = (items: WordingCorpusItem[]) => items.filter((i) => familyOf(i) === family && (i.label === 'fair') === fair).length;
      const held = mine(heldOut);
      const total = mine(all);
      assert.ok(3 * held >= total, `${family} ${fair ? 'fair' : 'discriminatory'}: ${held} of ${total} held out`);
    }
  }
});

test('on the whole corpus every family has recall ≥ 98 % and false blocks ≤ 1 %', () => {
  const { families, overall } = scoreCorpus(checker, all);
  for (const s of [...families, overall]) {
    assert.ok(recall(s) >= 0.98, `${s.family}: recall ${(100 * recall(s)).toFixed(1)} %, missed ${quote(s.missed)}`);
    assert.ok(falseBlockRate(s) <= 0.01, `${s.family}: ${(100 * falseBlockRate(s)).toFixed(1)} % false blocks: ${quote(s.wronglyBlocked)}`);
  }
});

test('a discriminatory item is caught at its rule’s severity, with the fields the kiosk shows', () => {
  const item = all.find((i) => i.id === 'fees-d01');
  assert.ok(item && item.label === 'FEES_DEPOSIT');
  const [f] = checker.check({ description: item.text }).filter((x) => x.rule === item.label);
  assert.ok(f);
  assert.is(f.severity, 'block');
  assert.is(f.text, '押金');
  assert.ok(f.title.zh && f.fix.zh && f.fix.en && f.basis.length);
});

test('a bad corpus line stops loading with the file, line and field', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wording-corpus-'));
  try {
    fs.mkdirSync(path.join(dir, 'jobs', 'wording-corpus'), { recursive: true });
    const file = path.join(dir, 'jobs', 'wording-corpus', 'dev.jsonl');
    const good = { id: 'gender-d01', label: 'GENDER_ONLY', severity: 'block', text: '限男性', why: '限定男性' };
    fs.writeFileSync(file, `${JSON.stringify(good)}\n${JSON.stringify({ ...good, id: 'gender-d02', severity: 'sometimes' })}\n`);
    assert.throws(() => loadCorpus(dir, 'dev', rules), /dev\.jsonl:2: severity/);
    fs.writeFileSync(file, `${JSON.stringify({ ...good, severity: 'review' })}\n`);
    assert.throws(() => loadCorpus(dir, 'dev', rules), /GENDER_ONLY is a block rule, the item says review/);
    fs.writeFileSync(file, `${JSON.stringify({ ...good, label: 'NO_SUCH_RULE' })}\n`);
    assert.throws(() => loadCorpus(dir, 'dev', rules), /dev\.jsonl:1: no rule "NO_SUCH_RULE"/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
