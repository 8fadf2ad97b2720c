import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { z } from 'zod';
import {
  ItemView, MediaView, SignageStructure, type ItemKind, type Layout, type Playlist, type ScheduleEntry, type SignageCalendar, type Slide, type SlideType,
} from '@jobhall/hub-server/contract';
import { api, buttons, tokens } from '@jobhall/ui-kit';
import { emit } from '../events.ts';
import { problemText } from '../placement/placement-labels.ts';
import { ITEM_KIND, ITEM_STATE } from './labels.ts';
import { SLIDE_TYPES, newSlide } from './slide-fields.ts';
import './admin-signage-slide-form.ts';
import './admin-signage-entry-form.ts';
import './admin-signage-preview.ts';

/**
 * One content item being edited: a playlist (its slides as forms), a schedule entry (a form), or the rest as
 * JSON. An editor saves a draft and submits it; an approver decides in the approval queue. What the hub
 * refuses is shown with the field it names.
 */
@customElement('admin-signage-item')
export class AdminSignageItem extends LitElement {
  @property() kind!: ItemKind;
  @property() itemId!: string;
  @state() private item: ItemView | null = null;
  @state() private data: unknown = null;
  @state() private json = '';
  @state() private media: MediaView[] = [];
  @state() private structure: SignageStructure = { zones: [], groups: [], screens: [] };
  @state() private context: { layouts: Layout[]; playlists: Playlist[]; calendar: SignageCalendar } = { layouts: [], playlists: [], calendar: { dayparts: [], holidays: [] } };
  @state() private message = '';
  @state() private newType: SlideType = 'notice';

