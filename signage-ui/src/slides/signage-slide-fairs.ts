import { css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { SlideOf } from '@jobhall/hub-server/contract';
import { boothCells, clockOf, fairsOn } from './board-format.ts';
import { SlideBase, slideStyles } from './slide-base.ts';

/** The fair calendar (3.1.4) for the weeks ahead, or today's booth map with who recruits at which booth. */
@customElement('signage-slide-fairs')
export class SignageSlideFairs extends SlideBase<SlideOf<'fairs'>> {
  static override styles = [...slideStyles, css`
    table { width: 100%; border-collapse: collapse; font-size: 32px; }
    td { padding: 12px 8px; border-bottom: 1px solid #27415c; }
    td.day { color: #ffd166; white-space: nowrap; }
    td.n { text-align: right; color: #cfe3ff; white-space: nowrap; }
    .when { font-size: 28px; color: #cfe3ff; margin-bottom: 14px; }
    .map { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 10px; }
    .booth { border: 2px solid #27415c; border-radius: 12px; padding: 8px 12px; font-size: 24px; min-height: 80px; }
    .booth.taken { border-color: #ffd166; }
    .booth .no { font-size: 28px; font-weight: 800; }
    .booth .jobs { font-size: 20px; color: #cfe3ff; }
    .empty { font-size: 34px; color: #cfe3ff; }
  `];

  private calendar() {
    const fairs = this.live.fairs?.upcoming ?? [];
    if (!fairs.length) return html`<div class="empty">近期暂无招聘会 · No job fairs coming up</div>`;
    return html`<table class="fair-calendar">${fairs.slice(0, 8).map((f) => html`<tr data-fair=${f.id}>
      <td class="day">${f.day.slice(5)} ${f.starts}–${f.ends}</td><td>${f.title}<div class="en">${f.venue}</div></td>
      <td class="n">${f.boothsTaken}/${f.booths} 家 · employers</td></tr>`)}</table>`;
  }

  private booths() {
    const today = fairsOn(this.live.fairs?.booths ?? [], clockOf(Date.now(), this.live.timezone));
    const f = today[0];
    if (!f) return html`<div class="empty">今天没有现场招聘会 · No job fair today</div>`;
    return html`<div class="when">${f.title} · ${f.starts}–${f.ends} · ${f.venue} · ${f.booths.length} 家单位 employers</div>
      <div class="map booth-map">${boothCells(f).map((c) => html`<div class="booth ${c.employer ? 'taken' : ''}" data-booth=${c.no}>
        <div class="no">${c.no} 号 <span lang="en">Booth</span></div>
        ${c.employer ? html`<div>${c.employer}</div><div class="jobs">${c.jobs.slice(0, 2).join('、')}</div>` : html`<div class="en">空位 Free</div>`}
      </div>`)}</div>
      ${today.length > 1 ? html`<div class="when">今天还有 Also today: ${today.slice(1).map((o) => `${o.title} ${o.starts}–${o.ends}`).join('；')}</div>` : nothing}`;
  }

  override render() {
    return html`<h2>${this.slide.title.zh}</h2><div class="title-en" lang="en">${this.slide.title.en}</div>
      ${this.slide.show === 'calendar' ? this.calendar() : this.booths()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signage-slide-fairs': SignageSlideFairs;
  }
}
