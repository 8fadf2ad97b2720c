import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';

/**
 * A visitor's finger on a kiosk, for journey tests. It taps only what a finger could: an element that is
 * visible, inside the screen (after the page is scrolled as a finger scrolls it, up and down, never sideways),
 * at least 64 × 64 CSS px, and the topmost thing at its centre. Anything else fails the test with the reason and
 * the element's name. Text goes in only through the kiosk's on-screen keyboard and number pad; assertions read
 * only text that is on screen.
 */

export const PORTRAIT = { width: 1080, height: 1920 } as const;
export const LANDSCAPE = { width: 1920, height: 1080 } as const;
export const SIZES = [
  { name: 'portrait', ...PORTRAIT },
  { name: 'landscape', ...LANDSCAPE },
] as const;

/** The smallest target a kiosk offers (the standard; WCAG 2.5.5 asks 44). */
export const MIN_TARGET = 64;

/** What a tap is aimed at: a CSS selector (searched through shadow roots) or a control's visible label. */
export type Target = string | { text: string | RegExp };

interface Aim {
  ok: boolean;
  why?: string;
  x?: number;
  y?: number;
}

/** Runs in the page: finds the target, scrolls it into view vertically, and checks a finger could press it. */
const AIM = `(target, min) => {
  const all = [];
  const walk = (root) => root.querySelectorAll('*').forEach((el) => { all.push(el); if (el.shadowRoot) walk(el.shadowRoot); });
  walk(document);
  const controls = 'button, a[href], input, select, textarea, [role="button"], [role="link"], [role="option"], [role="checkbox"], [role="radio"], [role="tab"], [role="switch"], [role="menuitem"]';
  const seen = (el) => el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  const label = (el) => (el.getAttribute('aria-label') || el.textContent || '').replace(/\\s+/g, ' ').trim();
  let el;
  if (typeof target === 'string') {
    el = all.find((e) => e.matches(target) && seen(e)) || all.find((e) => e.matches(target));
  } else {
    const re = target.re ? new RegExp(target.re, target.flags) : null;
    const hits = all.filter((e) => e.matches(controls) && seen(e) && (re ? re.test(label(e)) : label(e) === target.text));
    el = hits[0];
  }
  const name = typeof target === 'string' ? target : 'the control labelled ' + (target.re ? '/' + target.re + '/' : JSON.stringify(target.text));
  if (!el) return { ok: false, why: name + ' is not on the page' };
  if (!seen(el)) return { ok: false, why: name + ' is hidden' };
  el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  if (window.scrollX !== 0) { window.scrollTo(0, window.scrollY); return { ok: false, why: name + ' needs sideways scrolling to reach' }; }
  const r = el.getBoundingClientRect();
  const vw = document.documentElement.clientWidth, vh = document.documentElement.clientHeight;
  const where = ' at x ' + Math.round(r.left) + '–' + Math.round(r.right) + ', y ' + Math.round(r.top) + '–' + Math.round(r.bottom) + ' of ' + vw + '×' + vh;
  if (r.width < min || r.height < min) return { ok: false, why: name + ' is ' + Math.round(r.width) + '×' + Math.round(r.height) + ' px, smaller than ' + min + where };
  if (r.left < 0 || r.top < 0 || r.right > vw + 0.5 || r.bottom > vh + 0.5) return { ok: false, why: name + ' is off screen' + where };
  const x = r.left + r.width / 2, y = r.top + r.height / 2;
  let hit = document.elementFromPoint(x, y);
  while (hit && hit.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  const inside = (node) => { for (let n = node; n; n = n.parentNode || n.host) if (n === el) return true; return false; };
  if (!hit || !inside(hit)) {
    const what = hit ? (hit.id ? '#' + hit.id : hit.tagName.toLowerCase()) : 'nothing';
    // A finger scrolls a covered control (under a banner that stays at the top) to the middle of the screen.
    el.scrollIntoView({ block: 'center', inline: 'nearest' });
    return { ok: false, why: name + ' is covered by ' + what + ' at its centre' + where };
  }
  if (el.disabled || el.getAttribute('aria-disabled') === 'true') return { ok: false, why: name + ' is disabled' };
  window.__fingerAim = el;
  return { ok: true, x, y };
}`;

function encode(target: Target): unknown {
  if (typeof target === 'string') return target;
  return target.text instanceof RegExp ? { re: target.text.source, flags: target.text.flags } : { text: target.text };
}

/**
 * Taps the target once a finger could, waiting up to `timeout` for it to become tappable (a screen still
 * loading); fails with the last reason it could not.
 */
