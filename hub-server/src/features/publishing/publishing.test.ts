/**
 * The publishing channels on a real hub (temporary SQLite, demo data): phone pages, the three feeds parsed and
 * checked for the elements their specifications require, ETags, the 12333 text, the press zip unpacked, and
 * the one list of outputs. Posters and the 390 px layout are checked in Chromium (e2e/publishing.browser.test.ts).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { unzipSync, strFromU8 } from 'fflate';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from 'zod';
import { PublicOutput } from '../../contract/index.ts';
import { startTestHub, type TestHub } from '../../testing/test-hub.ts';

let hub: TestHub;
let staff: Record<string, string>;
const get = (url: string, headers: Record<string, string> = {}) => hub.app.inject({ method: 'GET', url, headers });
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'entry', 'category', 'link'].includes(name) });

test.before(async () => {
  hub = await startTestHub();
  staff = await hub.login();
});
test.after(async () => hub.close());

async function publishNotice(title: string, body: string) {
  const res = await hub.app.inject({ method: 'POST', url: '/api/notices', headers: staff, payload: { title: { zh: title, en: `${title} (en)` }, body: { zh: body, en: `${body} (en)` } } });
  assert.is(res.statusCode, 201, res.body);
  return res.json() as { id: string };
}

test('the RSS 2.0 feed of vacancies is well-formed and has every required element, with stable ids', async () => {
  const res = await get('/feeds/jobs.rss');
  assert.is(res.statusCode, 200);
  assert.match(res.headers['content-type'] as string, 'application/rss+xml');
  assert.is(XMLValidator.validate(res.body), true);
  const rss = parser.parse(res.body).rss;
  assert.is(rss['@version'], '2.0');
  const ch = rss.channel;
  for (const el of ['title', 'link', 'description']) assert.ok(ch[el], `channel/${el}`);
  assert.ok(ch.item.length > 0 && ch.item.length <= 50, `${ch.item.length} items`);
  for (const item of ch.item) {
    assert.ok(item.title && item.link && item.guid['#text'] && item.pubDate, JSON.stringify(item));
    assert.match(item.guid['#text'], /^urn:jobhall:demo-hall:vacancy:\d+$/);
    assert.ok(!Number.isNaN(Date.parse(item.pubDate)), item.pubDate);
  }
  const again = parser.parse((await get('/feeds/jobs.rss')).body).rss.channel.item.map((i: { guid: { '#text': string } }) => i.guid['#text']);
  assert.equal(again, ch.item.map((i: { guid: { '#text': string } }) => i.guid['#text']), 'the same ids on the next fetch');
});

test('the Atom feed has feed id, title, updated, author and self link, and each entry id, title, updated and link', async () => {
  const res = await get('/feeds/jobs.atom?lang=en');
  assert.is(XMLValidator.validate(res.body), true);
  const feed = parser.parse(res.body).feed;
  assert.is(feed['@xmlns'], 'http://www.w3.org/2005/Atom');
  for (const el of ['id', 'title', 'updated', 'author']) assert.ok(feed[el], `feed/${el}`);
  assert.ok(feed.link.some((l: Record<string, string>) => l['@rel'] === 'self' && l['@href'] === 'http://hall.test/feeds/jobs.atom?lang=en'));
  assert.ok(feed.entry.length > 0);
  for (const e of feed.entry) {
    assert.ok(e.id && e.title && e.updated && e.link[0]['@href'], JSON.stringify(e));
    assert.ok(!Number.isNaN(Date.parse(e.updated)));
  }
});

const JsonFeed11 = z.object({
  version: z.literal('https://jsonfeed.org/version/1.1'),
  title: z.string().min(1),
  home_page_url: z.url(),
  feed_url: z.url(),
  items: z.array(z.looseObject({
    id: z.string().min(1),
    url: z.url(),
    title: z.string(),
    date_published: z.iso.datetime({ offset: true }),
  }).refine((i) => 'content_html' in i || 'content_text' in i, 'content_html or content_text')),
});

test('the JSON Feed 1.1 of notices validates, and a published notice appears in it and in RSS and Atom with one id', async () => {
  const n = await publishNotice('年底岗位对接会', '12 月 20 日上午在二楼举行，咨询 021-63210000。');
  const feed = JsonFeed11.parse((await get('/feeds/notices.json')).json());
  const item = feed.items.find((i) => i.id === `urn:jobhall:demo-hall:notice:${n.id}`);
  assert.ok(item, 'the new notice is in the JSON feed');
  assert.is(item!.url, `http://hall.test/notices/${n.id}`);
  assert.match((await get('/feeds/notices.rss')).body, `urn:jobhall:demo-hall:notice:${n.id}`);
  assert.match((await get('/feeds/notices.atom')).body, `<id>urn:jobhall:demo-hall:notice:${n.id}</id>`);
});

test('text that is markup stays text in every feed; a control character never gets in', async () => {
  // Every request refuses control and direction characters at the door (infra/sanitise.ts), naming the field.
  const bell = await hub.app.inject({
    method: 'POST', url: '/api/notices', headers: staff, payload: { title: { zh: '标题\u0007', en: 'Title' }, body: { zh: '正文内容', en: 'Body text' } },
  });
  assert.is(bell.statusCode, 400, bell.body);
  assert.is(bell.json().code, 'UNSAFE_TEXT');
  assert.match(bell.json().message, 'body.title.zh');
  await publishNotice('<b>加粗</b> & 标题', '正文 <script>alert(1)</script>');
  for (const f of ['rss', 'atom']) {
    const body = (await get(`/feeds/notices.${f}`)).body;
    assert.is(XMLValidator.validate(body), true, f);
    assert.not.match(body, '<script>');
    assert.not.match(body, '\u0007');
  }
  const page = (await get('/notices')).body;
  assert.not.match(page, '<b>加粗');
  assert.match(page, '&lt;b&gt;加粗');
});

test('feeds answer 304 to a matching If-None-Match, and carry cache headers', async () => {
  const first = await get('/feeds/jobs.json');
  const etag = first.headers.etag as string;
  assert.match(first.headers['cache-control'] as string, 'max-age=300');
  assert.ok(etag);
  const second = await get('/feeds/jobs.json', { 'if-none-match': etag });
  assert.is(second.statusCode, 304);
  assert.is(second.body, '');
});

test('a vacancy whose closing day has passed in the hall\'s time zone leaves the feed before the hourly sweep', async () => {
  // 07:00 in Shanghai is still yesterday in UTC: a vacancy that closed yesterday (hall time) must not show.
  const clock = new Date('2031-05-10T23:00:00Z');
  const h = await startTestHub({ now: () => clock });
  try {
    const s = await h.login();
    const body = {
      title: '仓库理货员', employerName: '示例物流有限公司', description: '负责仓库理货和盘点。', district: 'pudong', payMin: 5000, payMax: 6000,
      headcount: 2, contactPhone: '13800138000', contactName: '王经理', closesOn: '2031-05-11',
    };
    const created = (await h.app.inject({ method: 'POST', url: '/api/vacancies', headers: s, payload: body })).json() as { id: number };
    assert.ok(created.id, JSON.stringify(created));
    const ok = await h.app.inject({ method: 'POST', url: `/api/vacancies/${created.id}/approve`, headers: s, payload: {} });
    assert.is(ok.statusCode, 200, ok.body);
    const ids = async () => JsonFeed11.parse((await h.app.inject({ method: 'GET', url: '/feeds/jobs.json' })).json()).items.map((i) => i.id);
    assert.ok((await ids()).includes(`urn:jobhall:demo-hall:vacancy:${created.id}`), 'open on its closing day');
    clock.setTime(Date.parse('2031-05-11T23:00:00Z')); // 07:00 on 12 May in the hall
    assert.not.ok((await ids()).includes(`urn:jobhall:demo-hall:vacancy:${created.id}`), 'gone the day after its closing day');
    const json = (await h.app.inject({ method: 'GET', url: '/feeds/jobs.json' })).body;
    assert.not.match(json, '13800138000');
    assert.not.match(json, '王经理');
  } finally {
    await h.close();
  }
});

test('phone pages: notices, a notice, fairs, courses, policies, a policy, and the filtered vacancy list', async () => {
  const n = await publishNotice('社区招聘日', '欢迎参加。\n\n咨询电话 021-63210000。');
  for (const url of ['/notices', `/notices/${n.id}`, '/fairs', '/courses', '/policies', '/policies/unemployment-insurance', '/vacancies?district=pudong&occupation=4-07', '/vacancies?district=&occupation=', '/notices?lang=en']) {
    const res = await get(url);
    assert.is(res.statusCode, 200, url);
    assert.match(res.headers['content-type'] as string, 'text/html', url);
    assert.match(res.body, '<meta name="viewport" content="width=device-width, initial-scale=1">', url);
    assert.not.match(res.body, '<script', `${url} has no script`);
  }
  assert.match((await get(`/notices/${n.id}`)).body, '<a class="tel" href="tel:02163210000">021-63210000</a>');
  assert.match((await get('/courses')).body, 'href="tel:');
  assert.match((await get('/vacancies?district=pudong&occupation=4-07')).body, '浦东新区');
  assert.match((await get('/notices?lang=en')).body, '<html lang="en">');
});

test('an unknown notice, fair or policy is a 404 page; a wrong filter is a 400 naming it', async () => {
  for (const url of ['/notices/nope', '/fairs/00000000-0000-4000-8000-000000000000', '/policies/nope', '/posters/notices/nope']) {
    const res = await get(url);
    assert.is(res.statusCode, 404, url);
    assert.match(res.headers['content-type'] as string, 'text/html');
  }
  const bad = await get('/vacancies?occupation=security');
  assert.is(bad.statusCode, 400);
  assert.match(bad.json().message, 'querystring.occupation');
});

test('the 12333 text is plain: no markup, no Arabic digits, no half-width punctuation; it names policies and vacancies', async () => {
  const res = await get('/hotline/12333.txt');
  assert.is(res.statusCode, 200);
  assert.match(res.headers['content-type'] as string, 'text/plain; charset=utf-8');
  const text = res.body;
  assert.not.match(text, /[<>&*#_`|[\]{}]/, 'no markup');
  assert.not.match(text, /[0-9]/, 'numbers are words');
  assert.not.match(text, /[,.;:!?()]/, 'full-width punctuation');
  assert.match(text, '一、就业政策');
  assert.match(text, '失业保险金');
  assert.match(text, /二、招聘岗位。目前共有.+个岗位在招/);
  assert.match(text, /第一个，.+，岗位编号[零幺二三四五六七八九]+。/);
  assert.match(text, '咨询电话零二幺，六三二幺零零零零');
});

test('the press export is a zip of plain-text releases with headline, lead, body, contact and end mark', async () => {
  const n = await publishNotice('春季招聘月启动', '春季招聘月今天启动，持续一个月。\n\n期间每周五举办专场招聘会。');
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const refused = await hub.app.inject({ method: 'GET', url: `/api/publishing/press?from=${today}&to=${today}` });
  assert.is(refused.statusCode, 401, 'staff only');
  const res = await hub.app.inject({ method: 'GET', url: `/api/publishing/press?from=${today}&to=2099-12-31`, headers: staff });
  assert.is(res.statusCode, 200, res.body);
  assert.is(res.headers['content-type'], 'application/zip');
  const files = unzipSync(new Uint8Array(res.rawPayload));
  const name = Object.keys(files).find((f) => f.includes(`notice-${n.id.slice(0, 8)}`));
  assert.ok(name, Object.keys(files).join(', '));
  assert.ok(files['00-index.txt']);
  const text = strFromU8(files[name!]!);
  assert.match(text, '新闻通稿');
  assert.match(text, '\r\n春季招聘月启动\r\n');
  assert.match(text, /上海讯（\d{4}年\d+月\d+日）.+发布通知：春季招聘月今天启动，持续一个月。/);
  assert.match(text, '期间每周五举办专场招聘会。');
  assert.match(text, '新闻联系：市公共就业服务中心宣传科');
  assert.match(text, /###\r\n$/);
  assert.not.match(text, 'admin', 'who published it stays inside');
  const fair = Object.keys(files).find((f) => f.includes('-fair-'));
  assert.ok(fair, 'the demo fairs are announced');
  assert.match(strFromU8(files[fair!]!), /将于.+举办“.+”，设展位\d+个/);
  const bad = await hub.app.inject({ method: 'GET', url: `/api/publishing/press?from=2025-02-01&to=2025-01-01`, headers: staff });
  assert.is(bad.statusCode, 400);
  assert.match(bad.json().message, 'querystring.to');
});

test('every output is listed in one place, and each listed public one answers 200', async () => {
  const res = await hub.app.inject({ method: 'GET', url: '/api/publishing/outputs', headers: staff });
  const outputs = z.array(PublicOutput).parse(res.json());
  const channels = new Set(outputs.map((o) => o.channel));
  for (const c of ['phone-page', 'feed', 'poster', 'hotline', 'press'] as const) assert.ok(channels.has(c), c);
  for (const o of outputs) {
    const r = await hub.app.inject({ method: 'GET', url: o.path, headers: o.audience === 'staff' ? staff : {} });
    if (o.audience === 'office') continue;
    assert.is(r.statusCode, 200, `${o.path}: ${r.statusCode}`);
    assert.match(r.headers['content-type'] as string, o.contentType.split(';')[0]!, o.path);
  }
});

test.run();
