import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { z } from 'zod';
import { ItemKind, ItemView } from '@jobhall/hub-server/contract';
import { api, buttons, tokens } from '@jobhall/ui-kit';
import { ITEM_KIND, ITEM_STATE } from './labels.ts';
import './admin-signage-item.ts';
import './admin-signage-check.ts';

/** Every content item by kind and state; one opens in the editor below the list. */
@customElement('admin-signage-content')
export class AdminSignageContent extends LitElement {
  @state() private items: ItemView[] = [];
  @state() private open: { kind: ItemKind; id: string } | null = null;
  @state() private newKind: ItemKind = 'playlist';

  static override styles = [tokens, buttons, css`
    :host { display: block; }
    .kinds { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 12px; }
    section { border: 2px solid var(--jh-line); border-radius: 10px; padding: 8px 12px; }
    h3 { margin: 0 0 6px; font-size: 17px; }
    ul { margin: 0; padding: 0; list-style: none; }
    li { display: flex; justify-content: space-between; gap: 8px; padding: 3px 0; }
    a { color: var(--jh-primary); cursor: pointer; text-decoration: underline; }
    .state-submitted { color: var(--jh-warn-ink); font-weight: 700; }
    .state-rejected { color: var(--jh-danger-ink); font-weight: 700; }
    .bar { display: flex; gap: 8px; align-items: center; margin: 12px 0; flex-wrap: wrap; }
    .btn { min-height: 40px; font-size: 15px; padding: 0 12px; }
    input, select { font: inherit; font-size: 15px; padding: 6px 8px; border: 2px solid var(--jh-line); border-radius: 8px; }
    admin-signage-item { display: block; margin-top: 16px; border-top: 3px solid var(--jh-primary); padding-top: 8px; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    this.items = await api('/api/signage/items', z.array(ItemView)).catch(() => []);
  }

  private create(e: SubmitEvent) {
    e.preventDefault();
    const id = String(new FormData(e.target as HTMLFormElement).get('id') ?? '').trim();
    if (id) this.open = { kind: this.newKind, id };
  }

  override render() {
    return html`
      <div class="kinds">${ItemKind.options.map((k) => html`<section data-kind=${k}><h3>${ITEM_KIND[k]}</h3><ul>
        ${this.items.filter((i) => i.kind === k).map((i) => html`<li><a data-item=${`${k}/${i.id}`} @click=${() => (this.open = { kind: k, id: i.id })}>${i.id}</a>
          <span class=${`state-${i.state}`}>${ITEM_STATE[i.state]}</span></li>`)}</ul></section>`)}</div>
      <form class="bar" @submit=${this.create}>
        <select @change=${(e: Event) => (this.newKind = (e.target as HTMLSelectElement).value as ItemKind)}>
          ${ItemKind.options.map((k) => html`<option value=${k} ?selected=${k === this.newKind}>${ITEM_KIND[k]}</option>`)}</select>
        <input name="id" id="new-item-id" placeholder="编号 id (a-z 0-9 -)" pattern="[a-z0-9][a-z0-9\\-]*" />
        <button class="btn secondary" id="new-item">新建 New</button>
      </form>
      <admin-signage-check></admin-signage-check>
      ${this.open ? keyed(`${this.open.kind}/${this.open.id}`, html`<admin-signage-item .kind=${this.open.kind} .itemId=${this.open.id} @item-changed=${() => void this.load()}></admin-signage-item>`) : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-signage-content': AdminSignageContent;
  }
}
