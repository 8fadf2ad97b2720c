/**
 * The guides (content/guides) may send a visitor only to buttons the kiosk has. Every name a guide quotes as
 * something to tap on the kiosk (点“…”, 自助机“…”) must be a label the kiosk shows — a module, a service, a
 * flow in content/flows the kiosk can show, or one of the kiosk's own words — and none of the features that do not exist yet (large print,
 * voice, pre-applications, progress look-ups…) may be promised. A step done with a flow that does not exist yet
 * is shown as its `otherwise` (the window route) until the flow lands.
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
const FLOWS = readdirSync(flowDir).filter((f) => f.endsWith('.json'))
  .map((f) => summaryOf(FlowDefinition.parse(JSON.parse(readFileSync(new URL(f, flowDir), 'utf8'))))).filter(canShow);
const flowsOf = (serviceId: string) => FLOWS.filter((f) => f.functions.includes(serviceId));
const guides = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => ServiceGuide.parse(JSON.parse(readFileSync(new URL(f, dir), 'utf8'))));

/** Every label the kiosk can show: its words, its modules and services, its flows, the keyboard's and pad's keys. */
const labels = new Set<string>([
  ...Object.values(m).map((x) => x.zh), ...Object.values(jm).map((x) => x.zh),
  ...catalogue.modules.map((x) => x.zh), ...catalogue.functions.map((x) => x.zh),
  ...FLOWS.map((f) => f.label.zh), '确定', '完成', '取消', '删除', '清空',
]);
/** Features no kiosk screen has (yet): a guide must not promise them. */
const MISSING = ['自助机预约', '自助机报名', '自助机查询和报名', '自助机制作', '计算器', '自助机上留言', '自助机修改', '自助机取消', '预填', '打印摘要', '预申请', '查进度', '短信订阅', '预约顾问', '打印报告', '打印简历', '打印记录', '打印表格', '打印清单', '刷身份证'];
/** Where a card on the reader does sign a seeker in (3.1.2, 3.1.3 by its sign-in, 3.3.3 一卡通). */
const CARD_READER = new Set(['3.1.2', '3.1.3', '3.3.3']);
/** Where the kiosk does do these: a pre-filled slip (求职登记, 招聘登记), fair sign-up, video-interview booking, SMS alerts. */
const DOES: Record<string, ReadonlySet<string>> = {
  '预填': new Set(['3.1.1', '3.1.2']), '自助机报名': new Set(['3.1.5']), '自助机预约': new Set(['3.2.4']), '刷身份证': CARD_READER,
  '短信订阅': new Set(['2.3.2']),
};

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
      for (const word of MISSING) {
        if (DOES[word]?.has(g.id)) continue;
        if (text.zh.includes(word)) wrong.push(`${g.id} ${where}: promises ${word} — ${text.zh}`);
      }
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
