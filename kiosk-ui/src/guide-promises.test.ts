/**
 * The guides (content/guides) may send a visitor only to buttons the kiosk has. Every name a guide quotes as
 * something to tap on the kiosk (点“…”, 自助机“…”) must be a label the kiosk shows — a module, a service, a
 * flow in content/flows the kiosk can show, or one of the kiosk's own words — and a feature (booking,
 * pre-application, progress look-up, calculator, card reading…) may be promised only where the function has
 * a flow that does it. A step done with a flow names that flow (`kiosk`) and quotes its button, and keeps its
 * `otherwise` (the window route) for paper.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FlowDefinition, ServiceGuide, guideSteps, summaryOf, type LocalizedText } from '@jobhall/hub-server/contract';
import { canShow } from './engine/kinds.ts';
import { m } from './messages.ts';
import { jm } from './jobs/messages.ts';

const dir = new URL('../../content/guides/', import.meta.url);
const catalogue = JSON.parse(readFileSync(new URL('../../content/services.json', import.meta.url), 'utf8')) as {
  modules: Array<{ zh: string }>; functions: Array<{ id: string; zh: string }>;
};
const flowDir = new URL('../../content/flows/', import.meta.url);
/** The flows the kiosk offers today: the definitions in content/flows of a kind it can draw. */
const DEFINITIONS = readdirSync(flowDir).filter((f) => f.endsWith('.json'))
  .map((f) => FlowDefinition.parse(JSON.parse(readFileSync(new URL(f, flowDir), 'utf8')))).filter((d) => canShow(summaryOf(d)));
const FLOWS = DEFINITIONS.map(summaryOf);
const flowsOf = (serviceId: string) => FLOWS.filter((f) => f.functions.includes(serviceId));
const definitionsOf = (serviceId: string) => DEFINITIONS.filter((d) => d.functions.includes(serviceId));
const guides = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => ServiceGuide.parse(JSON.parse(readFileSync(new URL(f, dir), 'utf8'))));

/** Every label the kiosk can show: its words, its modules and services, its flows, the keyboard's and pad's keys. */
const labels = new Set<string>([
  ...Object.values(m).map((x) => x.zh), ...Object.values(jm).map((x) => x.zh),
  ...catalogue.modules.map((x) => x.zh), ...catalogue.functions.map((x) => x.zh),
  ...FLOWS.map((f) => f.label.zh), '确定', '完成', '取消', '删除', '清空',
]);

const ofKind = (...kinds: FlowDefinition['kind'][]) => (defs: readonly FlowDefinition[]) => defs.some((d) => kinds.includes(d.kind));
/** A form that fills the applicant's name and ID number from the card reader. */
const readsCard = (defs: readonly FlowDefinition[]) => defs.some((d) => d.kind === 'form' && JSON.stringify(d.pages).includes('"fillFrom":"card"'));

/**
 * Words that promise a kiosk feature, and what a function's flows must be for the promise to hold: a booking
 * flow books (自助机预约), a form pre-applies (预申请, 预填), a status flow shows progress (查进度), and so on.
 * A word whose test is null is a feature no flow gives: never promised. (大字 and 语音 are on every screen's top bar,
 * so any guide may name them.)
 */
const PROMISES: Record<string, ((defs: readonly FlowDefinition[]) => boolean) | null> = {
  '自助机预约': ofKind('booking'), '预约顾问': ofKind('booking'),
  '自助机报名': (defs) => ofKind('booking')(defs) || defs.some((d) => d.kind === 'form' && d.label.zh.includes('报名')),
  '自助机查询和报名': (defs) => defs.some((d) => d.kind === 'catalogue' && !!d.signUp),
  '预填': ofKind('form'), '预申请': ofKind('form'), '自助机修改': null, '自助机取消': ofKind('booking'),
  '查进度': ofKind('status'), '计算器': ofKind('calculator'),
  '自助机制作': ofKind('cv'), '打印简历': ofKind('cv'), '打印报告': ofKind('assessment'), '打印表格': ofKind('blank-forms'),
  '打印摘要': null, '打印记录': null, '打印清单': null, '自助机上留言': null, '短信订阅': null,
  '刷身份证': readsCard,
};
/**
 * Where the kiosk does these through screens of its own rather than flow kinds: a pre-filled slip (求职登记,
 * 招聘登记), fair sign-up, video-interview booking, SMS alerts, and the card reader signing a seeker in
 * (3.1.2, 3.1.3 by its sign-in, 3.3.3 一卡通).
 */
