/**
 * A screenshot drawn by the screen itself: the page's composed tree (shadow roots flattened), each element
 * with the computed styles that decide how it looks, put into an SVG foreignObject and rasterised by the
 * browser's own engine onto a canvas. Images and the current video frame are inlined as data URLs (an SVG
 * drawn as an image may load nothing). Hidden preloading slots are left out, as they are off screen.
 */
const PROPS = [
  'display', 'position', 'top', 'left', 'right', 'bottom', 'width', 'height', 'min-height', 'box-sizing', 'margin', 'padding', 'border', 'border-radius',
  'background-color', 'background-image', 'color', 'font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'letter-spacing', 'text-align',
  'text-transform', 'white-space', 'word-break', 'overflow', 'text-overflow', 'flex', 'flex-direction', 'flex-wrap', 'align-items', 'align-content',
  'justify-content', 'gap', 'grid-template-columns', 'grid-template-rows', 'grid-template-areas', 'grid-area', 'grid-row', 'grid-column', 'object-fit',
  'opacity', 'transform', 'z-index', 'list-style', 'vertical-align', 'visibility',
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function styleOf(el: Element): string {
  const cs = getComputedStyle(el);
  return PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';').replace(/url\("?(?!data:)[^)"]*"?\)/g, 'none');
}

function hidden(el: Element): boolean {
  const cs = getComputedStyle(el);
  return cs.display === 'none' || cs.visibility === 'hidden' || cs.opacity === '0';
}

/** The image (or video frame) an element shows now, as a data URL; null when it cannot be drawn. */
function pixels(el: HTMLImageElement | HTMLVideoElement | HTMLCanvasElement): string | null {
  try {
    if (el instanceof HTMLCanvasElement) return el.toDataURL('image/png');
    const w = el instanceof HTMLImageElement ? el.naturalWidth : el.videoWidth;
    const h = el instanceof HTMLImageElement ? el.naturalHeight : el.videoHeight;
    if (!w || !h) return null;
    const scale = Math.min(1, 960 / w);
    const c = document.createElement('canvas');
    c.width = Math.round(w * scale);
    c.height = Math.round(h * scale);
    c.getContext('2d')!.drawImage(el, 0, 0, c.width, c.height);
    return c.toDataURL('image/jpeg', 0.8);
  } catch {
    return null;
  }
}

function serialise(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return esc(node.textContent ?? '');
  if (!(node instanceof Element)) return '';
  if (hidden(node)) return '';
  const tag = node.localName;
  if (tag === 'style' || tag === 'script' || tag === 'slot') return tag === 'slot' ? [...(node as HTMLSlotElement).assignedNodes({ flatten: true })].map(serialise).join('') : '';
  const style = esc(styleOf(node));
  if (node instanceof HTMLImageElement || node instanceof HTMLVideoElement || node instanceof HTMLCanvasElement) {
    const src = pixels(node);
    return src ? `<img src="${esc(src)}" style="${style}"/>` : `<div style="${style}"></div>`;
  }
  if (tag === 'iframe') return `<div style="${style};background:#ddd"></div>`;
  const children = node.shadowRoot ? [...node.shadowRoot.childNodes] : [...node.childNodes];
  const name = tag.includes('-') || tag === 'svg' ? 'div' : tag;
  return `<${name} style="${style}">${children.map(serialise).join('')}</${name}>`;
}

export async function drawScreen(root: Element): Promise<{ type: string; body: Blob }> {
  const w = innerWidth;
  const h = innerHeight;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><foreignObject width="100%" height="100%">` +
    `<div xmlns="http://www.w3.org/1999/xhtml" style="width:${w}px;height:${h}px;overflow:hidden;background:#0d1b2a">${serialise(root)}</div></foreignObject></svg>`;
  const svgBlob = new Blob([svg], { type: 'image/svg+xml' });
  try {
    const img = new Image();
    img.src = URL.createObjectURL(svgBlob);
    await img.decode();
    const c = document.createElement('canvas');
    // Half size is plenty to see what a lobby screen shows, and keeps the upload small.
    c.width = Math.round(w / 2);
    c.height = Math.round(h / 2);
    c.getContext('2d')!.drawImage(img, 0, 0, c.width, c.height);
    URL.revokeObjectURL(img.src);
    const png = await new Promise<Blob | null>((resolve) => c.toBlob(resolve, 'image/png'));
    if (png) return { type: 'image/png', body: png };
  } catch {
    // a browser that will not rasterise it: the SVG itself still shows what is on screen
  }
  return { type: 'image/svg+xml', body: svgBlob };
}
