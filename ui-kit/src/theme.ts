import { css, unsafeCSS } from 'lit';

/**
 * Shared look: high contrast (every text colour ≥ 4.5:1 on its background, WCAG 2.2 AA), large type, and touch
 * targets of at least 64 px on kiosks (WCAG 2.5.5 asks 44 px; gloved and shaky fingers need more).
 */
export const tokens = css`
  :host {
    --jh-ink: #1b1f24;
    --jh-ink-soft: #3d4651;
    --jh-paper: #ffffff;
    --jh-wash: #f1f4f8;
    --jh-line: #c9d1db;
    --jh-primary: #0a58a8;
    --jh-primary-ink: #ffffff;
    --jh-accent: #b3261e;
    --jh-ok: #1e6b34;
    --jh-warn-bg: #fff4ce;
    --jh-warn-ink: #5c4400;
    --jh-danger-bg: #fde7e6;
    --jh-danger-ink: #8c1d18;
    --jh-focus: #ffbf47;
    --jh-radius: 14px;
    --jh-touch: 64px;
    font-family: 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'Microsoft YaHei', system-ui, sans-serif;
    color: var(--jh-ink);
  }
  :focus-visible { outline: 4px solid var(--jh-focus); outline-offset: 2px; }
`;

/** A big, plain button; every app uses it for its main actions. */
export const buttons = css`
  .btn {
    min-height: var(--jh-touch);
    min-width: var(--jh-touch);
    padding: 0 28px;
    border-radius: var(--jh-radius);
    border: 2px solid var(--jh-primary);
    background: var(--jh-primary);
    color: var(--jh-primary-ink);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }
  .btn.secondary { background: var(--jh-paper); color: var(--jh-primary); }
  .btn:disabled { opacity: 0.55; cursor: not-allowed; }
`;

/**
 * 大字 (large type): how much larger a kiosk draws its screens. The kiosk root sets `large-type` and its
 * screen area is zoomed by `--jh-type-scale`, so type, controls and gaps grow together and every screen
 * reflows to the narrower width it then has, as it would at that browser zoom, with no screen written for it.
 */
export const LARGE_TYPE_SCALE = 1.35;
/**
 * A full-screen overlay inside a screen (keypads, pickers, the card prompt) cannot scroll and is sized to the
 * viewport: it sets `zoom: var(--jh-overlay-zoom)` on itself and so keeps its own size, already large (26 px
 * and up, 64 px keys), in large type too; grown, it would leave a landscape screen at the bottom and a portrait
 * one at the side.
 */
export const typeScale = css`
  :host { --jh-type-scale: 1; --jh-overlay-zoom: 1; }
  :host([large-type]) { --jh-type-scale: ${unsafeCSS(LARGE_TYPE_SCALE)}; --jh-overlay-zoom: ${unsafeCSS(1 / LARGE_TYPE_SCALE)}; }
`;
