import { test } from 'uvu';
import * as assert from 'uvu/assert';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ComplianceRule } from '../../contract/index.ts';
import { ComplianceChecker, blocks, expandTerms, normalise, payFindings } from './compliance.ts';
import { loadVocabulary } from '../vocabulary/vocabulary.ts';

const contentDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../content');
const checker = new ComplianceChecker(loadVocabulary(contentDir).rules);
const rulesOf = (text: string) => checker.check({ description: text }).map((f) => f.rule);

/** Phrases from matching.md §4.2 and §8.2, each with the rule that must catch it. */
const MUST_TRIGGER: Array<[string, string]> = [
  ['限男性', 'GENDER_ONLY'], ['仅限男性', 'GENDER_ONLY'], ['只招男性', 'GENDER_ONLY'], ['限男', 'GENDER_ONLY'],
  ['男性优先', 'GENDER_ONLY'], ['男士优先', 'GENDER_ONLY'], ['男生优先', 'GENDER_ONLY'], ['男性为主', 'GENDER_ONLY'],
  ['适合男士', 'GENDER_ONLY'], ['适合男性', 'GENDER_ONLY'], ['限女性', 'GENDER_ONLY'], ['仅限女性', 'GENDER_ONLY'],
  ['只招女性', 'GENDER_ONLY'], ['只招女生', 'GENDER_ONLY'], ['女性优先', 'GENDER_ONLY'], ['女士优先', 'GENDER_ONLY'],
  ['女生优先', 'GENDER_ONLY'], ['适合女性', 'GENDER_ONLY'], ['招男不招女', 'GENDER_ONLY'], ['不招女', 'GENDER_ONLY'],
  ['不要女生', 'GENDER_ONLY'], ['不收女工', 'GENDER_ONLY'], ['青年男性', 'GENDER_ONLY'], ['限 男 性', 'GENDER_ONLY'],
  ['已婚已育', 'MARRIAGE_FERTILITY'], ['已婚已育优先', 'MARRIAGE_FERTILITY'], ['已婚优先', 'MARRIAGE_FERTILITY'],
  ['已婚有孩', 'MARRIAGE_FERTILITY'], ['未婚优先', 'MARRIAGE_FERTILITY'], ['限未婚', 'MARRIAGE_FERTILITY'],
  ['单身优先', 'MARRIAGE_FERTILITY'], ['无生育计划', 'MARRIAGE_FERTILITY'], ['三年内无生育计划', 'MARRIAGE_FERTILITY'],
  ['两年内不生育', 'MARRIAGE_FERTILITY'], ['近两年不生育', 'MARRIAGE_FERTILITY'], ['不要孕妇', 'MARRIAGE_FERTILITY'],
  ['孕期勿扰', 'MARRIAGE_FERTILITY'], ['孕妇勿扰', 'MARRIAGE_FERTILITY'], ['妊娠测试', 'MARRIAGE_FERTILITY'],
  ['入职孕检', 'MARRIAGE_FERTILITY'], ['婚育状况要求', 'MARRIAGE_FERTILITY'],
  ['35岁以下', 'AGE_LIMIT'], ['30周岁以内', 'AGE_LIMIT'], ['年龄18-30岁', 'AGE_LIMIT'], ['年龄20~35周岁', 'AGE_LIMIT'],
  ['年龄要求：20～35周岁', 'AGE_LIMIT'], ['年龄不超过40', 'AGE_LIMIT'], ['限45周岁', 'AGE_LIMIT'], ['90后', 'AGE_LIMIT'],
  ['95后优先', 'AGE_LIMIT'], ['00后', 'AGE_LIMIT'], ['年轻化', 'AGE_LIMIT'], ['三十五岁以下', 'AGE_LIMIT'],
  ['年龄：18至45周岁', 'AGE_LIMIT'], ['不超过45周岁', 'AGE_LIMIT'],
  ['14岁以上即可', 'MINOR'], ['15周岁以上', 'MINOR'], ['童工', 'MINOR'], ['未成年也可', 'MINOR'],
  ['限本市户口', 'HUKOU_REGION'], ['本地户口优先', 'HUKOU_REGION'], ['本地人优先', 'HUKOU_REGION'], ['本市户籍优先', 'HUKOU_REGION'],
  ['城镇户口', 'HUKOU_REGION'], ['非农户口', 'HUKOU_REGION'], ['不招外地人', 'HUKOU_REGION'], ['不要河南人', 'HUKOU_REGION'],
  ['不招东北人', 'HUKOU_REGION'], ['限本省籍', 'HUKOU_REGION'], ['户籍要求：本市', 'HUKOU_REGION'], ['新疆人勿扰', 'HUKOU_REGION'],
  ['限汉族', 'ETHNIC_RELIGION'], ['汉族优先', 'ETHNIC_RELIGION'], ['只招汉族', 'ETHNIC_RELIGION'], ['不招少数民族', 'ETHNIC_RELIGION'],
  ['不招回族', 'ETHNIC_RELIGION'], ['不招藏族', 'ETHNIC_RELIGION'], ['不招维吾尔族', 'ETHNIC_RELIGION'], ['谢绝穆斯林', 'ETHNIC_RELIGION'],
  ['不要信教的', 'ETHNIC_RELIGION'],
  ['乙肝携带者勿扰', 'HEALTH_HBV'], ['乙肝不要', 'HEALTH_HBV'], ['需查两对半', 'HEALTH_HBV'], ['大三阳', 'HEALTH_HBV'],
  ['小三阳', 'HEALTH_HBV'], ['澳抗阳性除外', 'HEALTH_HBV'], ['HIV携带者不要', 'HEALTH_HBV'], ['艾滋病毒携带者勿扰', 'HEALTH_HBV'],
  ['残疾人勿扰', 'DISABILITY'], ['不招残疾人', 'DISABILITY'], ['身体无残疾', 'DISABILITY'], ['五官端正', 'DISABILITY'], ['肢体健全', 'DISABILITY'],
  ['身高165cm以上', 'APPEARANCE'], ['女身高160以上', 'APPEARANCE'], ['男身高175', 'APPEARANCE'], ['形象气质佳', 'APPEARANCE'],
  ['相貌端正', 'APPEARANCE'], ['长相好', 'APPEARANCE'], ['颜值高', 'APPEARANCE'], ['身材好', 'APPEARANCE'], ['星座', 'APPEARANCE'],
  ['属相', 'APPEARANCE'], ['血型', 'APPEARANCE'], ['身高1.70米', 'APPEARANCE'],
  ['押金', 'FEES_DEPOSIT'], ['保证金', 'FEES_DEPOSIT'], ['服装费自理', 'FEES_DEPOSIT'], ['工装费', 'FEES_DEPOSIT'],
  ['培训费自付', 'FEES_DEPOSIT'], ['体检费自理', 'FEES_DEPOSIT'], ['入职费', 'FEES_DEPOSIT'], ['中介费', 'FEES_DEPOSIT'],
  ['报名费', 'FEES_DEPOSIT'], ['扣押身份证', 'FEES_DEPOSIT'], ['押身份证', 'FEES_DEPOSIT'], ['培训贷', 'FEES_DEPOSIT'],
  ['先交钱', 'FEES_DEPOSIT'], ['入职需交300元押金', 'FEES_DEPOSIT'], ['押一个月工资', 'FEES_DEPOSIT'],
  ['试用期满后缴纳社保', 'SOCIAL_INSURANCE'], ['转正后买五险', 'SOCIAL_INSURANCE'], ['不交社保', 'SOCIAL_INSURANCE'],
  ['无社保', 'SOCIAL_INSURANCE'], ['自愿放弃社保', 'SOCIAL_INSURANCE'], ['三个月后再交社保', 'SOCIAL_INSURANCE'],
  ['轻松月入过万', 'EXAGGERATION'], ['躺赚', 'EXAGGERATION'], ['日赚800', 'EXAGGERATION'], ['月入过万无需经验', 'EXAGGERATION'],
  ['稳赚', 'EXAGGERATION'], ['保底年薪', 'EXAGGERATION'], ['国家级', 'EXAGGERATION'], ['最高级', 'EXAGGERATION'], ['最佳雇主', 'EXAGGERATION'],
  ['在家刷单日结', 'FRAUD_SIGNS'], ['身体健康，吃苦耐劳', 'HEALTH_VAGUE'],
];

