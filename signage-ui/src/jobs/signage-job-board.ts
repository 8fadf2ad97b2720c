import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { FairDetail, JobSummary } from '@jobhall/hub-server/contract';
import { tokens } from '@jobhall/ui-kit';
import { badges, boothCells, clockOf, fairsOn, nextPage, pageAfterRefresh, pageCount, pageOf, payLabel } from './board-format.ts';
import '../signage-clock.ts';

/** Long enough to read five lines from across the hall twice; short enough that 50 vacancies come round. */
const PAGE_MS = { full: 12_000, compact: 10_000 };

/**
 * The lobby job board (2.1.1): approved vacancies a page at a time in large type — title, employer, district,
 * pay and 包吃/包住/日结 — and, while a fair is on today, its recruiters and booth map (3.1.4). Full screen at
 * `/signage/?screen=jobs`, or `compact` in the call screen's side panel. Data comes down from the app.
 */
@customElement('signage-job-board')
export class SignageJobBoard extends LitElement {
  @property({ attribute: false }) jobs: JobSummary[] = [];
  @property({ type: Number }) total = 0;
  @property({ attribute: false }) fairs: FairDetail[] = [];
  @property({ type: Boolean, reflect: true }) compact = false;
  /** The hall's time zone (GET /api/hall): which fairs are still on is a question of hall time. */
  @property() timeZone = 'Asia/Shanghai';
  @state() private page = 0;
  private timer: ReturnType<typeof setInterval> | null = null;

  static override styles = [tokens, css`
    :host { display: flex; flex-direction: column; color: #fff; background: #0d1b2a; min-height: 0; overflow: hidden; }
    :host([hidden]) { display: none; }
    header { display: flex; justify-content: space-between; align-items: center; padding: 16px 40px; background: #0a58a8; font-size: 40px; font-weight: 700; }
    header .page { font-size: 28px; font-weight: 400; }
    .body { flex: 1; display: grid; grid-template-columns: 1fr; gap: 32px; padding: 24px 40px; min-height: 0; }
    .body.with-fair { grid-template-columns: 3fr 2fr; }
    ol { list-style: none; margin: 0; padding: 0; display: grid; gap: 14px; align-content: start; }
    li { display: grid; grid-template-columns: 1fr auto; gap: 4px 24px; padding: 14px 24px; background: #13263a; border-radius: 16px; }
    .title { font-size: 50px; font-weight: 800; line-height: 1.15; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
    .pay { font-size: 50px; font-weight: 800; color: #ffd166; text-align: right; white-space: nowrap; }
    .pay small { font-size: 26px; font-weight: 400; color: #cfe3ff; margin-left: 8px; }
    .with-fair .title, .with-fair .pay { font-size: 44px; }
    .with-fair .pay small { display: none; }
    .sub { font-size: 32px; color: #cfe3ff; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
    .badges { display: flex; gap: 10px; justify-content: flex-end; }
    .badge { background: #ffd166; color: #0d1b2a; font-weight: 800; border-radius: 10px; padding: 2px 14px; font-size: 30px; white-space: nowrap; }
    .badge span { font-weight: 400; font-size: 22px; margin-left: 6px; }
    .empty { font-size: 40px; color: #cfe3ff; }
    aside { background: #13263a; border-radius: 16px; padding: 20px 24px; overflow: hidden; }
    aside h2 { margin: 0 0 6px; font-size: 40px; color: #ffd166; }
    aside .when { font-size: 28px; color: #cfe3ff; margin-bottom: 16px; }
    .map { display: grid; margin-bottom: 16px; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: 10px; }
    .booth { border: 2px solid #27415c; border-radius: 12px; padding: 8px 12px; font-size: 24px; min-height: 84px; }
    .booth.taken { border-color: #ffd166; }
    .booth .no { font-size: 30px; font-weight: 800; }
    .booth .no > span { font-size: 20px; font-weight: 400; }
    .booth .free { color: #cfe3ff; }
    .booth .jobs { font-size: 20px; color: #cfe3ff; }
    footer { padding: 12px 40px; background: #13263a; font-size: 28px; color: #cfe3ff; }

    /* The side panel of the call screen: the notice's place and padding, fewer and smaller lines. */
    :host([compact]) { background: transparent; padding: 32px 40px 32px 0; }
    :host([compact]) .frame { display: flex; flex-direction: column; height: 100%; background: #13263a; border-radius: 20px; overflow: hidden; }
    :host([compact]) header { font-size: 36px; padding: 14px 28px; }
    :host([compact]) .body { padding: 16px 20px; }
    :host([compact]) li { background: #0d1b2a; padding: 10px 18px; }
    :host([compact]) .title, :host([compact]) .pay { font-size: 34px; }
    :host([compact]) .pay small { display: none; }
    :host([compact]) .sub { font-size: 24px; }
    :host([compact]) .badge { font-size: 22px; padding: 0 10px; }
    :host([compact]) .badge span { display: none; }
    :host([compact]) footer { font-size: 24px; padding: 10px 28px; background: #1d3a57; }
  `];

