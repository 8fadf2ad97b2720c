import type {
  CatalogueEntry, CatalogueSource, CourseEntry, Employer, LocalizedText, PolicyEntry, ProjectSector, ServicePoint, StartupProject, TrainingProvider,
} from '../../contract/index.ts';

/**
 * Each source's items in the one shape every catalogue lists: title, summary, labelled facts, sections, and
 * the facets filters match. Pure: what a source holds goes in, what the kiosk shows comes out.
 */

/** The facets each source's entries carry, for the flows' presets and filters. */
export const FACETS: Readonly<Record<CatalogueSource, readonly string[]>> = {
  policies: ['audience', 'service'], courses: ['kind', 'district', 'subsidised', 'fee'], providers: ['designated', 'district'],
  projects: ['sector', 'district'], 'service-points': ['district', 'service'], agencies: ['kind', 'licence', 'district'],
  guides: ['module'],
};

const L = (zh: string, en: string): LocalizedText => ({ zh, en });
const same = (s: string): LocalizedText => ({ zh: s, en: s });
const yuan = (n: number): LocalizedText => (n ? L(`${n.toLocaleString('en-US')} 元`, `${n.toLocaleString('en-US')} yuan`) : L('免费', 'Free'));

/** How a district reads in both languages: its Chinese name from the vocabulary, its code capitalised in English. */
export type DistrictName = (code: string) => LocalizedText;

const SECTORS: Record<ProjectSector, LocalizedText> = {
  food: L('餐饮', 'Food'), retail: L('零售', 'Retail'), online: L('网店电商', 'Online shops'), services: L('生活服务', 'Services'),
  farming: L('农业', 'Farming'), crafts: L('手工文创', 'Crafts'), tech: L('技术', 'Tech'), care: L('养老托育', 'Care'),
};

export function policyEntry(p: PolicyEntry, url: string): CatalogueEntry {
  return {
    id: p.id, title: p.title, summary: p.summary,
    facts: [{ label: L('能得到什么', 'What you get'), value: p.whatYouGet }, { label: L('在哪里办', 'Where'), value: p.where },
      ...(p.basis.length ? [{ label: L('依据', 'Basis'), value: same(p.basis.join('、')) }] : [])],
    sections: [{ title: L('哪些人可以', 'Who qualifies'), items: p.whoQualifies }, { title: L('怎么申请', 'How to apply'), items: p.howToApply }],
    facets: { audience: [p.audience], service: p.services },
    badges: p.audience === 'employer' ? [L('用人单位', 'Employers')] : [],
    area: null, url, service: null, keywords: [],
  };
}

/** Courses of a designated provider (定点培训机构) are the subsidised ones; others are paid in full. */
export function subsidised(provider: TrainingProvider | undefined): boolean {
  return !!provider?.designated;
}

export function courseEntry(c: CourseEntry, provider: TrainingProvider | undefined, district: DistrictName, url: string, area: string | null): CatalogueEntry {
  const sub = subsidised(provider);
  return {
    id: c.id, title: c.title, summary: c.schedule,
    facts: [
      { label: L('培训机构', 'Provider'), value: L(c.provider, provider?.nameEn ?? c.provider) },
      { label: L('地点', 'Where'), value: c.venue },
      { label: L('天数', 'Days'), value: L(`${c.days} 天`, `${c.days} day${c.days > 1 ? 's' : ''}`) },
      { label: L('学费', 'Fee'), value: yuan(c.feeYuan) },
      { label: L('补贴', 'Subsidy'), value: c.subsidy },
      ...(c.certificate ? [{ label: L('证书', 'Certificate'), value: same(c.certificate) }] : []),
      { label: L('报名电话', 'Enrolment line'), value: same(c.officePhone) },
    ],
    sections: [],
    facets: { kind: [c.kind], district: [c.district], subsidised: [sub ? 'yes' : 'no'], fee: [c.feeYuan ? 'paid' : 'free'] },
    badges: [...(sub ? [L('可补贴', 'Subsidised')] : []), ...(c.feeYuan ? [] : [L('免费', 'Free')]), district(c.district)],
    area, url, service: null, keywords: [],
  };
}

