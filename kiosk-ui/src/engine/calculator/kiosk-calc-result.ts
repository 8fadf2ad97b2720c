import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CalcLine, CalcResult } from '@jobhall/hub-server/contract';
import { t, tokens, type Lang } from '@jobhall/ui-kit';
import { cm } from './calc-messages.ts';

type Of<K extends CalcLine['kind']> = Extract<CalcLine, { kind: K }>;

/**
 * A calculator's result as the hub worked it out: the answer in plain words first, then every line of how it
 * was reached (the answers, the rules and figures in force with their dates and basis, each check and step),
 * the rule version and the day whose rules were used. Drawn only; the hub's sentences are shown as they are.
 */
@customElement('kiosk-calc-result')
export class KioskCalcResult extends LitElement {
  @property({ attribute: false }) result!: CalcResult;
  @property() locale: Lang = 'zh';

  static override styles = [tokens, css`
    :host { display: block; font-size: 24px; }
    .headline { border-radius: var(--jh-radius); padding: 20px 28px; margin-bottom: 20px; }
    .headline.ok { background: #e3f4e8; color: var(--jh-ok); }
    .headline.no { background: var(--jh-danger-bg); color: var(--jh-danger-ink); }
    .headline h3 { margin: 0 0 8px; font-size: 26px; }
    .headline p { margin: 6px 0; font-size: 34px; font-weight: 800; line-height: 1.35; }
    section { background: var(--jh-paper); border-radius: var(--jh-radius); padding: 12px 24px; margin-bottom: 14px; }
    h3 { font-size: 26px; margin: 6px 0 10px; color: var(--jh-primary); }
    ul { list-style: none; margin: 0; padding: 0; }
    li { padding: 10px 0; border-top: 1px solid var(--jh-line); }
    li:first-child { border-top: 0; }
    .row { display: flex; justify-content: space-between; gap: 16px; align-items: baseline; }
    .value { font-weight: 800; text-align: right; }
    .value.block { display: block; text-align: left; font-weight: 700; }
    .small { color: var(--jh-ink-soft); font-size: 20px; margin-top: 4px; }
    .badge { display: inline-block; background: var(--jh-warn-bg); color: var(--jh-warn-ink); border-radius: 8px; padding: 0 8px; font-size: 20px; font-weight: 700; }
    .ok { color: var(--jh-ok); }
    .bad { color: var(--jh-danger-ink); }
    table { border-collapse: collapse; width: 100%; font-size: 20px; }
    th, td { border-bottom: 1px solid var(--jh-line); padding: 6px 8px; text-align: right; }
    th:first-child, td:first-child { text-align: left; }
    .foot { font-size: 20px; color: var(--jh-ink-soft); }
  `];

  private figure(l: Of<'figure'>) {
    const L = this.locale;
    // A bracket table reads as a list under its name; a single figure sits on the name's line.
    const shown = t(l.shown, L);
    const long = shown.length > 24;
    return html`<li data-line=${l.id}><div class=${long ? '' : 'row'}><span>${t(l.label, L)}</span><span class="value ${long ? 'block' : ''}">${shown}</span></div>
      <div class="small">${l.from} ${t(cm.from, L)} ${l.demo ? html`<span class="badge">${t(cm.demo, L)}</span>` : nothing} · ${t(l.basis, L)}</div></li>`;
  }

  private step(l: CalcLine) {
    const L = this.locale;
    switch (l.kind) {
      case 'check':
        return html`<li class="check" data-line=${l.id}><div class="row"><span>${t(l.label, L)}</span>
          <span class="value ${l.ok ? 'ok' : 'bad'}">${l.ok ? `✓ ${t(cm.met, L)}` : `✗ ${t(cm.notMet, L)}`}</span></div>
          ${l.ok ? nothing : html`<div class="bad">${t(l.shown, L)}</div>`}
          ${l.basis ? html`<div class="small">${t(l.basis, L)}</div>` : nothing}</li>`;
      case 'value':
        return html`<li data-line=${l.id}><div class="row"><span>${t(l.label, L)}</span><span class="value">${t(l.shown, L)}</span></div>
          ${l.how ? html`<div class="small">${t(l.how, L)}</div>` : nothing}
          ${l.bands.map((b) => html`<div class="small">${t(b, L)}</div>`)}
          ${l.basis ? html`<div class="small">${t(l.basis, L)}</div>` : nothing}</li>`;
      case 'table':
        return html`<li data-line=${l.id}><div>${t(l.label, L)}</div>
          <table><thead><tr>${l.columns.map((c) => html`<th scope="col">${t(c, L)}</th>`)}</tr></thead>
          <tbody>${l.rows.map((r) => html`<tr>${r.map((c) => html`<td>${t(c, L)}</td>`)}</tr>`)}</tbody></table>
          ${l.basis ? html`<div class="small">${t(l.basis, L)}</div>` : nothing}</li>`;
      default:
        return nothing;
    }
  }

  override render() {
    const r = this.result;
    const L = this.locale;
    const inputs = r.lines.filter((l): l is Of<'input'> => l.kind === 'input');
    const figures = r.lines.filter((l): l is Of<'figure'> => l.kind === 'figure');
    return html`
      <div class="headline ${r.eligible ? 'ok' : 'no'}" id="calc-headline" role="status">
        <h3>${t(r.eligible ? cm.eligible : cm.notEligible, L)}</h3>
        ${r.headline.map((h) => html`<p>${t(h, L)}</p>`)}
      </div>
      <h3>${t(cm.howTitle, L)}</h3>
      ${inputs.length ? html`<section><h3>${t(cm.yours, L)}</h3><ul>${inputs.map((l) => html`<li class="row"><span>${t(l.label, L)}</span><span class="value">${t(l.shown, L)}</span></li>`)}</ul></section>` : nothing}
      ${figures.length ? html`<section><h3>${t(cm.figures, L)}</h3><ul>${figures.map((l) => this.figure(l))}</ul></section>` : nothing}
      <section><h3>${t(cm.steps, L)}</h3><ul>${r.lines.map((l) => this.step(l))}</ul></section>
      <p class="foot">${t(cm.rules, L)}：<span id="rule-version">${r.ruleVersion}</span> · ${t(cm.asOf, L)} ${r.asOf}</p>
      <p class="foot">${t(r.caveat, L)}</p>
      ${r.demo ? html`<p class="foot"><span class="badge">${t(cm.demo, L)}</span> ${t(cm.demoNote, L)}</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-calc-result': KioskCalcResult;
  }
}
