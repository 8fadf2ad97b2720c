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

type Programme = Partial<CreateVacancyInput> & Pick<CreateVacancyInput, 'title' | 'employerName' | 'description' | 'district' | 'payMin' | 'payMax' | 'occupationCode'>;

/**
 * The kinds of vacancy a kiosk service opens a search for (青年见习 5.3.2, 公益性岗位 7.1.14, 劳务输入 3.2.2, 劳务输出
 * 3.2.3, 境外就业 3.3.2, 劳务派遣 3.3.1, 援助联盟 3.3.5): a few of each, written out, so none of those searches is empty.
 */
const PROGRAMMES: Programme[] = [
  { title: '行政文员（就业见习）', employerName: '上海申城科技服务有限公司', district: 'xuhui', occupationCode: '3-01-02-01', payMin: 3000, payMax: 3400, labels: ['internship', 'graduates'], employmentType: 'internship',
    description: '就业见习岗位：协助处理文件整理、会议安排和来访接待，由带教老师一对一指导。见习期六个月，按月发放见习补贴，办理意外伤害保险。适合离校未就业的高校毕业生。' },
  { title: '电商运营助理（就业见习）', employerName: '上海优品电子商务有限公司', district: 'minhang', occupationCode: '4-01-02-02', payMin: 3200, payMax: 3600, labels: ['internship', 'graduates'], employmentType: 'internship',
    description: '就业见习岗位：协助网店上新、商品图片处理和客户咨询回复，学习店铺数据分析。见习期六个月，按月发放见习补贴，表现好的可留用。' },
  { title: '仓储管理员（就业见习）', employerName: '上海捷通供应链管理有限公司', district: 'jiading', occupationCode: '4-02-06-01', payMin: 3000, payMax: 3300, labels: ['internship'], employmentType: 'internship',
    description: '就业见习岗位：在带教老师指导下学习仓储管理系统操作、出入库登记和盘点。长白班，见习期三至六个月，按月发放见习补贴，包工作餐。', meals: true },
  { title: '社区保洁员（公益性岗位）', employerName: '上海市静安区石门二路街道社区服务中心', district: 'jingan', occupationCode: '4-09-07-01', payMin: 2800, payMax: 3000, labels: ['public-welfare'],
    description: '街道开发的公益性岗位，负责社区公共区域清扫保洁和垃圾分类引导。优先安置就业困难人员，签订劳动合同，缴纳社会保险。长白班，做五休二。', shifts: ['day'] },
  { title: '社区平安巡访员（公益性岗位）', employerName: '上海市普陀区长寿路街道社区服务中心', district: 'putuo', occupationCode: '4-07-05-01', payMin: 2900, payMax: 3200, labels: ['public-welfare'],
    description: '街道开发的公益性岗位，负责小区巡访、独居老人探访和安全隐患上报。优先安置就业困难人员，签订劳动合同，缴纳社会保险。长白班。', shifts: ['day'] },
  { title: '公园绿化养护员（公益性岗位）', employerName: '上海市闵行区江川路街道社区服务中心', district: 'minhang', occupationCode: '4-09-10-01', payMin: 2800, payMax: 3100, labels: ['public-welfare'],
    description: '公益性岗位，负责街道公园和绿地的浇水、修剪和日常养护。优先安置就业困难人员，签订劳动合同，缴纳社会保险，提供工作服。', shifts: ['day'] },
  { title: '电子厂普工（劳务协作输入）', employerName: '上海华芯电子有限公司', district: 'songjiang', occupationCode: '6-25-04-01', payMin: 5500, payMax: 7000, programme: 'inflow', meals: true, lodging: true,
    description: '对口地区劳务协作项目：统一组织来沪，报销来程路费。流水线组装和检测，两班倒，包吃包住，入职即缴纳五险，岗前培训后上岗。', shifts: ['two-shift'] },
  { title: '钢筋工（劳务协作输入）', employerName: '上海建工劳务协作有限公司', district: 'pudong', occupationCode: '6-29-01-03', payMin: 8000, payMax: 10000, programme: 'inflow', lodging: true,
    description: '对口地区劳务协作项目：工地钢筋绑扎和下料，按图施工。统一组织来沪，报销来程路费，提供工地宿舍，工资按月足额发放，缴纳工伤保险。', shifts: ['day'] },
  { title: '电子装配工（苏州，组织输出）', employerName: '苏州工业园区精工电子有限公司', district: 'huangpu', occupationCode: '6-25-04-01', payMin: 5800, payMax: 7200, programme: 'outflow', workLocation: '江苏省苏州市工业园区', meals: true, lodging: true,
    description: '本中心组织的劳务输出项目：到苏州工业园区电子厂从事装配和检测。统一乘车前往，包吃包住，签订劳动合同，缴纳五险，驻厂联络员跟踪服务。', shifts: ['two-shift'] },
  { title: '酒店客房服务员（三亚，组织输出）', employerName: '三亚湾度假酒店管理有限公司', district: 'huangpu', occupationCode: '4-03-01-02', payMin: 4800, payMax: 6000, programme: 'outflow', workLocation: '海南省三亚市', meals: true, lodging: true,
    description: '本中心组织的劳务输出项目：到三亚度假酒店做客房清洁和布草整理。提供员工宿舍和工作餐，签订劳动合同，缴纳五险，每年报销一次往返路费。', shifts: ['day'] },
  { title: '建筑木工（新加坡）', employerName: '上海对外经济技术合作有限公司', district: 'changning', occupationCode: '6-29-04-01', payMin: 14000, payMax: 18000, programme: 'overseas', workLocation: '新加坡', lodging: true,
    description: '境外就业：经持证对外劳务合作企业派出，到新加坡建筑工地从事模板和木作安装。签订劳务合同，工作准证由雇主办理，提供宿舍。出国前参加适应性培训。', shifts: ['day'] },
  { title: '中餐厨师（日本）', employerName: '上海对外经济技术合作有限公司', district: 'changning', occupationCode: '4-03-02-01', payMin: 12000, payMax: 15000, programme: 'overseas', workLocation: '日本东京都', meals: true, lodging: true,
    description: '境外就业：经持证对外劳务合作企业派出，到东京中餐馆从事炒锅和切配。签订劳务合同，包吃包住，需持中式烹调师证书，出国前参加语言和适应性培训。', certificates: ['chef'] },
  { title: '银行大堂引导员（劳务派遣）', employerName: '上海人力派遣服务有限公司', district: 'huangpu', occupationCode: '4-03-01-01', payMin: 5000, payMax: 6000, employmentType: 'dispatch',
    description: '劳务派遣岗位：派往银行营业厅做客户引导和叫号咨询。与派遣公司签订劳动合同，同工同酬，缴纳五险一金，长白班，做五休二。', shifts: ['day'], benefits: ['social-insurance', 'housing-fund'] },
  { title: '快递分拣员（劳务派遣）', employerName: '上海人力派遣服务有限公司', district: 'qingpu', occupationCode: '4-02-06-02', payMin: 5500, payMax: 7000, employmentType: 'dispatch', meals: true,
    description: '劳务派遣岗位：派往快递分拨中心做包裹扫码分拣。与派遣公司签订劳动合同，同工同酬，缴纳五险，包工作餐，两班倒。', shifts: ['two-shift'] },
  { title: '超市理货员（援助联盟预留）', employerName: '上海联华便民超市有限公司', district: 'yangpu', occupationCode: '4-02-06-02', payMin: 4200, payMax: 5000, labels: ['assistance-reserved', 'disability-friendly'],
    description: '再就业援助联盟单位预留岗位：商品上架、补货和价签整理。优先录用就业援助对象，长白班，做五休二，入职即缴纳五险。', shifts: ['day'] },
  { title: '物业客服（援助联盟预留）', employerName: '上海安居物业管理有限公司', district: 'baoshan', occupationCode: '4-06-01-01', payMin: 4500, payMax: 5500, labels: ['assistance-reserved'],
    description: '再就业援助联盟单位预留岗位：接听业主电话、登记报修和派单。优先录用就业援助对象，提供岗前培训，长白班，入职即缴纳五险。', shifts: ['day'] },
];

function programmeVacancy(p: Programme, random: () => number) {
  return {
    status: 'approved', ageDays: 1 + Math.floor(random() * 20),
    vacancy: CreateVacancyBody.parse({ headcount: 3, contactPhone: '021-62220000', contactName: '人事部', ...p }),
  };
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
  const lines = [...vacancies, ...PROGRAMMES.map((p) => programmeVacancy(p, random)), ...review].map((v) => `  ${JSON.stringify(v)}`).join(',\n');
  const note = '演示岗位：由 vacancy-templates.json 按固定种子生成（scripts/generate-vacancies.ts），单位名称和电话为虚构；'
    + '其后是每类专项岗位（青年见习、公益性岗位、劳务输入、劳务输出、境外就业、劳务派遣、援助联盟预留）各几条，让自助机上每个专项查询都有岗位；最后三条待审核的含需要人工复核的措辞。';
  fs.writeFileSync(path.join(contentDir, 'jobs', 'vacancies.json'), `{\n "note": ${JSON.stringify(note)},\n "vacancies": [\n${lines}\n ]\n}\n`);
  console.log(`wrote ${vacancies.length + PROGRAMMES.length + review.length} vacancies`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) writeDemoFile();
