import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { RegionKind, type Layout, type Playlist, type ScheduleEntry, type SignageCalendar, type SignageStructure } from '@jobhall/hub-server/contract';
import { tokens } from '@jobhall/ui-kit';
import { emit } from '../events.ts';

const WEEKDAYS = ['一 Mon', '二 Tue', '三 Wed', '四 Thu', '五 Fri', '六 Sat', '日 Sun'];

/**
 * A schedule entry as a form: who it is for, what it plays in which region (and a layout, if it switches
 * one), when (dates, weekdays, all day, a daypart or hours — start after end runs overnight — and holidays),
 * its priority and its share. Each change goes up whole as `entry-change`.
 */
@customElement('admin-signage-entry-form')
export class AdminSignageEntryForm extends LitElement {
  @property({ attribute: false }) entry!: ScheduleEntry;
  @property({ attribute: false }) structure: SignageStructure = { zones: [], groups: [], screens: [] };
  @property({ attribute: false }) layouts: Layout[] = [];
  @property({ attribute: false }) playlists: Playlist[] = [];
  @property({ attribute: false }) calendar: SignageCalendar = { dayparts: [], holidays: [] };

  static override styles = [tokens, css`
    :host { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 12px 20px; }
    fieldset { border: 2px solid var(--jh-line); border-radius: 10px; padding: 8px 12px; display: grid; gap: 6px; }
    legend { font-weight: 700; }
    label { display: flex; gap: 6px; align-items: center; font-size: 15px; flex-wrap: wrap; }
    input, select { font: inherit; font-size: 15px; padding: 4px 6px; border: 2px solid var(--jh-line); border-radius: 8px; }
    .checks { display: flex; flex-wrap: wrap; gap: 4px 12px; }
  `];

  private patch(p: Partial<ScheduleEntry>) {
    emit(this, 'entry-change', { ...this.entry, ...p });
  }

  private window(p: Partial<ScheduleEntry['window']>) {
    this.patch({ window: { ...this.entry.window, ...p } });
  }

  private toggle<T>(list: T[], value: T, on: boolean): T[] {
    return on ? [...new Set([...list, value])] : list.filter((v) => v !== value);
  }

  private targets(kind: 'zones' | 'groups' | 'screens', options: Array<{ id: string; name: { zh: string } }>) {
    const chosen = this.entry.target[kind];
    return html`<div class="checks">${options.map((o) => html`<label><input type="checkbox" name=${`target-${kind}`} value=${o.id} .checked=${chosen.includes(o.id)}
      @change=${(e: Event) => this.patch({ target: { ...this.entry.target, [kind]: this.toggle(chosen, o.id, (e.target as HTMLInputElement).checked) } })} />${o.name.zh}</label>`)}</div>`;
  }

  private region(kind: RegionKind) {
    if (kind === 'clock' || kind === 'calls') return nothing;
    const current = this.entry.regions.find((r) => r.region === kind)?.playlistId ?? '';
    const set = (playlistId: string) => this.patch({ regions: [...this.entry.regions.filter((r) => r.region !== kind), ...(playlistId ? [{ region: kind, playlistId }] : [])] });
    return html`<label>${kind}<select name=${`region-${kind}`} @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!current}>—</option>
      ${this.playlists.map((p) => html`<option value=${p.id} ?selected=${p.id === current}>${p.name.zh} (${p.id})</option>`)}</select></label>`;
  }

