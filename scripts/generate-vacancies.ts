import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Benefit, CreateVacancyBody, EmploymentType, Shift, VacancyLabel, VacancyTemplatesFile,
  type CreateVacancyInput, type VacancyTemplatesFile as Templates,
} from '../hub-server/src/contract/index.ts';
import { readContentFile } from '../hub-server/src/infra/content.ts';
import { loadVocabulary, type Vocabulary } from '../hub-server/src/features/vocabulary/vocabulary.ts';

/** mulberry32: a small seeded generator, so the demo data and the benchmark are the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ROADS = ['人民路', '建设路', '解放路', '中山路', '长江路', '黄河路', '光明路', '友谊路', '工业园路', '科技路', '新华路', '振兴路', '迎宾大道', '园区大道'];
const CONTACTS = ['人事部', '招聘专员', '王经理', '李经理', '张主管', '陈主管', '刘经理', '赵老师', '周经理', '吴主管'];

interface Employer {
  name: string;
  district: string;
}

/**
 * Composes vacancies from the templates in content/jobs/vacancy-templates.json: realistic titles, duties,
 * pay, shifts, board and lodging, benefits and contacts, across the city's districts. Every vacancy it makes is
 * valid input for POST /api/vacancies and passes the wording checker.
 */
export class VacancyGenerator {
  private readonly employers = new Map<string, Employer[]>();

  constructor(
    private readonly vocab: Vocabulary,
    private readonly t: Templates,
    private readonly random: () => number,
  ) {
    for (const [industry, def] of Object.entries(t.industries)) {
      const list: Employer[] = [];
      // Several employers per industry and district share a brand pool, as a city's employer base does.
      for (const district of def.districts) {
        for (let k = 0; k < 3; k++) {
          list.push({ name: `上海${this.pick(t.brands)}${this.pick(def.suffixes)}`, district });
        }
      }
      this.employers.set(industry, list);
    }
  }

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)]!;
  }

  private chance(p: number | undefined): boolean {
    return this.random() < (p ?? 0);
  }

  private between(lo: number, hi: number): number {
    return lo + this.random() * (hi - lo);
  }

  vacancy(): CreateVacancyBody {
    const tpl = this.pick(this.t.occupations);
    const occ = this.vocab.occupation(tpl.code)!;
    const industry = this.pick(tpl.industries);
    const employer = this.pick(this.employers.get(industry) ?? [...this.employers.values()][0]!);
    const district = this.chance(0.85) ? employer.district : this.pick(this.t.industries[industry]?.districts ?? [employer.district]);
    const districtName = this.vocab.district(district)!.name;
    const minimum = this.vocab.policy.minimumWageMonthly;
    const payMin = Math.max(minimum, Math.round((tpl.pay[0] * this.between(0.9, 1.1)) / 100) * 100);
    const payMax = payMin + Math.round(((tpl.pay[1] - tpl.pay[0]) * this.between(0.5, 1.2)) / 100) * 100;
    const shifts = [this.pick(tpl.shifts)] as Array<Shift>;
    if (tpl.shifts.length > 1 && this.chance(0.2)) shifts.push(this.pick(tpl.shifts) as Shift);
    const uniqueShifts = [...new Set(shifts)].filter((s) => Shift.options.includes(s));
    const meals = this.chance(tpl.mealsP);
    const lodging = this.chance(tpl.lodgingP);
    const payPeriod = this.chance(tpl.payPeriodP.daily) ? 'daily' : this.chance(tpl.payPeriodP.weekly) ? 'weekly' : 'monthly';
    const pieceRate = this.chance(tpl.pieceP);
    const employmentType = this.pick(tpl.employment) as (typeof EmploymentType.options)[number];
    const benefits = new Set<(typeof Benefit.options)[number]>();
    if (employmentType === 'full-time' || this.chance(0.5)) benefits.add('social-insurance');
    for (const b of Benefit.options) if (b !== 'social-insurance' && this.chance(0.15)) benefits.add(b);
    for (const b of tpl.benefitsExtra) if (Benefit.options.includes(b as never) && this.chance(0.6)) benefits.add(b as (typeof Benefit.options)[number]);
    const labels = Object.entries(tpl.labelsP).filter(([, p]) => this.chance(p)).map(([l]) => l)
      .filter((l): l is (typeof VacancyLabel.options)[number] => VacancyLabel.options.includes(l as never));
    if (payPeriod === 'daily' && this.chance(0.5)) labels.push('gig');
    const experienceYears = Math.max(0, tpl.experience + (this.chance(0.3) ? 1 : 0) - (this.chance(0.3) ? 1 : 0));
    const skills = occ.skills.filter(() => this.chance(0.5)).slice(0, 2);
    const preferredSkills = occ.skills.filter((s) => !skills.includes(s) && this.chance(0.3)).slice(0, 1);

    const duties = tpl.duties.filter(() => this.chance(0.75));
    const sentences = [
      `${(duties.length ? duties : tpl.duties).join('；')}。`,
      `${uniqueShifts.map((s) => this.pick(this.t.conditions[s] ?? ['按排班上班'])).join('，或')}。`,
      tpl.extra ? `${tpl.extra}。` : '',
      tpl.certificates.length ? `需持有${tpl.certificates.map((c) => this.vocab.certificate(c)!.name).join('、')}上岗。` : '',
      tpl.preferredCertificates.length && this.chance(0.5) ? `有${this.vocab.certificate(tpl.preferredCertificates[0]!)!.name}者优先。` : '',
      experienceYears ? `有${experienceYears}年以上相关工作经验者优先。` : '无经验可安排带教，岗前培训后上岗。',
      [meals && lodging ? '包吃包住' : meals ? '提供免费工作餐' : lodging ? '提供员工宿舍' : '',
        ...[...benefits].map((b) => this.t.benefitText[b] ?? '')].filter(Boolean).join('，') + '。',
      payPeriod === 'daily' ? '工资日结。' : payPeriod === 'weekly' ? '工资周结。' : '',
    ];
    let title = this.pick(tpl.titles);
    if (meals && lodging && this.chance(0.4)) title += '（包吃住）';
    else if (payPeriod === 'daily' && this.chance(0.5)) title += '（日结）';
    else if (this.chance(0.1)) title = `急招${title}`;

    return CreateVacancyBody.parse({
      title: title.slice(0, 40), employerName: employer.name, description: sentences.filter((s) => s && s !== '。').join(''), district,
      payMin, payMax, headcount: 1 + Math.floor(this.random() * (this.chance(0.3) ? 30 : 5)),
      contactPhone: `021-${String(50000000 + Math.floor(this.random() * 49999999))}`, contactName: this.pick(CONTACTS),
      occupationCode: this.chance(0.95) ? tpl.code : undefined,
      address: `${districtName}${this.pick(ROADS)}${1 + Math.floor(this.random() * 999)}号`, payPeriod, pieceRate, shifts: uniqueShifts,
      employmentType, skills, preferredSkills, certificates: tpl.certificates, education: tpl.education, experienceYears, meals, lodging,
      benefits: [...benefits], labels: [...new Set(labels)],
    } satisfies CreateVacancyInput);
  }
}

