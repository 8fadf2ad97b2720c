import { css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { JobSummary, SlideOf } from '@jobhall/hub-server/contract';
import { jobFeedFor } from '../live.ts';
import { badges, nextPage, pageAfterRefresh, pageCount, pageOf, payLabel } from './board-format.ts';
import { SlideBase, slideStyles } from './slide-base.ts';

/** Long enough to read a page from across the hall; the slide's time is shared out among its pages. */
const MIN_PAGE_MS = 8000;

/**
 * The live job board (2.1.1): approved vacancies matching the slide's filter, newest first — title, district,
 * employer, pay and 包吃/包住/日结 — paged within the slide's time. The feed is pushed by the hub when a
 * vacancy is approved or leaves; the list changes in place, back to its first page when something is new.
 */
@customElement('signage-slide-jobs')
export class SignageSlideJobs extends SlideBase<SlideOf<'jobs'>> {
  @state() private page = 0;
  private items: JobSummary[] = [];
  private timer: ReturnType<typeof setInterval> | null = null;

  static override styles = [...slideStyles, css`
    :host { padding: 20px 28px; }
    header { display: flex; justify-content: space-between; align-items: baseline; gap: 16px; }
    header .page { font-size: 26px; color: #cfe3ff; }
    ol { list-style: none; margin: 12px 0 0; padding: 0; display: grid; gap: 12px; align-content: start; flex: 1; min-height: 0; }
    li { display: grid; grid-template-columns: 1fr auto; gap: 2px 20px; padding: 12px 20px; background: #13263a; border-radius: 14px; margin: 0; }
    .title { font-size: 40px; font-weight: 800; line-height: 1.15; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
    .pay { font-size: 40px; font-weight: 800; color: #ffd166; text-align: right; white-space: nowrap; }
    .pay small { font-size: 22px; font-weight: 400; color: #cfe3ff; margin-left: 8px; }
    .sub { font-size: 26px; color: #cfe3ff; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
    .badges { display: flex; gap: 8px; justify-content: flex-end; }
    .badge { background: #ffd166; color: #0d1b2a; font-weight: 800; border-radius: 10px; padding: 2px 12px; font-size: 24px; white-space: nowrap; }
    .empty { font-size: 36px; color: #cfe3ff; }
    footer { font-size: 24px; color: #cfe3ff; padding-top: 10px; }
  `];

  private get pagesShown(): number {
    return this.pagesShownFor(this.items);
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    const feed = jobFeedFor(this.live, this.slide.filter);
    const items = feed?.items ?? [];
    if (items !== this.items) {
      this.page = pageAfterRefresh(this.items, items, this.page, this.slide.perPage) % Math.max(1, this.pagesShownFor(items));
      this.items = items;
    }
    if (changed.has('active')) this.restart();
  }

  private pagesShownFor(items: JobSummary[]): number {
    return Math.min(pageCount(items.length, this.slide.perPage), Math.max(1, Math.floor(this.durationMs / MIN_PAGE_MS)));
  }

  /** On screen it turns its pages; preloaded behind another slide it waits on its first page. */
  private restart(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.page = 0;
    if (!this.active) return;
    const pages = this.pagesShown;
    if (pages > 1) this.timer = setInterval(() => (this.page = nextPage(this.page, this.pagesShown * this.slide.perPage, this.slide.perPage)), this.durationMs / pages);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.timer) clearInterval(this.timer);
  }

  private renderJob(j: JobSummary) {
    const pay = payLabel(j);
    // The district first: a long employer name is cut at the end of the line, the district never.
    return html`<li data-job=${j.id}>
      <span class="title">${j.title}</span>
      <span class="pay">${pay.zh}<small lang="en">${pay.en}</small></span>
      <span class="sub">${j.districtName} · ${j.employerName}</span>
      <span class="badges">${badges(j).map((b) => html`<span class="badge">${b.zh}</span>`)}</span>
    </li>`;
  }

  override render() {
    const s = this.slide;
    const feed = jobFeedFor(this.live, s.filter);
    const pages = this.pagesShown;
    return html`
      <header><h2>${s.title.zh}</h2><span class="page" id="job-page">${this.page + 1} / ${pages}</span></header>
      <div class="title-en" lang="en">${s.title.en}</div>
      ${this.items.length
        ? html`<ol class="job-list">${pageOf(this.items, this.page, s.perPage).map((j) => this.renderJob(j))}</ol>`
        : html`<div class="empty">暂无岗位信息 · No vacancies to show</div>`}
      <footer>共 ${feed?.total ?? 0} 个岗位，到自助机或窗口查询 · ${feed?.total ?? 0} vacancies: ask at a kiosk or a window</footer>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signage-slide-jobs': SignageSlideJobs;
  }
}
