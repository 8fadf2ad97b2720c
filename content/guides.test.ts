import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ServiceGuide } from '../hub-server/src/contract/index.ts';

/** Service guides (办事指南): content/guides/<function id>.json, one per handbook function. */

const guidesDir = new URL('./guides/', import.meta.url);
const services = JSON.parse(readFileSync(new URL('./services.json', import.meta.url), 'utf8')) as {
  functions: { id: string; zh: string; queue?: string }[];
};
const hall = JSON.parse(readFileSync(new URL('./hall.json', import.meta.url), 'utf8')) as {
  queues: { id: string; prefix: string; counters: string[] }[];
  counters: { id: string; window: number }[];
};

const functionsById = new Map(services.functions.map((f) => [f.id, f]));
const files = readdirSync(guidesDir).filter((name) => name.endsWith('.json')).sort();

type Text = { zh: string; en: string };
type Guide = ServiceGuide;

/** The guides that parse; a file that does not is reported by the first test instead of stopping the run. */
const guides: { file: string; guide: Guide }[] = files.flatMap((file) => {
  try {
    const parsed = ServiceGuide.safeParse(JSON.parse(readFileSync(new URL(file, guidesDir), 'utf8')));
    return parsed.success ? [{ file, guide: parsed.data }] : [];
  } catch {
    return [];
  }
});

/** Every bilingual text of a guide, with a label saying where it sits. */
function texts(g: Guide): [string, Text][] {
  const out: [string, Text][] = [
    ['summary', g.summary],
    ['where', g.where],
    ['hours', g.hours],
    ['fees', g.fees],
    ['timeLimit', g.timeLimit],
  ];
  g.whoQualifies.forEach((t, i) => out.push([`whoQualifies[${i}]`, t]));
  g.documents.forEach((t, i) => out.push([`documents[${i}]`, t]));
  g.steps.forEach((t, i) => out.push([`steps[${i}]`, t]));
  g.faq.forEach((f, i) => {
    out.push([`faq[${i}].q`, f.q]);
    out.push([`faq[${i}].a`, f.a]);
  });
  return out;
}

/** Wording that would set a limit by gender, age, hukou or marital status. */
const discriminatory = ['限男', '限女', '男性优先', '女性优先', '岁以下', '周岁以下', '本地户口', '已婚', '未婚'];

test('every guide file parses with the ServiceGuide schema', () => {
  assert.ok(files.length > 0, 'no guide files yet');
  for (const file of files) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(new URL(file, guidesDir), 'utf8'));
    } catch (e) {
      assert.unreachable(`${file}: not valid JSON: ${(e as Error).message}`);
    }
    const parsed = ServiceGuide.safeParse(raw);
    assert.ok(parsed.success, `${file}: ${parsed.success ? '' : parsed.error.message}`);
  }
});

test('the file name is the guide id, and the id is a function in services.json', () => {
  for (const { file, guide } of guides) {
    assert.is(file, `${guide.id}.json`, file);
    assert.ok(functionsById.has(guide.id), `${file}: ${guide.id} is not in services.json`);
  }
});

test('no text is empty, and no zh text is left untranslated in en', () => {
  for (const { file, guide } of guides) {
    for (const [where, t] of texts(guide)) {
      assert.ok(t.zh.trim().length > 0, `${file} ${where}.zh is empty`);
      assert.ok(t.en.trim().length > 0, `${file} ${where}.en is empty`);
      assert.is.not(t.zh.trim(), t.en.trim(), `${file} ${where}: zh and en are identical`);
      assert.ok(/[\u4e00-\u9fff]/.test(t.zh), `${file} ${where}.zh has no Chinese`);
      assert.not.ok(/[\u4e00-\u9fff]/.test(t.en) && !/[A-Za-z]/.test(t.en), `${file} ${where}.en is not English`);
    }
    for (const s of [...guide.basis, ...guide.keywords]) assert.ok(s.trim().length > 0, `${file}: empty basis or keyword`);
  }
});

test('guides have the shape readers need: steps, FAQ, keywords', () => {
  for (const { file, guide } of guides) {
    assert.ok(guide.steps.length >= 3 && guide.steps.length <= 7, `${file}: ${guide.steps.length} steps (want 3–7)`);
    assert.ok(guide.faq.length >= 2 && guide.faq.length <= 4, `${file}: ${guide.faq.length} FAQ entries (want 2–4)`);
    assert.ok(guide.keywords.length >= 3 && guide.keywords.length <= 8, `${file}: ${guide.keywords.length} keywords (want 3–8)`);
    assert.ok(guide.basis.length >= 1, `${file}: no legal or policy basis`);
    assert.is(new Set(guide.keywords).size, guide.keywords.length, `${file}: duplicate keywords`);
  }
});

test('no Chinese text sets a discriminatory limit', () => {
  for (const { file, guide } of guides) {
    const zh: [string, string][] = texts(guide).map(([where, t]) => [where, t.zh]);
    guide.keywords.forEach((k, i) => zh.push([`keywords[${i}]`, k]));
    guide.basis.forEach((b, i) => zh.push([`basis[${i}]`, b]));
    for (const [where, s] of zh) {
      for (const word of discriminatory) assert.not.ok(s.includes(word), `${file} ${where} contains “${word}”: ${s}`);
    }
  }
});

test('a function with a queue names that line’s ticket prefix and windows in where.zh', () => {
  for (const { file, guide } of guides) {
    const fn = functionsById.get(guide.id);
    if (!fn?.queue) continue;
    const line = hall.queues.find((q) => q.id === fn.queue);
    assert.ok(line, `${file}: queue ${fn.queue} is not in hall.json`);
    const where = guide.where.zh;
    assert.ok(new RegExp(`(^|[^A-Za-z])${line.prefix}([^A-Za-z]|$)`).test(where), `${file}: where.zh does not name prefix ${line.prefix}: ${where}`);
    for (const counterId of line.counters) {
      const window = hall.counters.find((c) => c.id === counterId)?.window;
      assert.ok(window !== undefined && where.includes(String(window)), `${file}: where.zh does not name window ${window}: ${where}`);
    }
  }
});

test('all 89 functions have a guide', () => {
  assert.is(services.functions.length, 89);
  const have = new Set(guides.map((g) => g.guide.id));
  const missing = services.functions.filter((f) => !have.has(f.id)).map((f) => `${f.id} ${f.zh}`);
  assert.equal(missing, [], `missing guides: ${missing.join(', ')}`);
});

test.run();
