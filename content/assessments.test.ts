import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { AssessmentFlow } from '../hub-server/src/contract/index.ts';
import { loadCatalogue } from '../hub-server/src/infra/content.ts';
import { loadFlows } from '../hub-server/src/features/flows/load.ts';
import { loadVocabulary } from '../hub-server/src/features/vocabulary/vocabulary.ts';
import { score, suggest } from '../hub-server/src/features/assessments/score.ts';

/** The interest questionnaire (content/flows/interests.json), checked as a questionnaire people can rely on. */

const dir = fileURLToPath(new URL('.', import.meta.url));
const def = loadFlows(dir, loadCatalogue(dir)).map((f) => f.definition).find((d): d is AssessmentFlow => d.id === 'interests')!;
const vocab = loadVocabulary(dir);

test('RIASEC: six scales, at least 36 items, at least six a scale, never two of a scale in a row', () => {
  assert.equal(def.scales.map((s) => s.letter).join(''), 'RIASEC');
  assert.ok(def.items.length >= 36, `${def.items.length} items`);
  for (const s of def.scales) assert.ok(def.items.filter((i) => i.scale === s.id).length >= 6, s.id);
  def.items.forEach((item, i) => assert.ok(i === 0 || def.items[i - 1]!.scale !== item.scale, `${item.id} follows an item of the same scale`));
});

test('items are short, plain statements people with little schooling can read', () => {
  for (const item of def.items) {
    assert.ok([...item.text.zh].length <= 16, `${item.id}: ${item.text.zh}`);
    assert.not.match(item.text.zh, /[A-Za-z]/, item.id);
  }
});

test('every suggested occupation is in content/jobs/occupations.json, and each scale leads to some', () => {
  for (const o of def.occupations) assert.ok(vocab.occupation(o.code), `${o.code} ${o.label.zh}`);
  for (const s of def.scales) assert.ok(def.occupations.some((o) => o.scales[0] === s.id), `no occupation led by ${s.id}`);
});

test('a person who likes only one kind of thing is pointed to that kind of work', () => {
  for (const s of def.scales) {
    const answers = Object.fromEntries(def.items.map((i) => [i.id, i.scale === s.id ? 2 : 0]));
    const p = score(def, answers);
    assert.is(p.scales[0]!.scale.id, s.id);
    const top = suggest(def, p);
    assert.ok(top.length > 0 && top[0]!.occupation.scales[0] === s.id, `${s.id}: ${top.map((o) => o.occupation.label.zh).join(', ')}`);
  }
});

test.run();