/** Lawful wordings and negations that must not trigger anything at all. */
const MUST_NOT_TRIGGER = [
  '男女不限', '年龄不限', '户口不限', '户籍不限', '不收取任何押金和费用', '免费培训', '培训费由公司承担', '体检费公司报销',
  '入职即缴纳五险一金', '欢迎残疾人朋友报名', '提供无障碍设施', '持健康证上岗', '母婴护理员', '育婴员', '16周岁以上', '年满18周岁',
  '男女各5名', '男女比例不限', '妇女儿童用品销售', '工作地点本市浦东新区', '月薪6000-8000元', '工作经验3-5年', '提供夫妻房和单身宿舍',
  '公司承担服装费', '无押金，无中介费', '本地及外地均可', '包吃包住，入职即缴纳社保', '男装店导购，负责男士服装陈列', '早8点-晚5点',
  '需持有低压电工作业证', '要求有C1驾照', '工作时间08:30-17:30，做六休一', '底薪4000+提成，多劳多得', '接受应届毕业生，可提供见习岗位',
  '工装免费提供', '适合喜欢与人沟通的求职者', '负责客房清洁、布草更换', '公司缴纳五险，提供住宿', '有退役军人优先安排的岗位',
];

test('every phrase of the seed list triggers its rule', () => {
  const missed = MUST_TRIGGER.filter(([text, rule]) => !rulesOf(text).includes(rule));
  assert.equal(missed, [], `missed: ${missed.map(([t, r]) => `${t} → ${r}`).join(', ')}`);
});