  override render() {
    const e = this.entry;
    const w = e.window;
    const t = w.time;
    return html`
      <fieldset><legend>名称 Name</legend>
        <label>中文 <input name="name-zh" .value=${e.name.zh} @change=${(ev: Event) => this.patch({ name: { ...e.name, zh: (ev.target as HTMLInputElement).value } })} /></label>
        <label>English <input name="name-en" .value=${e.name.en} @change=${(ev: Event) => this.patch({ name: { ...e.name, en: (ev.target as HTMLInputElement).value } })} /></label>
        <label>优先级 Priority <input name="priority" type="number" min="0" max="100" .value=${String(e.priority)} @change=${(ev: Event) => this.patch({ priority: Number((ev.target as HTMLInputElement).value) })} /></label>
        <label>时间份额 Share <input name="share" type="number" min="1" max="100" .value=${String(e.share)} @change=${(ev: Event) => this.patch({ share: Number((ev.target as HTMLInputElement).value) })} /></label>
      </fieldset>
      <fieldset><legend>对象 For（全不选 = 所有屏幕 every screen）</legend>
        <div>区域 Zones</div>${this.targets('zones', this.structure.zones)}
        <div>分组 Groups</div>${this.targets('groups', this.structure.groups)}
        <div>屏幕 Screens</div>${this.targets('screens', this.structure.screens.filter((s) => s.kind === 'lcd'))}
      </fieldset>
      <fieldset><legend>内容 Plays</legend>
        <label>版式 Layout<select name="layout" @change=${(ev: Event) => this.patch({ layoutId: (ev.target as HTMLSelectElement).value || null })}>
          <option value="" ?selected=${!e.layoutId}>不切换 keep the screen's</option>
          ${this.layouts.map((l) => html`<option value=${l.id} ?selected=${l.id === e.layoutId}>${l.name.zh}</option>`)}</select></label>
        ${RegionKind.options.map((k) => this.region(k))}
      </fieldset>
      <fieldset><legend>时间 When（大厅时间 hall time）</legend>
        <label>从 From <input name="from" type="date" .value=${w.from ?? ''} @change=${(ev: Event) => this.window({ from: (ev.target as HTMLInputElement).value || null })} /></label>
        <label>到 To <input name="to" type="date" .value=${w.to ?? ''} @change=${(ev: Event) => this.window({ to: (ev.target as HTMLInputElement).value || null })} /></label>
        <div class="checks">${WEEKDAYS.map((d, i) => html`<label><input type="checkbox" name="weekday" .checked=${w.weekdays.includes(i + 1)}
          @change=${(ev: Event) => this.window({ weekdays: this.toggle(w.weekdays, i + 1, (ev.target as HTMLInputElement).checked).sort() })} />${d}</label>`)}</div>
        <label>时段 Time<select name="time-kind" @change=${(ev: Event) => {
          const k = (ev.target as HTMLSelectElement).value;
          this.window({ time: k === 'hours' ? { kind: 'hours', start: '09:00', end: '17:00' } : k === 'daypart' ? { kind: 'daypart', daypart: this.calendar.dayparts[0]?.id ?? '' } : { kind: 'all-day' } });
        }}>
          <option value="all-day" ?selected=${t.kind === 'all-day'}>全天 All day</option>
          <option value="daypart" ?selected=${t.kind === 'daypart'}>时段 Daypart</option>
          <option value="hours" ?selected=${t.kind === 'hours'}>时间 Hours</option></select></label>
        ${t.kind === 'daypart' ? html`<label>时段 Daypart<select name="daypart" @change=${(ev: Event) => this.window({ time: { kind: 'daypart', daypart: (ev.target as HTMLSelectElement).value } })}>
          ${this.calendar.dayparts.map((d) => html`<option value=${d.id} ?selected=${d.id === t.daypart}>${d.name.zh} ${d.start}–${d.end}</option>`)}</select></label>` : nothing}
        ${t.kind === 'hours' ? html`<label>开始 Start <input name="start" .value=${t.start} size="8" @change=${(ev: Event) => this.window({ time: { ...t, start: (ev.target as HTMLInputElement).value } })} /></label>
          <label>结束 End <input name="end" .value=${t.end} size="8" @change=${(ev: Event) => this.window({ time: { ...t, end: (ev.target as HTMLInputElement).value } })} /> （早于开始 = 跨夜 earlier than start = overnight）</label>` : nothing}
        <label>节假日 Holidays<select name="holidays" @change=${(ev: Event) => this.window({ holidays: (ev.target as HTMLSelectElement).value as ScheduleEntry['window']['holidays'] })}>
          <option value="ignore" ?selected=${w.holidays === 'ignore'}>照常 As any day</option>
          <option value="skip" ?selected=${w.holidays === 'skip'}>节假日不播 Not on holidays</option>
          <option value="only" ?selected=${w.holidays === 'only'}>仅节假日 Only on holidays</option></select></label>
        <label>例外日期 Except <input name="except" .value=${w.except.join(', ')} placeholder="2026-12-25, …"
          @change=${(ev: Event) => this.window({ except: (ev.target as HTMLInputElement).value.split(',').map((s) => s.trim()).filter(Boolean) })} /></label>
      </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-signage-entry-form': AdminSignageEntryForm;
  }
}
