import type { CourseEntry, Lang, PolicyEntry, PublicFair, PublicNotice, PublicVacancy } from '../../contract/index.ts';
import { dateOf, dayText, excerpt, tr, vacancyFacts } from './format.ts';
import { html, paragraphs, telLink, withPhoneLinks, type SafeHtml } from './html.ts';
import { withLang } from './phone-page.ts';

/** The bodies of the phone pages, from public shapes only. Each returns the page title with its markup. */
export interface PageBody {
  title: string;
  body: SafeHtml;
}

const T = {
  notices: { zh: '通知公告', en: 'Notices' },
  noNotices: { zh: '目前没有通知。', en: 'No notices at the moment.' },
  fairs: { zh: '招聘会', en: 'Job fairs' },
  noFairs: { zh: '近期没有安排招聘会。', en: 'No job fairs are scheduled soon.' },
  booths: { zh: '展位', en: 'booths' },
  employers: { zh: '参会单位', en: 'Employers attending' },
  fairJobs: { zh: '招聘岗位', en: 'Vacancies' },
  courses: { zh: '培训课程', en: 'Training courses' },
  policies: { zh: '就业政策', en: 'Employment policies' },
  who: { zh: '谁可以申请', en: 'Who qualifies' },
  what: { zh: '能得到什么', en: 'What you get' },
  how: { zh: '怎么办', en: 'How to apply' },
  where: { zh: '在哪里办', en: 'Where' },
  basis: { zh: '政策依据', en: 'Basis' },
  poster: { zh: '打印海报', en: 'Print poster' },
  jobs: { zh: '招聘岗位', en: 'Vacancies' },
  noJobs: { zh: '目前没有符合条件的岗位。', en: 'No vacancies match at the moment.' },
  allJobs: { zh: '搜索全部岗位', en: 'Search all jobs' },
  enrol: { zh: '报名电话', en: 'Enrolment' },
  free: { zh: '免费', en: 'free' },
  days: { zh: '天', en: 'days' },
} as const;

export function noticeList(notices: PublicNotice[], lang: Lang, tz: string): PageBody {
  return {
    title: T.notices[lang],
    body: notices.length
      ? html`<ul class="items">${notices.map((n) => html`<li><a class="card" href="${withLang(`/notices/${n.id}`, lang)}"><h2>${tr(n.title, lang)}</h2>
          <p class="meta">${dateOf(n.publishedAt, tz, lang)}</p><p>${excerpt(tr(n.body, lang))}</p></a></li>`)}</ul>`
      : html`<p class="empty">${T.noNotices[lang]}</p>`,
  };
}

export function noticePage(n: PublicNotice, lang: Lang, tz: string): PageBody {
  return {
    title: tr(n.title, lang),
    body: html`<article class="card"><p class="meta">${dateOf(n.publishedAt, tz, lang)}</p>${paragraphsWithPhones(tr(n.body, lang))}
      <a class="button" href="${withLang(`/posters/notices/${n.id}`, lang)}">${T.poster[lang]}</a></article>`,
  };
}

function paragraphsWithPhones(text: string): SafeHtml {
  return html`${text.split(/\n\s*\n/).filter((p) => p.trim()).map((p) => html`<p>${withPhoneLinks(p)}</p>`)}`;
}

const fairLine = (f: PublicFair, lang: Lang) => `${dayText(f.day, lang)} ${f.starts}–${f.ends} · ${f.venue}`;

export function fairList(fairs: PublicFair[], lang: Lang): PageBody {
  return {
    title: T.fairs[lang],
    body: fairs.length
      ? html`<ul class="items">${fairs.map((f) => html`<li><a class="card" href="${withLang(`/fairs/${f.id}`, lang)}"><h2>${f.title}</h2>
          <p class="meta">${fairLine(f, lang)}</p><p class="meta">${f.boothsTaken}/${f.booths} ${T.booths[lang]}</p></a></li>`)}</ul>`
      : html`<p class="empty">${T.noFairs[lang]}</p>`,
  };
}