export function providerEntry(p: TrainingProvider, courses: readonly CourseEntry[], district: DistrictName): CatalogueEntry {
  return {
    id: p.id, title: L(p.name, p.nameEn), summary: p.offers,
    facts: [{ label: L('地址', 'Address'), value: p.address }, { label: L('电话', 'Phone'), value: same(p.officePhone) },
      { label: L('办学许可', 'Licence'), value: same(p.licence) }],
    sections: courses.length ? [{ title: L('开设课程', 'Courses'), items: courses.map((c) => c.title) }] : [],
    facets: { designated: [p.designated ? 'yes' : 'no'], district: [p.district] },
    badges: [...(p.designated ? [L('定点机构', 'Designated')] : []), district(p.district)],
    area: null, url: null, service: null, keywords: [],
  };
}

export function projectEntry(p: StartupProject, district: DistrictName): CatalogueEntry {
  return {
    id: p.id, title: p.title, summary: p.summary,
    facts: [
      { label: L('行业', 'Sector'), value: SECTORS[p.sector] },
      { label: L('启动资金', 'Starting money'), value: yuan(p.investmentYuan) },
      { label: L('带动就业', 'Jobs'), value: L(`${p.jobs} 人`, `${p.jobs}`) },
      { label: L('扶持', 'Support'), value: p.support },
      { label: L('咨询电话', 'Enquiries'), value: same(p.officePhone) },
    ],
    sections: [],
    facets: { sector: [p.sector], district: [p.district] },
    badges: [SECTORS[p.sector], district(p.district)],
    area: 'f3-showcase', url: null, service: null, keywords: [],
  };
}

export function pointEntry(p: ServicePoint, district: DistrictName): CatalogueEntry {
  return {
    id: p.id, title: p.name, summary: p.address,
    facts: [{ label: L('办公时间', 'Hours'), value: p.hours }, { label: L('电话', 'Phone'), value: same(p.officePhone) }],
    sections: [{ title: L('可以办什么', 'What you can do there'), items: p.offers }, { title: L('怎么去', 'How to get there'), items: p.directions }],
    facets: { district: [p.district], service: p.services },
    badges: [district(p.district)],
    area: null, url: null, service: null, keywords: [],
  };
}

const AGENCY_KIND: Record<'dispatch' | 'overseas' | 'agency', LocalizedText> = {
  dispatch: L('劳务派遣', 'Labour dispatch'), overseas: L('境外就业', 'Overseas employment'), agency: L('职业中介', 'Job agency'),
};

/** A licensed agency among the employer accounts, with its licence and whether it is still valid. */
export function agencyEntry(e: Employer, district: DistrictName): CatalogueEntry {
  const kind = e.kind === 'company' ? 'agency' : e.kind;
  const valid = e.licence.status === 'valid';
  return {
    id: e.id, title: same(e.name), summary: AGENCY_KIND[kind],
    facts: [
      { label: L('许可证', 'Licence'), value: same(e.licence.number ?? '—') },
      { label: L('有效期至', 'Valid until'), value: same(e.licence.expires ?? '—') },
      ...(e.address ? [{ label: L('地址', 'Address'), value: same(e.address) }] : []),
      ...(e.contactPhone ? [{ label: L('电话', 'Phone'), value: same(e.contactPhone) }] : []),
    ],
    sections: valid ? [] : [{ title: L('请注意', 'Take care'), items: [L('这家机构的许可证已过期，不得招用或派遣人员。', 'This agency\'s licence has expired: it may not recruit or place anyone.')] }],
    facets: { kind: [kind], licence: [valid ? 'valid' : 'expired'], ...(e.district ? { district: [e.district] } : {}) },
    badges: [valid ? L('许可证有效', 'Licence valid') : L('许可证已过期', 'Licence expired'), ...(e.district ? [district(e.district)] : [])],
    area: null, url: null, service: null, keywords: [],
  };
}