  /** What fits at 1080 p in the type sizes below: six full-width rows, or five in the side panel. */
  private get perPage(): number {
    return this.compact ? 5 : 6;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.timer = setInterval(() => {
      // A hidden board (the panel is showing the notice) keeps its place for its next turn.
      if (!this.hidden) this.page = nextPage(this.page, this.jobs.length, this.perPage);
    }, this.compact ? PAGE_MS.compact : PAGE_MS.full);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.timer) clearInterval(this.timer);
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    const before = changed.get('jobs') as JobSummary[] | undefined;
    if (before) this.page = pageAfterRefresh(before, this.jobs, this.page, this.perPage);
  }

  private renderJob(j: JobSummary) {
    const pay = payLabel(j);
    // The district first: a long employer name is cut at the end of the line, the district never.
    return html`<li data-job=${j.id}>
      <span class="title">${j.title}</span>
      <span class="pay">${pay.zh}<small lang="en">${pay.en}</small></span>
      <span class="sub">${j.districtName} · ${j.employerName}</span>
      <span class="badges">${badges(j).map((b) => html`<span class="badge">${b.zh}<span lang="en">${b.en}</span></span>`)}</span>
    </li>`;
  }

  private renderFair(f: FairDetail, others: FairDetail[]) {
    const cells = boothCells(f);
    return html`<aside id="fair-today" data-fair=${f.fair.id} aria-label="今日招聘会 Today's fair">
      <h2>今日现场招聘 · Recruiting here today</h2>
      <div class="when">${f.fair.title} · ${f.fair.starts}–${f.fair.ends} · ${f.fair.venue} · ${f.booths.length} 家单位 employers</div>
      <div class="map" id="booth-map">
        ${cells.map((c) => html`<div class="booth ${c.employer ? 'taken' : ''}" data-booth=${c.no}>
          <div class="no">${c.no} <span>号 <span lang="en">Booth</span></span></div>
          ${c.employer ? html`<div>${c.employer}</div><div class="jobs">${c.jobs.slice(0, 2).join('、')}</div>` : html`<div class="free">空位 Free</div>`}
        </div>`)}
      </div>
      ${others.length ? html`<div class="when">今天还有 Also today: ${others.map((o) => `${o.fair.title} ${o.fair.starts}–${o.fair.ends}`).join('；')}</div>` : nothing}
    </aside>`;
  }

  override render() {
    const per = this.perPage;
    const pages = pageCount(this.jobs.length, per);
    const page = Math.min(this.page, pages - 1);
    const fairs = fairsOn(this.fairs, clockOf(new Date(), this.timeZone));
    const fair = fairs[0];
    const list = this.jobs.length
      ? html`<ol id="job-list">${pageOf(this.jobs, page, per).map((j) => this.renderJob(j))}</ol>`
      : html`<div class="empty">暂无岗位信息 · No vacancies to show</div>`;
    const content = html`
      <header>
        <span>招聘岗位 · Jobs hiring now</span>
        <span class="page" id="job-page">${page + 1} / ${pages}</span>
        ${this.compact ? nothing : html`<signage-clock></signage-clock>`}
      </header>
      <div class="body ${fair && !this.compact ? 'with-fair' : ''}">${list}${fair && !this.compact ? this.renderFair(fair, fairs.slice(1)) : nothing}</div>
      <footer>
        ${fair && this.compact
          ? html`今日现场招聘 ${fair.fair.starts}–${fair.fair.ends} ${fair.fair.venue} · ${fair.booths.length} 家单位 · Job fair today`
          : html`共 ${this.total} 个岗位，到自助机或窗口查询 · ${this.total} vacancies: ask at a kiosk or a window`}
      </footer>`;
    return this.compact ? html`<div class="frame">${content}</div>` : content;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signage-job-board': SignageJobBoard;
  }
}