export async function tap(page: Page, target: Target, timeout = 5000): Promise<void> {
  const until = Date.now() + timeout;
  let aim: Aim = { ok: false, why: 'never looked' };
  const look = async () => (await page.evaluate(`(${AIM})(${JSON.stringify(encode(target))}, ${MIN_TARGET})`)) as Aim;
  for (;;) {
    aim = await look();
    if (aim.ok) {
      // A finger waits for the screen to settle: the target must stay put across two frames (a guide that
      // loads above a button moves it).
      await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
      const again = await look();
      if (again.ok && again.x === aim.x && again.y === aim.y) break;
      aim = again.ok ? { ok: false, why: 'the target was still moving' } : again;
    }
    if (Date.now() > until) throw new Error(`a finger cannot tap: ${aim.why}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  // The press is checked where it lands: a banner that appears between the look and the press moves the screen,
  // and a finger then presses whatever came under it. Say so here rather than as a puzzling failure later.
  await page.evaluate(`window.__fingerHit = undefined; document.addEventListener('pointerdown', (e) => { window.__fingerHit = e.composedPath().includes(window.__fingerAim); }, { capture: true, once: true })`);
  await page.mouse.click(aim.x!, aim.y!);
  const hit = await page.evaluate('window.__fingerHit').catch(() => true); // a tap that navigates leaves no page to ask
  if (hit === false) throw new Error(`a finger pressed beside ${typeof target === 'string' ? target : JSON.stringify(encode(target))}: the screen moved between looking and pressing`);
}

/** Whether a finger could tap the target right now (no waiting): for asserting what is offered. */
export async function canTap(page: Page, target: Target): Promise<boolean> {
  return ((await page.evaluate(`(${AIM})(${JSON.stringify(encode(target))}, ${MIN_TARGET})`)) as Aim).ok;
}

/** The text a visitor can see: visible text nodes inside the viewport, through shadow roots, in order. */
export async function screenText(page: Page): Promise<string> {
  return (await page.evaluate(`(() => {
    const out = [];
    const vw = document.documentElement.clientWidth, vh = document.documentElement.clientHeight;
    const visit = (node) => {
      if (node.nodeType === 3) {
        const parent = node.parentElement;
        if (!parent || !node.textContent.trim() || !parent.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return;
        const range = document.createRange();
        range.selectNodeContents(node);
        const r = range.getBoundingClientRect();
        if (r.width > 0 && r.bottom > 0 && r.top < vh && r.right > 0 && r.left < vw) out.push(node.textContent.trim());
        return;
      }
      if (node.nodeType !== 1 && node.nodeType !== 11) return;
      if (node.nodeType === 1 && ['SCRIPT', 'STYLE', 'TEMPLATE'].includes(node.tagName)) return;
      if (node.shadowRoot) {
        // A shadow root renders instead of the light children, except where a slot places them.
        visitChildren(node.shadowRoot);
        return;
      }
      if (node.tagName === 'SLOT') { for (const n of node.assignedNodes({ flatten: true })) visit(n); if (!node.assignedNodes().length) visitChildren(node); return; }
      visitChildren(node);
    };
    const visitChildren = (n) => { for (const c of n.childNodes) visit(c); };
    visit(document.body);
    return out.join(' ');
  })()`)) as string;
}

/** Waits until the screen shows text matching `want`; returns the screen's text. */
export async function seeOnScreen(page: Page, want: string | RegExp, timeout = 5000): Promise<string> {
  const until = Date.now() + timeout;
  let text = '';
  for (;;) {
    text = await screenText(page);
    if (typeof want === 'string' ? text.includes(want) : want.test(text)) return text;
    if (Date.now() > until) throw new Error(`${String(want)} is not on screen; it shows: ${text.slice(0, 600)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Types Latin letters and digits on the on-screen keyboard (Chinese mode builds pinyin; English mode types them). */
export async function typeKeys(page: Page, keys: string): Promise<void> {
  for (const k of keys) await tap(page, k === ' ' ? '#kb-space' : `button[data-key="${k}"]`);
}

/** Types one Chinese character by its pinyin and taps it among the candidates, paging with 更多 when needed. */
export async function typeHanzi(page: Page, pinyin: string, char: string): Promise<void> {
  await typeKeys(page, pinyin);
  for (let pages = 0; !(await canTap(page, `button[data-char="${char}"]`)); pages++) {
    if (pages > 12) throw new Error(`${char} is not among the candidates of ${pinyin}`);
    await tap(page, '#kb-more');
  }
  await tap(page, `button[data-char="${char}"]`);
}

/** Types text given as pinyin/character pairs and plain Latin runs: [['bao', '保'], ['an', '安'], '24'] */
export async function typeText(page: Page, parts: Array<[string, string] | string>): Promise<void> {
  for (const p of parts) {
    if (typeof p === 'string') await typeKeys(page, p);
    else await typeHanzi(page, p[0], p[1]);
  }
}

/** Enters digits on the kiosk's number pad (ID numbers, phones, amounts). */
export async function typeDigits(page: Page, digits: string): Promise<void> {
  for (const d of digits) await tap(page, `button[data-digit="${d}"]`);
}

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.0–2.2 A/AA violations on the page as it is now, described (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate('typeof axe !== "undefined"'))) await page.evaluate(axeSource);
  const result = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })`)) as {
    violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }>;
  };
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(', ')}`);
}
