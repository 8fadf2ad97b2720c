import { LitElement, css, html, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { tokens } from '@jobhall/ui-kit';

/** One series of bars: one value per group, null where nothing was measured. */
export interface KpiSeries {
  name: string;
  /** ≥ 3:1 against white (WCAG 1.4.11 asks that of graphics). */
  color: string;
  values: Array<number | null>;
}

const WIDTH = 720;
const LABEL_W = 200;
const VALUE_W = 64;
const BAR_H = 16;
const GAP = 12;
/** Labels longer than this are cut in the drawing; the full text is in its tooltip and the data table. */
const LABEL_CHARS = 14;

/**
 * Horizontal bar chart as inline SVG, one group per row (long Chinese names read better across than up).
 * The picture has a role, a name and a one-line summary; the same numbers are in a data table right under it,
 * for screen readers and for anyone who wants the exact figure.
 */
@customElement('admin-kpi-chart')
export class AdminKpiChart extends LitElement {
  @property() caption = '';
  @property() unit = '';
  @property({ type: Number }) digits = 1;
  /** Draw the axis to at least this value (100 for per cent). */
  @property({ type: Number }) max = 0;
  @property({ attribute: false }) labels: string[] = [];
  @property({ attribute: false }) series: KpiSeries[] = [];
  /** A target per group, drawn as a tick across its bars (the line's service level). */
  @property({ attribute: false }) targets: Array<number | null> = [];

  static override styles = [tokens, css`
    :host { display: block; }
    figure { margin: 0; }
    figcaption { font-weight: 700; font-size: 18px; margin-bottom: 6px; }
    .legend { display: flex; gap: 16px; flex-wrap: wrap; font-size: 15px; margin-bottom: 4px; }
    .legend span::before { content: ''; display: inline-block; width: 14px; height: 14px; margin-right: 6px; vertical-align: -2px; background: var(--c); }
    .legend .target::before { width: 3px; background: var(--jh-ink); }
    /* Drawn at its own size (text stays legible), shrunk on a narrow screen. */
    svg { width: 100%; max-width: 720px; height: auto; font-family: inherit; }
    details { margin-top: 4px; font-size: 15px; }
    summary { cursor: pointer; min-height: 32px; }
    table { border-collapse: collapse; }
    th, td { padding: 4px 10px; border-bottom: 1px solid var(--jh-line); text-align: right; }
    th:first-child { text-align: left; }
  `];

  private fmt(v: number | null): string {
    return v === null ? '—' : v.toFixed(this.digits);
  }

  private summary(): string {
    const first = this.series[0];
    if (!first || !this.labels.length) return '没有数据 No data';
    let best = -1;
    first.values.forEach((v, i) => {
      if (v !== null && (best < 0 || v > first.values[best]!)) best = i;
    });
    return best < 0 ? '没有数据 No data' : `${first.name}最高 highest: ${this.labels[best]} ${this.fmt(first.values[best]!)} ${this.unit}`;
  }

  override render() {
    const rowH = this.series.length * BAR_H + GAP;
    const height = Math.max(1, this.labels.length) * rowH + 24;
    const all = [...this.series.flatMap((s) => s.values), ...this.targets].filter((v): v is number => v !== null);
    const top = Math.max(this.max, ...all, 1e-9);
    const plotW = WIDTH - LABEL_W - VALUE_W;
    const x = (v: number) => LABEL_W + (v / top) * plotW;
    // Ids are safe to fix: each chart has its own shadow root.
    return html`<figure>
      <figcaption id="title">${this.caption}（${this.unit}）</figcaption>
      <div class="legend" aria-hidden="true">
        ${this.series.map((s) => html`<span style="--c:${s.color}">${s.name}</span>`)}
        ${this.targets.some((t) => t !== null) ? html`<span class="target">目标 Target</span>` : nothing}
      </div>
      <svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="title desc">
        <desc id="desc">${this.summary()}</desc>
        ${this.labels.map((label, i) => {
          const y0 = i * rowH + GAP / 2;
          const short = label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label;
          const target = this.targets[i];
          return svg`<g>
            <title>${label}</title>
            <text x=${LABEL_W - 8} y=${y0 + (this.series.length * BAR_H) / 2 + 5} text-anchor="end" font-size="15" fill="#1b1f24">${short}</text>
            ${this.series.map((s, k) => {
              const v = s.values[i] ?? null;
              const y = y0 + k * BAR_H;
              return svg`<rect x=${LABEL_W} y=${y + 1} width=${v === null ? 0 : Math.max(1, x(v) - LABEL_W)} height=${BAR_H - 2} fill=${s.color}></rect>
                <text x=${(v === null ? LABEL_W : x(v)) + 4} y=${y + BAR_H - 3} font-size="13" fill="#3d4651">${this.fmt(v)}</text>`;
            })}
            ${target != null ? svg`<line x1=${x(target)} x2=${x(target)} y1=${y0 - 3} y2=${y0 + this.series.length * BAR_H + 3} stroke="#1b1f24" stroke-width="3"></line>` : nothing}
          </g>`;
        })}
        <line x1=${LABEL_W} x2=${LABEL_W} y1="0" y2=${height - 20} stroke="#c9d1db"></line>
        <text x=${LABEL_W} y=${height - 4} font-size="13" fill="#3d4651">0</text>
        <text x=${WIDTH - VALUE_W} y=${height - 4} font-size="13" fill="#3d4651" text-anchor="end">${this.fmt(top)} ${this.unit}</text>
      </svg>
      <details>
        <summary>数据表 · Data table</summary>
        <table>
          <tr><th scope="col">分组 Group</th>${this.series.map((s) => html`<th scope="col">${s.name}</th>`)}${this.targets.some((t) => t !== null) ? html`<th scope="col">目标 Target</th>` : nothing}</tr>
          ${this.labels.map((label, i) => html`<tr><th scope="row">${label}</th>${this.series.map((s) => html`<td>${this.fmt(s.values[i] ?? null)}</td>`)}${this.targets.some((t) => t !== null) ? html`<td>${this.fmt(this.targets[i] ?? null)}</td>` : nothing}</tr>`)}
        </table>
      </details>
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-kpi-chart': AdminKpiChart;
  }
}
