import { LitElement, css, html, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { AreaKind, FloorPlanView } from '@jobhall/hub-server/contract';
import { t, type Lang } from './i18n.ts';

type FloorView = FloorPlanView['floors'][number];

/** Fill of each kind of area: pale, so the lit windows and the route stand out; toilets and lifts by colour too. */
const FILL: Record<AreaKind, string> = {
  windows: '#e3ecf7', waiting: '#f4f6f9', 'self-service': '#e8f3ea', 'front-desk': '#fdf1d8', entrance: '#ffffff',
  rooms: '#eef0fa', hall: '#eef5fb', classroom: '#eef0fa', toilet: '#e6f2f5', 'accessible-toilet': '#e6f2f5',
  lift: '#ece6f5', stairs: '#ece6f5', water: '#e6f2f5', 'notice-board': '#fdf1d8',
};

/** A sign beside the label, for people who read little (the hall's own signs use the same pictograms). */
const SIGN: Partial<Record<AreaKind, string>> = { toilet: 'WC', 'accessible-toilet': '♿ WC', lift: '⇅', stairs: '▤', water: '☕', entrance: '⇩' };

/**
 * One floor of the hall's plan as SVG, in metres: areas with their names, the windows with their numbers,
 * "you are here" at the kiosk, the lit places of a service and the walk there as a thick blue line. Used by
 * the kiosk's map and by lobby screens; it draws, it does not fetch.
 */
@customElement('jh-floor-plan')
export class JhFloorPlan extends LitElement {
  @property({ attribute: false }) floor: FloorView | null = null;
  @property() locale: Lang = 'zh';
  /** Counter ids and area ids to light. */
  @property({ attribute: false }) lit: ReadonlySet<string> = new Set();
  /** The walk on this floor, in metres. */
  @property({ attribute: false }) route: ReadonlyArray<readonly [number, number]> = [];
  /** The kiosk the screen stands at, drawn as "you are here" when on this floor. */
  @property() here = '';

  static override styles = css`
    :host { display: block; }
    svg { width: 100%; height: auto; display: block; background: #fbfcfd; border: 2px solid #c9d1db; border-radius: 12px; }
    .area { stroke: #8593a3; stroke-width: 0.15; }
    .lit { fill: #ffbf47; stroke: #b3261e; stroke-width: 0.35; }
    .label { font-size: 1.25px; fill: #1b1f24; font-family: 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif; }
    .window { fill: #0a58a8; }
    .window.lit { fill: #b3261e; }
    .window-no { font-size: 1.4px; fill: #fff; font-weight: 700; font-family: sans-serif; }
    .route { fill: none; stroke: #0a58a8; stroke-width: 0.7; stroke-linecap: round; stroke-linejoin: round; stroke-dasharray: 1.4 0.9; }
    .here { fill: #1e6b34; }
    .route-end { fill: #b3261e; }
    .here-label { font-size: 1.4px; fill: #1e6b34; font-weight: 700; }
    @media (prefers-reduced-motion: no-preference) {
      .route { animation: walk 1.2s linear infinite; }
      @keyframes walk { to { stroke-dashoffset: -2.3; } }
    }
  `;

  /**
   * An area's name inside its box: its sign first, then the name wrapped to the box (SVG text does not wrap:
   * Chinese breaks between any two characters, English between words), as many lines as the box is tall.
   * A long English word shrinks its label rather than spill out of a narrow box.
   */
  private label(rect: { x: number; y: number; w: number; h: number }, sign: string | undefined, text: string) {
    const zh = this.locale === 'zh';
    const room = rect.w - 1;
    const longest = zh ? 1 : Math.max(...text.split(' ').map((w) => w.length));
    const size = zh ? 1.25 : Math.min(1.25, room / (longest * 0.6));
    const per = Math.max(2, Math.floor(room / (zh ? size * 1.05 : size * 0.6)));
    const rows = Math.max(1, Math.floor((rect.h - 0.3) / (size * 1.2)));
    const lines: string[] = [];
    if (zh) for (let rest = text; rest; rest = rest.slice(per)) lines.push(rest.slice(0, per));
    else for (const word of text.split(' ')) {
      const last = lines.at(-1);
      if (last !== undefined && last.length + 1 + word.length <= per) lines[lines.length - 1] = `${last} ${word}`;
      else lines.push(word);
    }
    if (sign) {
      if (rows > lines.length) lines.unshift(sign);
      else lines[0] = `${sign} ${lines[0]}`;
    }
    return svg`${lines.slice(0, rows).map((line, i) => svg`<text class="label" style="font-size:${size}px" x=${rect.x + 0.5} y=${rect.y + size * 1.2 + i * size * 1.2}>${line}</text>`)}`;
  }

  override render() {
    const f = this.floor;
    if (!f) return nothing;
    const L = this.locale;
    const kiosk = f.kiosks.find((k) => k.kiosk === this.here);
    const lit = [...f.areas.filter((a) => this.lit.has(a.id)).map((a) => t(a.label, L)), ...f.windows.filter((w) => this.lit.has(w.counter)).map((w) => t(w.name, L))];
    const title = `${t(f.label, L)}${lit.length ? `: ${lit.join(', ')}` : ''}`;
    return html`<svg viewBox="0 0 ${f.width} ${f.height}" role="img" aria-label=${title}>
      ${f.areas.map((a) => {
        const { x, y, w, h } = a.rect;
        return svg`<g data-area=${a.id}><rect class="area ${this.lit.has(a.id) ? 'lit' : ''}" x=${x} y=${y} width=${w} height=${h} rx="0.4" fill=${FILL[a.kind]}/>
          ${a.kind === 'windows' ? nothing : this.label(a.rect, SIGN[a.kind], t(a.label, L))}</g>`;
      })}
      ${f.windows.map((w) => svg`<g data-counter=${w.counter}><rect class="window ${this.lit.has(w.counter) ? 'lit' : ''}" x=${w.x - 1.6} y=${w.y - 1.6} width="3.2" height="3.2" rx="0.5"/>
        <text class="window-no" x=${w.x} y=${w.y + 0.5} text-anchor="middle">${w.window}</text></g>`)}
      ${this.route.length >= 2 ? svg`<polyline class="route" points=${this.route.map(([x, y]) => `${x},${y}`).join(' ')}/>
        <circle class="route-end" cx=${this.route.at(-1)![0]} cy=${this.route.at(-1)![1]} r="0.8"/>` : nothing}
      ${kiosk ? svg`<circle class="here" cx=${kiosk.x} cy=${kiosk.y} r="0.9"/><text class="here-label" x=${kiosk.x + 1.3} y=${kiosk.y + 0.5}>${L === 'zh' ? '您在这里' : 'You are here'}</text>` : nothing}
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jh-floor-plan': JhFloorPlan;
  }
}