  static override styles = [tokens, buttons, css`
    :host { display: block; }
    .bar { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; margin: 12px 0; }
    .btn { min-height: 44px; font-size: 16px; padding: 0 14px; }
    .slides { display: grid; gap: 10px; }
    textarea.json { width: 100%; min-height: 360px; font-family: monospace; font-size: 14px; }
    .msg { font-weight: 700; min-height: 24px; }
    .comment { background: var(--jh-warn-bg); color: var(--jh-warn-ink); padding: 8px 12px; border-radius: 8px; }
    label { font-size: 15px; }
    input, select { font: inherit; font-size: 15px; padding: 6px 8px; border: 2px solid var(--jh-line); border-radius: 8px; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    const found = await api(`/api/signage/items/${this.kind}/${this.itemId}`, ItemView).catch(() => null);
    this.item = found;
    this.data = found?.draft ?? found?.published ?? this.blank();
    this.json = JSON.stringify(this.data, null, 2);
    if (this.kind === 'playlist') this.media = await api('/api/signage/media', z.array(MediaView)).catch(() => []);
    if (this.kind === 'schedule') {
      this.structure = await api('/api/signage/structure', SignageStructure);
      const items = await api('/api/signage/items', z.array(ItemView));
      const of = (k: ItemKind) => items.filter((i) => i.kind === k).map((i) => i.draft ?? i.published).filter(Boolean);
      this.context = { layouts: of('layout') as Layout[], playlists: of('playlist') as Playlist[], calendar: (of('calendar')[0] as SignageCalendar) ?? { dayparts: [], holidays: [] } };
    }
  }

  private blank(): unknown {
    const name = { zh: '新内容', en: 'New' };
    if (this.kind === 'playlist') return { id: this.itemId, name, slides: [newSlide('notice', 's1')] };
    if (this.kind === 'schedule') return { id: this.itemId, name, target: { zones: [], groups: [], screens: [] }, layoutId: null, regions: [], window: { from: null, to: null, weekdays: [1, 2, 3, 4, 5, 6, 7], time: { kind: 'all-day' }, holidays: 'ignore', except: [] }, priority: 10, share: 1 };
    return { id: this.itemId };
  }

  private async act(path: string, body: unknown, done: string) {
    this.message = '';
    try {
      const item = await api(`/api/signage/items/${this.kind}/${this.itemId}${path}`, ItemView.nullable(), { method: path ? 'POST' : 'PUT', body });
      this.item = item;
      this.message = done;
      emit(this, 'item-changed', { item, message: done });
    } catch (err) {
      this.message = problemText(err);
    }
  }

  private save() {
    let data = this.data;
    if (this.kind !== 'playlist' && this.kind !== 'schedule') {
      try {
        data = JSON.parse(this.json);
      } catch (err) {
        this.message = `JSON: ${(err as Error).message}`;
        return;
      }
    }
    void this.act('', { data }, '草稿已保存 · Draft saved');
  }

  private playlistEditor(p: Playlist) {
    const slides = p.slides;
    const set = (next: Slide[]) => (this.data = { ...p, slides: next });
    const move = (i: number, d: number) => {
      const j = i + d;
      if (j < 0 || j >= slides.length) return;
      const next = [...slides];
      [next[i], next[j]] = [next[j]!, next[i]!];
      set(next);
    };
    return html`<div class="bar">
        <label>名称 <input .value=${p.name.zh} @change=${(e: Event) => (this.data = { ...p, name: { ...p.name, zh: (e.target as HTMLInputElement).value } })} /></label>
        <label>Name <input .value=${p.name.en} @change=${(e: Event) => (this.data = { ...p, name: { ...p.name, en: (e.target as HTMLInputElement).value } })} /></label>
      </div>
      <div class="slides" @slide-change=${(e: HTMLElementEventMap['slide-change']) => set(slides.map((s, i) => (i === e.detail.index ? e.detail.slide : s)))}
        @slide-up=${(e: HTMLElementEventMap['slide-up']) => move(e.detail.index, -1)} @slide-down=${(e: HTMLElementEventMap['slide-down']) => move(e.detail.index, 1)}
        @slide-remove=${(e: HTMLElementEventMap['slide-remove']) => set(slides.filter((_s, i) => i !== e.detail.index))}>
        ${slides.map((s, i) => html`<admin-signage-slide-form .slide=${s} .index=${i} .media=${this.media}></admin-signage-slide-form>`)}
      </div>
      <div class="bar">
        <select id="new-slide-type" @change=${(e: Event) => (this.newType = (e.target as HTMLSelectElement).value as SlideType)}>
          ${Object.entries(SLIDE_TYPES).map(([t, d]) => html`<option value=${t} ?selected=${t === this.newType}>${d.label}</option>`)}</select>
        <button class="btn secondary" id="add-slide" @click=${() => set([...slides, newSlide(this.newType, `s${Date.now().toString(36)}`)])}>添加一页 Add a slide</button>
        <label>上传图片或视频 Upload <input type="file" accept="image/png,image/jpeg,image/webp,image/gif,video/mp4,video/webm" @change=${this.upload} /></label>
      </div>`;
  }

  private async upload(e: Event) {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (!file) return;
    try {
      const m = await api(`/api/signage/media?name=${encodeURIComponent(file.name)}`, MediaView, { method: 'POST', file });
      this.media = [m, ...this.media.filter((x) => x.sha256 !== m.sha256)];
      this.message = `已上传 · Uploaded ${file.name}`;
    } catch (err) {
      this.message = `上传失败 · Upload refused: ${problemText(err)}`;
    }
  }

  override render() {
    if (this.data === null) return html`<p>正在载入 · Loading</p>`;
    const item = this.item;
    const state = item?.state;
    return html`
      <h3>${ITEM_KIND[this.kind]} · ${this.itemId} <span>${state ? ITEM_STATE[state] : '新 New'}${item?.removal ? ' · 删除 removal' : ''}</span></h3>
      ${item?.comment && state === 'rejected' ? html`<p class="comment" id="reject-comment">退回意见 · Comment: ${item.comment}</p>` : nothing}
      ${this.kind === 'playlist' ? this.playlistEditor(this.data as Playlist)
        : this.kind === 'schedule' ? html`<admin-signage-entry-form .entry=${this.data as ScheduleEntry} .structure=${this.structure} .layouts=${this.context.layouts}
            .playlists=${this.context.playlists} .calendar=${this.context.calendar} @entry-change=${(e: HTMLElementEventMap['entry-change']) => (this.data = e.detail)}></admin-signage-entry-form>`
        : html`<textarea class="json" .value=${this.json} @change=${(e: Event) => (this.json = (e.target as HTMLTextAreaElement).value)}></textarea>`}
      <div class="bar">
        <button class="btn" id="save-draft" @click=${this.save}>保存草稿 Save draft</button>
        <button class="btn" id="submit" ?disabled=${state !== 'draft' && state !== 'rejected'} @click=${() => void this.act('/submit', { note: '' }, '已提交审核 · Submitted for approval')}>提交审核 Submit</button>
        <button class="btn secondary" id="discard" ?disabled=${state !== 'draft' && state !== 'rejected'} @click=${() => void this.act('/discard', undefined, '草稿已放弃 · Draft discarded')}>放弃草稿 Discard</button>
        <button class="btn secondary" id="propose-removal" ?disabled=${!item?.published} @click=${() => void this.act('/remove', undefined, '已提议删除 · Removal proposed')}>提议删除 Propose removal</button>
        <span class="msg" role="status">${this.message}</span>
      </div>
      ${this.kind === 'playlist' || this.kind === 'schedule' || this.kind === 'layout' ? html`<admin-signage-preview></admin-signage-preview>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-signage-item': AdminSignageItem;
  }
}
