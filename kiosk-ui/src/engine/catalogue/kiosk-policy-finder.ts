import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { PrintAccepted, finderMatches, type Answers, type CatalogueEntry, type CatalogueFinder } from '@jobhall/hub-server/contract';
import { api, buttons, fill, t, tokens, type Lang } from '@jobhall/ui-kit';
import { emit } from '../../events.ts';
import { problemOf } from '../../problem.ts';
import './kiosk-catalogue-entry.ts';
import { km } from './messages.ts';

/**
 * "Which policies apply to me": the finder's questions, each answered by a tap, then the policies the answers
 * lead to with the reason for each, all printable on one slip. Nothing asked identifies the visitor, and the
 * answers live only in this element.
 */
@customElement('kiosk-policy-finder')
export class KioskPolicyFinder extends LitElement {
  @property({ attribute: false }) finder!: CatalogueFinder;
  @property({ attribute: false }) entries: CatalogueEntry[] = [];
  @property() locale: Lang = 'zh';
  @property() kioskId = '';
  @property({ type: Boolean }) printable = false;
  @state() private answers: Answers = {};
  @state() private done = false;
  @state() private busy = false;

  static override styles = [tokens, buttons, css`
    :host { display: block; }
    .q { background: var(--jh-paper); border-radius: var(--jh-radius); padding: 14px 20px; margin-bottom: 12px; }
    .q h3 { margin: 0 0 4px; font-size: 26px; } .q .help { margin: 0 0 8px; color: var(--jh-ink-soft); font-size: 20px; }
    .chips { display: flex; gap: 10px; flex-wrap: wrap; }
    .chips .btn { min-height: 72px; font-size: 24px; }
    .chips .btn[aria-pressed='true'] { background: var(--jh-primary); color: var(--jh-primary-ink); }
    .go { display: flex; gap: 16px; flex-wrap: wrap; align-items: center; margin: 12px 0; }
    .go .btn { min-height: 88px; font-size: 30px; }
    .list { display: grid; gap: 12px; }
    h2 { font-size: 30px; margin: 8px 0; }
    .note { color: var(--jh-ink-soft); }
  `];

  private answer(id: string, value: string | boolean) {
    this.answers = { ...this.answers, [id]: value };
  }

  private async printAll(found: Array<{ entry: string; because: { zh: string; en: string } }>) {
    if (this.busy) return;
    this.busy = true;
    try {
      const chosen = found.slice(0, 5);
      await api('/api/catalogues/policies/print', PrintAccepted, {
        method: 'POST', body: { kioskId: this.kioskId, ids: chosen.map((f) => f.entry), because: Object.fromEntries(chosen.map((f) => [f.entry, f.because])) },
      });
      emit(this, 'kiosk-message', { tone: 'ok', text: km.printing });
    } catch (err) {
      emit(this, 'kiosk-message', { tone: 'problem', text: problemOf(err) });
    } finally {
      this.busy = false;
    }
  }

  private questions() {
    const L = this.locale;
    const missing = this.finder.questions.filter((q) => this.answers[q.id] === undefined).length;
    return html`${this.finder.intro ? html`<p class="note">${t(this.finder.intro, L)}</p>` : nothing}
      ${this.finder.questions.map((q) => {
        const options = q.type === 'choice' ? q.options.map((o) => ({ value: o.value as string | boolean, label: o.label })) : [{ value: true, label: km.yes }, { value: false, label: km.no }];
        return html`<div class="q" data-question=${q.id}><h3>${t(q.label, L)}</h3>${q.help ? html`<p class="help">${t(q.help, L)}</p>` : nothing}
          <div class="chips" role="group" aria-label=${t(q.label, L)}>${options.map((o) => html`<button class="btn secondary" data-answer=${`${q.id}:${String(o.value)}`}
            aria-pressed=${this.answers[q.id] === o.value ? 'true' : 'false'} @click=${() => this.answer(q.id, o.value)}>${t(o.label, L)}</button>`)}</div></div>`;
      })}
      <div class="go"><button class="btn" id="finder-results" @click=${() => (this.done = true)}>${t(km.seeResults, L)}</button>
        ${missing ? html`<span class="note">${fill(t(km.answerAll, L), { n: missing })}</span>` : nothing}</div>`;
  }

  private results() {
    const L = this.locale;
    const found = finderMatches(this.finder, this.answers);
    const byId = new Map(this.entries.map((e) => [e.id, e]));
    const shown = found.filter((f) => byId.has(f.entry));
    return html`<h2 id="finder-heading">${shown.length ? fill(t(km.matched, L), { n: shown.length }) : t(km.matchedNone, L)}</h2>
      <p class="note">${t(km.confirmAtWindow, L)}</p>
      <div class="go">
        ${shown.length && this.printable && this.kioskId ? html`<button class="btn" id="finder-print" ?disabled=${this.busy} @click=${() => void this.printAll(shown)}>${t(km.printAll, L)}</button>` : nothing}
        <button class="btn secondary" id="finder-again" @click=${() => ((this.done = false), (this.answers = {}))}>${t(km.again, L)}</button></div>
      <div class="list">${shown.map((f) => html`<kiosk-catalogue-entry .entry=${byId.get(f.entry)!} .because=${f.because} .locale=${L}
        .kioskId=${this.kioskId} ?printable=${this.printable}></kiosk-catalogue-entry>`)}</div>`;
  }

  override render() {
    return this.done ? this.results() : this.questions();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-policy-finder': KioskPolicyFinder;
  }
}