test('lawful wordings and negations trigger nothing', () => {
  const wrong = MUST_NOT_TRIGGER.map((t) => [t, rulesOf(t)] as const).filter(([, r]) => r.length);
  assert.equal(wrong, [], `false positives: ${wrong.map(([t, r]) => `${t} → ${r.join('/')}`).join(', ')}`);
});

test('a negation masks only itself: a real fee later in the same ad is still caught', () => {
  assert.equal(rulesOf('本公司不收取任何押金。入职需交服装费200元'), ['FEES_DEPOSIT']);
  assert.equal(rulesOf('男女不限，但男性优先'), ['GENDER_ONLY']);
});

test('a finding names the field, the matched words, a fix and the legal basis', () => {
  const [f] = checker.check({ title: '招聘保安', description: '限男性，身体强壮' });
  assert.ok(f);
  assert.is(f.field, 'description');
  assert.is(f.rule, 'GENDER_ONLY');
  assert.is(f.severity, 'block');
  assert.is(f.text, '限男性');
  assert.ok(f.fix.zh.length > 5 && f.fix.en.length > 5);
  assert.ok(f.basis.some((b) => b.includes('就业促进法')));
});

test('full-width and spaced-out wording is read like plain wording', () => {
  assert.is(normalise('年龄１８－３０岁'), '年龄18-30岁');
  assert.ok(rulesOf('年龄１８－３０岁').includes('AGE_LIMIT'));
  assert.ok(rulesOf('男 士 优 先').includes('GENDER_ONLY'));
});

test('severity: discrimination blocks, age and looks go to review, exaggeration only warns', () => {
  const sev = (t: string) => checker.check({ description: t }).map((f) => f.severity);
  assert.equal(sev('限本市户口'), ['block']);
  assert.equal(sev('35岁以下'), ['review']);
  assert.equal(sev('形象气质佳'), ['review']);
  assert.equal(sev('轻松月入过万'), ['warn']);
  assert.ok(blocks(checker.check({ description: '收取押金' })));
  assert.not.ok(blocks(checker.check({ description: '35岁以下' })));
});

test('array fields are checked item by item', () => {
  const f = checker.check({ skills: ['叉车驾驶', '男性优先'] });
  assert.equal(f.map((x) => [x.field, x.rule]), [['skills', 'GENDER_ONLY']]);
});

test('full-time pay below the minimum wage blocks; part-time pay is not compared', () => {
  assert.is(payFindings({ payMin: 2000, employmentType: 'full-time' }, 2740)[0]?.rule, 'PAY_BELOW_MINIMUM');
  assert.equal(payFindings({ payMin: 2740, employmentType: 'full-time' }, 2740), []);
  assert.equal(payFindings({ payMin: 1200, employmentType: 'part-time' }, 2740), []);
});

test('terms are word lists written {name}, nested terms included; an unknown term stops the rule file loading', () => {
  assert.is(expandTerms('{只}{男}', { 只: '限|只招', 男: '男{性}?', 性: '性|士' }), '(?:限|只招)(?:男(?:性|士)?)');
  assert.is(expandTerms('[^,]{0,6}\\p{sc=Han}', {}), '[^,]{0,6}\\p{sc=Han}');
  assert.throws(() => expandTerms('{女}', { 男: '男' }, 'GENDER_ONLY'), /GENDER_ONLY: unknown term \{女\}/);
  assert.throws(() => expandTerms('{甲}', { 甲: '{乙}', 乙: '{甲}' }), /deeper than/);
});

test('a scored rule fires when signs add up, not on one of them, and its quote names the signs', () => {
  assert.not.ok(rulesOf('装卸工，日结200元，需能吃苦').includes('FRAUD_SIGNS'));
  assert.not.ok(rulesOf('无需经验，提供带薪培训').includes('FRAUD_SIGNS'));
  const [f] = checker.check({ description: '高薪日结，无需经验' }).filter((x) => x.rule === 'FRAUD_SIGNS');
  assert.ok(f);
  assert.is(f.severity, 'review');
  assert.is(f.text, '日结+无需经验+高薪');
});

test('cues and threshold come together in a rule', () => {
  const base = { id: 'X_RULE', severity: 'review', title: { zh: '甲', en: 'a' }, fix: { zh: '甲', en: 'a' }, basis: ['法'], patterns: ['甲'] };
  assert.ok(ComplianceRule.safeParse({ ...base, cues: [{ pattern: '乙', weight: 1 }], threshold: 1 }).success);
  assert.not.ok(ComplianceRule.safeParse({ ...base, cues: [{ pattern: '乙', weight: 1 }] }).success);
  assert.not.ok(ComplianceRule.safeParse({ ...base, threshold: 2 }).success);
});

test.run();