export function loadGenerator(contentDir: string, seed: number, vocab = loadVocabulary(contentDir)): VacancyGenerator {
  const templates = readContentFile(path.join(contentDir, 'jobs'), 'vacancy-templates.json', VacancyTemplatesFile);
  return new VacancyGenerator(vocab, templates, seededRandom(seed));
}

/** Writes content/jobs/vacancies.json: `node --import tsx scripts/generate-vacancies.ts`. */
function writeDemoFile(): void {
  const contentDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../content');
  const gen = loadGenerator(contentDir, 20261126);
  const random = seededRandom(7);
  const vacancies = Array.from({ length: 420 }, () => {
    const vacancy = gen.vacancy();
    return { status: random() < 0.93 ? 'approved' : 'pending', ageDays: Math.floor(random() * 45), vacancy };
  });
  // Three for the review queue of the demo: wording staff must look at (review) or may leave (warn).
  const review = [
    { title: '酒店前台接待', description: '负责宾客入住退房、预订和咨询。形象气质佳，会简单英语。三班倒，包吃，入职即缴纳五险。', occupationCode: '4-03-01-01', district: 'huangpu', shifts: ['three-shift'] },
    { title: '商场巡逻保安', description: '负责商场巡逻、门岗值守和消防巡查。年龄18-50周岁，持保安员证。两班倒，包住，入职即缴纳五险。', occupationCode: '4-07-05-01', district: 'pudong', shifts: ['two-shift'], certificates: ['security-guard'] },
    { title: '电话销售', description: '通过电话向企业客户介绍产品，开发新客户。轻松月入过万，底薪加提成。长白班，做五休二，入职即缴纳五险。', occupationCode: '4-01-02-01', district: 'yangpu', shifts: ['day'] },
  ].map((v) => ({
    status: 'pending', ageDays: 1,
    vacancy: CreateVacancyBody.parse({ ...v, employerName: '上海立信商务咨询有限公司', payMin: 5500, payMax: 8000, headcount: 2, contactPhone: '021-63330000', contactName: '人事部' }),
  }));
  const lines = [...vacancies, ...review].map((v) => `  ${JSON.stringify(v)}`).join(',\n');
  const note = '演示岗位：由 vacancy-templates.json 按固定种子生成（scripts/generate-vacancies.ts），单位名称和电话为虚构；最后三条待审核的含需要人工复核的措辞。';
  fs.writeFileSync(path.join(contentDir, 'jobs', 'vacancies.json'), `{\n "note": ${JSON.stringify(note)},\n "vacancies": [\n${lines}\n ]\n}\n`);
  console.log(`wrote ${vacancies.length + review.length} vacancies`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) writeDemoFile();