const DOES: Record<string, ReadonlySet<string>> = {
  '预填': new Set(['3.1.1', '3.1.2']), '自助机报名': new Set(['3.1.5']), '自助机预约': new Set(['3.2.4']),
  '刷身份证': new Set(['3.1.2', '3.1.3', '3.3.3']), '短信订阅': new Set(['2.3.2']),
};
const allowed = (word: string, serviceId: string) => !!DOES[word]?.has(serviceId) || !!PROMISES[word]?.(definitionsOf(serviceId));

function shown(g: ServiceGuide): Array<[string, LocalizedText]> {
  const out: Array<[string, LocalizedText]> = [['summary', g.summary], ['where', g.where], ['hours', g.hours], ['fees', g.fees], ['timeLimit', g.timeLimit]];
  g.whoQualifies.forEach((x, i) => out.push([`whoQualifies[${i}]`, x]));
  g.documents.forEach((x, i) => out.push([`documents[${i}]`, x]));
  guideSteps(g.steps, new Set(flowsOf(g.id).map((f) => f.id))).forEach((x, i) => out.push([`step ${i + 1}`, x]));
  g.faq.forEach((f, i) => out.push([`faq[${i}].a`, f.a]));
  return out;
}

test('no guide sends a visitor to a kiosk button that does not exist', () => {
  const wrong: string[] = [];
  for (const g of guides) {
    for (const [where, text] of shown(g)) {
      for (const hit of text.zh.matchAll(/(?:点(?:击)?(?:大按钮)?|按|自助机(?:上)?的?|在自助机)“([^”]+)”/g)) {
        if (!labels.has(hit[1]!)) wrong.push(`${g.id} ${where}: “${hit[1]}” — ${text.zh}`);
      }
      for (const word of Object.keys(PROMISES)) {
        if (text.zh.includes(word) && !allowed(word, g.id)) wrong.push(`${g.id} ${where}: promises ${word} — ${text.zh}`);
      }
    }
  }
  assert.equal(wrong, []);
});

test('the promises follow the flows: a booking flow may be called 自助机预约, a form 预申请, and not the other way round', () => {
  assert.ok(allowed('自助机预约', '4.1.3') && allowed('预申请', '7.1.3') && allowed('查进度', '7.1.3') && allowed('计算器', '7.1.3'));
  assert.ok(allowed('打印简历', '4.2.3') && allowed('刷身份证', '7.1.2') && allowed('预填', '3.1.2'));
  assert.not.ok(allowed('自助机预约', '7.1.3') || allowed('计算器', '4.1.3') || allowed('刷身份证', '7.1.5') || allowed('“语音”', '3.1.2'));
});

test('a step done at the kiosk names a flow the function has, and quotes its button in both languages', () => {
  const wrong: string[] = [];
  for (const g of guides) {
    const own = new Map(flowsOf(g.id).map((f) => [f.id, f]));
    const named = new Set(g.steps.flatMap((st) => (st.kiosk ? [st.kiosk] : [])));
    for (const id of named) {
      const f = own.get(id);
      if (!f) {
        wrong.push(`${g.id}: a step names "${id}", which is not a flow of ${g.id}`);
        continue;
      }
      const steps = g.steps.filter((st) => st.kiosk === id);
      if (!steps.some((st) => st.zh.includes(`“${f.label.zh}”`))) wrong.push(`${g.id}: no step quotes “${f.label.zh}”`);
      if (!steps.some((st) => st.en.includes(`"${f.label.en}"`))) wrong.push(`${g.id}: no step quotes "${f.label.en}"`);
      steps.forEach((st, i) => { if (!st.otherwise) wrong.push(`${g.id}: a ${id} step (${i + 1}) has no window route for paper`); });
    }
  }
  assert.equal(wrong, []);
});

test('a guide waiting for kiosk flows still tells the whole way: at least three steps today, the window route on paper', () => {
  const short: string[] = [];
  for (const g of guides) {
    const today = guideSteps(g.steps, new Set(flowsOf(g.id).map((f) => f.id)));
    const paper = guideSteps(g.steps, new Set());
    if (today.length < 3 || paper.length < 3) short.push(`${g.id}: ${today.length} steps on screen, ${paper.length} on paper`);
  }
  assert.equal(short, []);
});

test.run();
