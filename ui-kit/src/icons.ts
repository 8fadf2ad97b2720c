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
  phone: svg`<rect x="7" y="2" width="10" height="20" rx="2"/><path d="M11 18h2"/>`,
};

export type IconName = keyof typeof paths;

export function icon(name: string, size = 48): SVGTemplateResult {
  return svg`<svg xmlns="http://www.w3.org/2000/svg" width=${size} height=${size} viewBox="0 0 24 24" fill="none"
    stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true"
    focusable="false">${paths[name] ?? paths['front-desk']}</svg>`;
}
