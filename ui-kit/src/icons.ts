import { svg, type SVGTemplateResult } from 'lit';

/**
 * Pictograms for people who read little: each module and the main actions have one. Simple strokes on a
 * 24-unit grid, drawn in the current text colour.
 */
const paths: Record<string, SVGTemplateResult> = {
  'front-desk': svg`<path d="M3 20h18M5 20v-7h14v7M8 13V9a4 4 0 0 1 8 0v4"/><circle cx="12" cy="5" r="1.5"/>`,
  megaphone: svg`<path d="M4 10v4h3l8 4V6L7 10H4zM18 9a4 4 0 0 1 0 6M7 14l1 5h2l-1-4.5"/>`,
  briefcase: svg`<rect x="3" y="7" width="18" height="13" rx="2"/><path d="M9 7V5h6v2M3 13h18"/>`,
  compass: svg`<circle cx="12" cy="12" r="9"/><path d="M15.5 8.5l-2 5-5 2 2-5z"/>`,
  graduation: svg`<path d="M2 9l10-5 10 5-10 5zM6 11v5c3 2.5 9 2.5 12 0v-5M22 9v6"/>`,
  folder: svg`<path d="M3 6h6l2 2h10v11H3z"/><path d="M3 10h18"/>`,
  'id-card': svg`<rect x="2" y="5" width="20" height="14" rx="2"/><circle cx="8" cy="11" r="2.5"/><path d="M4.5 16.5c1-2 6-2 7 0M14 10h5M14 13h5"/>`,
  home: svg`<path d="M3 11l9-7 9 7M5 10v10h5v-6h4v6h5V10"/>`,
  back: svg`<path d="M15 5l-7 7 7 7"/>`,
  ticket: svg`<path d="M3 7h18v3a2 2 0 0 0 0 4v3H3v-3a2 2 0 0 0 0-4z"/><path d="M9 7v10" stroke-dasharray="2 2"/>`,
  printer: svg`<path d="M6 9V3h12v6M6 17H4v-7h16v7h-2"/><rect x="6" y="14" width="12" height="7"/>`,
  globe: svg`<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18"/>`,
  search: svg`<circle cx="10" cy="10" r="6"/><path d="M15 15l6 6"/>`,
  speaker: svg`<path d="M4 9v6h4l5 4V5L8 9zM16 9a4 4 0 0 1 0 6M18.5 6.5a8 8 0 0 1 0 11"/>`,
  'text-size': svg`<path d="M3 19l5-13 5 13M5 14h6M14 19l3.5-9 3.5 9M15.2 16h4.6"/>`,
  phone: svg`<rect x="7" y="2" width="10" height="20" rx="2"/><path d="M11 18h2"/>`,
  // Job search in simple mode: what the filters and the kinds of work are, for people who read little.
  meals: svg`<path d="M3 11h18a9 9 0 0 1-18 0zM8 4c0 2 2 2 2 4M13 4c0 2 2 2 2 4"/>`,
  bed: svg`<path d="M3 19V6M3 13h18v6M21 13v-2a3 3 0 0 0-3-3h-7v5"/><circle cx="7" cy="10" r="2"/>`,
  coins: svg`<ellipse cx="9" cy="7" rx="6" ry="3"/><path d="M3 7v4c0 1.7 2.7 3 6 3s6-1.3 6-3V7"/><path d="M9 14v3c0 1.7 2.7 3 6 3s6-1.3 6-3v-4c0-1.7-2.7-3-6-3"/>`,
  clock: svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>`,
  sun: svg`<circle cx="12" cy="12" r="4"/><path d="M12 2v2M12 20v2M2 12h2M20 12h2M5 5l1.5 1.5M17.5 17.5L19 19M5 19l1.5-1.5M17.5 6.5L19 5"/>`,
  pin: svg`<path d="M12 21s7-6.5 7-12a7 7 0 0 0-14 0c0 5.5 7 12 7 12z"/><circle cx="12" cy="9" r="2.5"/>`,
  yuan: svg`<path d="M7 4l5 7 5-7M12 11v9M8 12h8M8 16h8"/>`,
  factory: svg`<path d="M3 21V10l5 3V10l5 3V10l5 3V4h3v17z"/><path d="M7 17h2M12 17h2"/>`,
  shield: svg`<path d="M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z"/>`,
  broom: svg`<path d="M14 3l-4 9M7 12h8l2 9H5z"/><path d="M9 16v5M13 16v5"/>`,
  truck: svg`<path d="M2 6h12v10H2zM14 10h4l4 4v2h-8z"/><circle cx="6" cy="18" r="2"/><circle cx="18" cy="18" r="2"/>`,
  cook: svg`<path d="M6 13a4 4 0 0 1 1-7.9 5 5 0 0 1 10 0A4 4 0 0 1 18 13v7H6z"/><path d="M6 17h12"/>`,
  box: svg`<path d="M3 7l9-4 9 4v10l-9 4-9-4z"/><path d="M3 7l9 4 9-4M12 11v10"/>`,
  tool: svg`<path d="M14 6a4 4 0 0 0 5 5l-8 8a2 2 0 0 1-3-3l8-8a4 4 0 0 1-2-2zM16 4l4 4"/>`,
  care: svg`<path d="M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.5A4 4 0 0 1 19 10c0 5.5-7 10-7 10z"/>`,
  bike: svg`<circle cx="6" cy="17" r="3"/><circle cx="18" cy="17" r="3"/><path d="M6 17l4-7h5l3 7M9 6h3l3 4"/>`,
  person: svg`<circle cx="12" cy="7" r="4"/><path d="M4 21a8 8 0 0 1 16 0"/>`,
  check: svg`<path d="M4 12l5 5L20 6"/>`,
};

export type IconName = keyof typeof paths;

export function icon(name: string, size = 48): SVGTemplateResult {
  return svg`<svg xmlns="http://www.w3.org/2000/svg" width=${size} height=${size} viewBox="0 0 24 24" fill="none"
    stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true"
    focusable="false">${paths[name] ?? paths['front-desk']}</svg>`;
}
