import type { Lang } from '@jobhall/ui-kit';
import { Speaker } from './speaker.ts';
import { plain, utterance } from './utterance.ts';

/**
 * What a screen says of itself, without any screen written for it: its headings (every screen's title is its
 * h2, an overlay's prompt its own h2), the paragraph right under a heading (the prompt or intro), anything
 * marked `data-say`, and the live regions screens already keep for screen readers (role=status, role=alert,
 * aria-live), where results appear: a ticket's number, a submission's reference, a calculation, a refusal.
 */
const SAYABLE = 'h1, h2, [data-say], [role="status"], [role="alert"], [aria-live]:not([aria-live="off"])';
/** What a tap names: the control pressed. */
const CHOICE = 'button, a[href], [role="button"], [role="radio"], [role="checkbox"], [role="option"], [role="tab"], [role="switch"], [role="link"]';
/**
 * Never said: what a visitor types (the keypads' keys, their echo in an `output`, form inputs) so nothing
 * personal leaves the kiosk for the hub, and anything a screen marks `data-say-skip` (a countdown ticking).
 */
const KEYPADS = new Set(['kiosk-keyboard', 'kiosk-number-pad', 'kiosk-ref-pad']);
const SILENT = 'output, input, textarea, select, [data-say-skip], [aria-hidden="true"], style, script';
/** The top bar is the same on every screen; its buttons are said when tapped, never as part of a screen. */
const CHROME = 'kiosk-top-bar';

/** A screen that is still drawing settles this long before it is read, and never waits longer than MAX. */
const SETTLE_MS = 300;
const MAX_WAIT_MS = 1200;
/** A tap that opened a screen is said again before that screen, as one clip, rather than being cut short. */
const TAP_CARRIES_MS = 1500;

function* deep(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot && el.localName !== CHROME) yield* deep(el.shadowRoot);
  }
}

/** Up the tree across shadow boundaries. */
function* ancestors(el: Element): Generator<Element> {
  for (let n: Node | null = el; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) if (n instanceof Element) yield n;
}

const silenced = (el: Element) => {
  for (const a of ancestors(el)) if (a.matches(SILENT)) return true;
  return false;
};

/** Text marked as the other language (a module's English name under its Chinese one) is not read in this voice. */
const otherLang = (el: Element, lang: Lang) => {
  const marked = el.getAttribute('lang');
  return !!marked && !marked.toLowerCase().startsWith(lang);
};

/** The text a sighted visitor reads in an element, through shadow roots and slots, without what is silent. */
function textOf(node: Node, lang: Lang): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element) && !(node instanceof ShadowRoot)) return '';
  if (node instanceof Element) {
    if (node.matches(SILENT) || otherLang(node, lang)) return '';
    const label = node.getAttribute('aria-label');
    if (label) return ` ${label} `;
    if (node.shadowRoot) return textOf(node.shadowRoot, lang);
    if (node instanceof HTMLSlotElement) return node.assignedNodes({ flatten: true }).map((n) => textOf(n, lang)).join('');
  }
  const block = node instanceof HTMLElement && /^(P|DIV|LI|H\d|SECTION|BR|TR|DT|DD)$/.test(node.tagName);
  const inner = [...node.childNodes].map((n) => textOf(n, lang)).join('');
  return block ? ` ${inner} ` : inner;
}

const visible = (el: Element) => el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });

/**
 * 语音: reads the kiosk aloud while speech mode is on. A screen is read when it opens (title and prompt);
 * what changes on it later is read when it appears (a result, a refusal, the next question), each thing
 * once; a tapped control's label is read at the tap. Everything is watched from the app's root, so every
 * screen, present or future, is read the same way.
 */
export class ScreenReader {
  private readonly speaker = new Speaker();
  /** What each element last said: an element is read again only when its text changes. */
  private said = new WeakMap<Element, string>();
  private readonly observed = new WeakSet<Node>();
  private readonly observer = new MutationObserver(() => this.schedule());
  private settle: ReturnType<typeof setTimeout> | null = null;
  private firstChange = 0;
  private lastTap: { text: string; at: number } | null = null;

  constructor(
    private readonly root: ShadowRoot,
    private readonly lang: () => Lang,
  ) {
    root.host.addEventListener('click', this.tapped, { capture: true });
  }

  /** Speech turned on: says so, then the screen as it is now. */
  start(intro: string): void {
    this.lastTap = { text: intro, at: Date.now() };
    this.read();
  }

  stop(): void {
    this.root.host.removeEventListener('click', this.tapped, { capture: true });
    this.observer.disconnect();
    if (this.settle) clearTimeout(this.settle);
    this.speaker.dispose();
  }

  private readonly tapped = (e: Event) => {
    const path = e.composedPath().filter((n): n is Element => n instanceof Element);
    const control = path.find((el) => el.matches(CHOICE));
    if (!control || path.some((el) => KEYPADS.has(el.localName) || el.matches('[data-say-skip]'))) return;
    const text = plain(textOf(control, this.lang()));
    if (!text) return;
    this.lastTap = { text, at: Date.now() };
    void this.speaker.say(this.lang(), text);
  };

  private schedule(): void {
    const now = Date.now();
    if (!this.settle) this.firstChange = now;
    else clearTimeout(this.settle);
    const wait = Math.min(SETTLE_MS, Math.max(0, this.firstChange + MAX_WAIT_MS - now));
    this.settle = setTimeout(() => {
      this.settle = null;
      this.read();
    }, wait);
  }

  /** Says whatever is newly on screen, and watches every shadow root that appeared since the last look. */
  private read(): void {
    const lang = this.lang();
    const fresh: string[] = [];
    const taken: Element[] = [];
    this.watch(this.root);
    for (const el of deep(this.root)) {
      if (el.shadowRoot) this.watch(el.shadowRoot);
      const prompt = el.localName === 'p' && /^H[12]$/.test(el.previousElementSibling?.tagName ?? '');
      if (!prompt && !el.matches(SAYABLE)) continue;
      // A live region inside another is read as part of it.
      if (taken.some((t) => [...ancestors(el)].includes(t))) continue;
      if (!visible(el) || silenced(el)) continue;
      const text = plain(textOf(el, lang));
      taken.push(el);
      if (!text || this.said.get(el) === text) continue;
      this.said.set(el, text);
      fresh.push(text);
    }
    if (!fresh.length) return;
    const tap = this.lastTap && Date.now() - this.lastTap.at < TAP_CARRIES_MS ? [this.lastTap.text] : [];
    this.lastTap = null;
    const text = utterance(lang, [...tap, ...fresh]);
    if (text) void this.speaker.say(lang, text);
  }

  private watch(root: Node): void {
    if (this.observed.has(root)) return;
    this.observed.add(root);
    this.observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['hidden', 'class', 'aria-label'] });
  }
}
