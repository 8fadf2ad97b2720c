import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { LocalizedText, MediaView, Slide, SlideType } from '@jobhall/hub-server/contract';
import { buttons, tokens } from '@jobhall/ui-kit';
import { emit } from '../events.ts';
import { SLIDE_TYPES, getPath, newSlide, setPath, type Field } from './slide-fields.ts';

/**
 * One slide of a playlist as a form: its type, how long it shows, until when, and the fields of its type
 * (slide-fields.ts). Every change is sent up whole as `slide-change`; the playlist editor keeps the list.
 */
@customElement('admin-signage-slide-form')
export class AdminSignageSlideForm extends LitElement {
  @property({ attribute: false }) slide!: Slide;
  @property({ attribute: false }) media: MediaView[] = [];
  @property({ type: Number }) index = 0;

  static override styles = [tokens, buttons, css`
    :host { display: block; border: 2px solid var(--jh-line); border-radius: 12px; padding: 12px 16px; background: var(--jh-wash); }
    .row { display: flex; gap: 12px; flex-wrap: wrap; align-items: end; }
    .grid { display: grid; grid-template-columns: 1fr 1fr; gap: 8px 16px; margin-top: 8px; }
    label { display: grid; gap: 2px; font-size: 14px; }
    input, select, textarea { font: inherit; font-size: 15px; padding: 6px 8px; border: 2px solid var(--jh-line); border-radius: 8px; }
    textarea { min-height: 70px; }
    .btn { min-height: 36px; min-width: 36px; padding: 0 10px; font-size: 14px; }
    .wide { grid-column: 1 / -1; }
  `];

  private change(slide: Slide) {
    emit(this, 'slide-change', { index: this.index, slide });
  }

  private set(path: string[], value: unknown) {
    this.change(setPath(this.slide, path, value));
  }

  private field(f: Field) {
    const v = getPath(this.slide, f.path);
    const id = `f-${this.index}-${f.path.join('-')}`;
    switch (f.kind) {
      case 'number':
        return html`<label>${f.label}<input id=${id} type="number" min=${f.min} max=${f.max} .value=${String(v ?? '')} @change=${(e: Event) => this.set(f.path, Number((e.target as HTMLInputElement).value))} /></label>`;
      case 'select':
        return html`<label>${f.label}<select id=${id} @change=${(e: Event) => this.set(f.path, (e.target as HTMLSelectElement).value || null)}>
          ${f.optional ? html`<option value="" ?selected=${!v}>—</option>` : nothing}
          ${f.options.map(([value, label]) => html`<option value=${value} ?selected=${v === value}>${label}</option>`)}</select></label>`;
      case 'media':
        return html`<label>${f.label}<select id=${id} @change=${(e: Event) => this.set(f.path, (e.target as HTMLSelectElement).value || null)}>
          <option value="" ?selected=${!v}>${f.optional ? '—' : '请选择 Choose'}</option>
          ${this.media.filter((m) => m.mime.startsWith(`${f.accept}/`)).map((m) => html`<option value=${m.sha256} ?selected=${v === m.sha256}>${m.name} (${Math.round(m.bytes / 1024)} KB)</option>`)}</select></label>`;
      case 'lines': {
        const list = (v as LocalizedText[] | undefined) ?? [];
        const update = (lang: 'zh' | 'en', text: string) => {
          const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
          const other = list.map((x) => x[lang === 'zh' ? 'en' : 'zh']);
          const n = Math.max(lines.length, lang === 'zh' ? 0 : list.length);
          this.set(f.path, Array.from({ length: n }, (_, i) => {
            const mine = lines[i] ?? other[i] ?? '';
            const theirs = other[i] ?? mine;
            return lang === 'zh' ? { zh: mine, en: theirs } : { zh: theirs, en: mine };
          }).filter((x) => x.zh && x.en));
        };
        return html`<label>${f.label}（中文，一行一条）<textarea id=${`${id}-zh`} .value=${list.map((x) => x.zh).join('\n')} @change=${(e: Event) => update('zh', (e.target as HTMLTextAreaElement).value)}></textarea></label>
          <label>${f.label} (English, one a line)<textarea id=${`${id}-en`} .value=${list.map((x) => x.en).join('\n')} @change=${(e: Event) => update('en', (e.target as HTMLTextAreaElement).value)}></textarea></label>`;
      }
      case 'csv':
        return html`<label class="wide">${f.label}<input id=${id} .value=${((v as string[] | undefined) ?? []).join(', ')}
          @change=${(e: Event) => this.set(f.path, (e.target as HTMLInputElement).value.split(',').map((s) => s.trim()).filter(Boolean))} /></label>`;
      case 'textarea':
        return html`<label>${f.label}<textarea id=${id} .value=${String(v ?? '')} @change=${(e: Event) => this.set(f.path, (e.target as HTMLTextAreaElement).value)}></textarea></label>`;
      default:
        return html`<label>${f.label}<input id=${id} type=${f.kind === 'date' ? 'date' : 'text'} .value=${String(v ?? '')}
          @change=${(e: Event) => this.set(f.path, (e.target as HTMLInputElement).value || ('optional' in f && f.optional ? null : ''))} /></label>`;
    }
  }

  private retype(type: SlideType) {
    const fresh = newSlide(type, this.slide.id);
    this.change({ ...fresh, durationS: this.slide.durationS, until: this.slide.until } as Slide);
  }

  override render() {
    const s = this.slide;
    const ev = (name: 'slide-up' | 'slide-down' | 'slide-remove') => () => emit(this, name, { index: this.index });
    return html`<div class="row">
        <strong>${this.index + 1}.</strong>
        <label>类型 Type<select class="slide-type" @change=${(e: Event) => this.retype((e.target as HTMLSelectElement).value as SlideType)}>
          ${Object.entries(SLIDE_TYPES).map(([t, d]) => html`<option value=${t} ?selected=${s.type === t}>${d.label}</option>`)}</select></label>
        <label>编号 Id<input .value=${s.id} size="14" @change=${(e: Event) => this.set(['id'], (e.target as HTMLInputElement).value)} /></label>
        <label>秒 Seconds<input type="number" min="3" max="600" .value=${String(s.durationS)} @change=${(e: Event) => this.set(['durationS'], Number((e.target as HTMLInputElement).value))} /></label>
        <label>截止 Until<input type="date" .value=${s.until ?? ''} @change=${(e: Event) => this.set(['until'], (e.target as HTMLInputElement).value || null)} /></label>
        <button class="btn secondary" title="上移 Up" @click=${ev('slide-up')}>↑</button>
        <button class="btn secondary" title="下移 Down" @click=${ev('slide-down')}>↓</button>
        <button class="btn secondary" title="删除 Remove" @click=${ev('slide-remove')}>✕</button>
      </div>
      <div class="grid">${SLIDE_TYPES[s.type].fields.map((f) => this.field(f))}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-signage-slide-form': AdminSignageSlideForm;
  }
}