export function fairPage(d: { fair: PublicFair; employers: string[]; vacancies: PublicVacancy[] }, lang: Lang): PageBody {
  const f = d.fair;
  return {
    title: f.title,
    body: html`<article class="card"><p class="meta">${fairLine(f, lang)}</p>${f.description ? paragraphs(f.description) : ''}
      ${d.employers.length ? html`<h2>${T.employers[lang]}</h2><p>${d.employers.join(lang === 'zh' ? '、' : ', ')}</p>` : ''}</article>
      ${d.vacancies.length ? html`<h2>${T.fairJobs[lang]}</h2>${vacancyItems(d.vacancies, lang)}` : ''}`,
  };
}

export function vacancyItems(items: PublicVacancy[], lang: Lang): SafeHtml {
  return html`<ul class="items">${items.map((j) => html`<li><a class="card" href="/jobs/${j.id}"><h2>${j.title}</h2>
    <p class="meta">${j.employerName} · ${j.districtName}</p><ul class="facts">${vacancyFacts(j, lang).map((f) => html`<li>${f}</li>`)}</ul></a></li>`)}</ul>`;
}

export function vacancyList(items: PublicVacancy[], total: number, heading: string, lang: Lang): PageBody {
  return {
    title: heading,
    body: html`<p class="meta">${lang === 'zh' ? `共 ${total} 个岗位` : `${total} vacancies`}</p>
      ${items.length ? vacancyItems(items, lang) : html`<p class="empty">${T.noJobs[lang]}</p>`}
      <p><a class="button" href="/jobs">${T.allJobs[lang]}</a></p>`,
  };
}

export function courseList(courses: readonly CourseEntry[], lang: Lang, districtName: (code: string) => string): PageBody {
  return {
    title: T.courses[lang],
    body: html`<ul class="items">${courses.map((c) => html`<li class="card" id="${c.id}"><h2>${tr(c.title, lang)}</h2>
      <p class="meta">${c.provider} · ${districtName(c.district)} · ${tr(c.venue, lang)}</p>
      <ul class="facts"><li>${tr(c.schedule, lang)}</li><li>${c.days} ${T.days[lang]}</li><li>${c.feeYuan ? `${c.feeYuan} ${lang === 'zh' ? '元' : 'yuan'}` : T.free[lang]}</li>
      ${c.certificate ? html`<li>${c.certificate}</li>` : ''}</ul>
      <p>${tr(c.subsidy, lang)}</p><p>${T.enrol[lang]} ${telLink(c.officePhone)}</p></li>`)}</ul>`,
  };
}

export function policyList(policies: PolicyEntry[], lang: Lang): PageBody {
  return {
    title: T.policies[lang],
    body: html`<ul class="items">${policies.map((p) => html`<li><a class="card" href="${withLang(`/policies/${p.id}`, lang)}"><h2>${tr(p.title, lang)}</h2>
      <p>${tr(p.summary, lang)}</p></a></li>`)}</ul>`,
  };
}

export function policyPage(p: PolicyEntry, lang: Lang): PageBody {
  const list = (items: PolicyEntry['whoQualifies']) => html`<ul>${items.map((i) => html`<li>${withPhoneLinks(tr(i, lang))}</li>`)}</ul>`;
  return {
    title: tr(p.title, lang),
    body: html`<article class="card"><p>${tr(p.summary, lang)}</p><dl>
      <dt>${T.who[lang]}</dt><dd>${list(p.whoQualifies)}</dd>
      <dt>${T.what[lang]}</dt><dd>${withPhoneLinks(tr(p.whatYouGet, lang))}</dd>
      <dt>${T.how[lang]}</dt><dd><ol>${p.howToApply.map((s) => html`<li>${withPhoneLinks(tr(s, lang))}</li>`)}</ol></dd>
      <dt>${T.where[lang]}</dt><dd>${tr(p.where, lang)}</dd>
      ${p.basis.length ? html`<dt>${T.basis[lang]}</dt><dd>${p.basis.map((b) => `《${b}》`).join('')}</dd>` : ''}
    </dl></article>`,
  };
}
