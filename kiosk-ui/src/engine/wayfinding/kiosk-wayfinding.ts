import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { FloorPlanView, RouteView, ServicePlaces, type QueueLine, type WayfindingFlow } from '@jobhall/hub-server/contract';
import { ApiProblem, api, buttons, fill, t, tokens, type Lang, type LocalizedText } from '@jobhall/ui-kit';
import '@jobhall/ui-kit/jh-floor-plan';
import { m } from '../../messages.ts';
import { aborted, problemOf } from '../../problem.ts';
import { wm } from './messages.ts';

/** Where the visitor can ask to go in "where do I go": an area, or a queue line's windows. */
interface Destination {
  to: string;
  label: LocalizedText;
  lit: string[];
}

const PICKABLE = new Set(['front-desk', 'rooms', 'hall', 'classroom', 'toilet', 'accessible-toilet', 'water']);

/**
 * 在哪里办 / 我要去哪 (1.1.3): the floor plan with a service's windows and rooms lit and the walk there from this
 * kiosk, floor by floor, with the steps in words and a step-free choice. In pick mode the visitor chooses a
 * place first.
 */
@customElement('kiosk-wayfinding')
export class KioskWayfinding extends LitElement {
  @property({ attribute: false }) definition!: WayfindingFlow;
  @property() serviceId = '';
  @property() locale: Lang = 'zh';
  @property() kioskId = '';
  @property({ attribute: false }) queues: QueueLine[] = [];
  @state() private plan: FloorPlanView | null = null;
  @state() private target: Destination | null = null;
  @state() private route: RouteView | null = null;
  @state() private floorId = '';
  @state() private stepFree = false;
  @state() private problem: LocalizedText | null = null;
  private abort: AbortController | null = null;

  static override styles = [tokens, buttons, css`
    :host { display: block; padding: 20px 32px; font-size: 24px; }
    h2 { font-size: 36px; margin: 0 0 8px; }
    .intro { margin: 0 0 16px; color: var(--jh-ink-soft); }
    .layout { display: grid; grid-template-columns: 1fr; gap: 20px; }
    @media (min-aspect-ratio: 4/3) { .layout { grid-template-columns: 3fr 2fr; } }
    .tabs, .places { display: flex; gap: 12px; flex-wrap: wrap; margin-bottom: 12px; }
    .tabs .btn[aria-pressed='true'] { background: var(--jh-primary); color: var(--jh-primary-ink); }
    .places .btn { font-size: 24px; min-height: 72px; }
    section { background: var(--jh-paper); border-radius: var(--jh-radius); padding: 16px 24px; }
    h3 { margin: 0 0 8px; font-size: 26px; color: var(--jh-primary); }
    ol { margin: 0 0 12px; padding-left: 1.4em; } li { margin: 6px 0; }
    .btn.toggle[aria-pressed='true'] { background: var(--jh-ok); border-color: var(--jh-ok); color: #fff; }
    .err { color: var(--jh-danger-ink); font-weight: 700; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  private async load() {
    try {
      this.plan = await api('/api/floor-plan', FloorPlanView);
      this.floorId = this.floorOfKiosk(this.plan);
      if (this.definition.pick) return;
      const places = await api(`/api/floor-plan/places/${this.serviceId}`, ServicePlaces);
      await this.go({ to: `service:${this.serviceId}`, label: { zh: '', en: '' }, lit: [...places.counters, ...places.areas] });
    } catch (err) {
      if (!aborted(err)) this.problem = err instanceof ApiProblem && err.status === 404 ? wm.nowhere : problemOf(err);
    }
  }

  private async go(target: Destination) {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.target = target;
    this.problem = null;
    try {
      const q = new URLSearchParams({ from: this.kioskId, to: target.to, stepFree: String(this.stepFree) });
      this.route = await api(`/api/floor-plan/route?${q}`, RouteView, { signal: abort.signal });
      this.floorId = this.route.to.floor;
    } catch (err) {
      if (!aborted(err)) this.problem = problemOf(err);
    }
  }

  private destinations(plan: FloorPlanView): Destination[] {
    const lines = this.queues.map((q) => ({
      to: `counter:${q.counters[0]}`, lit: q.counters,
      label: { zh: `${fill(wm.windowsOf.zh, { prefix: q.prefix })}：${q.name.zh}`, en: `${fill(wm.windowsOf.en, { prefix: q.prefix })}: ${q.name.en}` },
    }));
    // Toilets and water on the kiosk's own floor only: the nearest ones are the ones wanted.
    const here = this.floorOfKiosk(plan);
    const areas = plan.floors.flatMap((f) => f.areas
      .filter((a) => PICKABLE.has(a.kind) && (f.id === here || !['toilet', 'accessible-toilet', 'water'].includes(a.kind)))
      .map((a) => ({ to: `area:${a.id}`, lit: [a.id], label: f.id === here ? a.label : { zh: `${f.label.zh}${a.label.zh}`, en: `${a.label.en} (${f.label.en})` } })));
    return [...areas, ...lines];
  }

  private floorOfKiosk(plan: FloorPlanView): string {
    return plan.floors.find((f) => f.kiosks.some((k) => k.kiosk === this.kioskId))?.id ?? plan.floors[0]!.id;
  }

  override render() {
    const L = this.locale;
    const d = this.definition;
    const plan = this.plan;
    const floor = plan?.floors.find((f) => f.id === this.floorId) ?? null;
    const leg = this.route?.legs.find((l) => l.floor === this.floorId)?.points ?? [];
    const lit = new Set(this.target?.lit ?? []);
    return html`
      <h2>${t(d.title, L)}</h2>
      ${d.intro ? html`<p class="intro">${t(d.intro, L)}</p>` : nothing}
      ${this.problem ? html`<p class="err" role="alert">${t(this.problem, L)}</p>` : nothing}
      ${!plan ? (this.problem ? nothing : html`<p>${t(m.loading, L)}</p>`) : html`
        ${d.pick ? html`<h3>${t(wm.chooseWhere, L)}</h3><div class="places" role="group">
          ${this.destinations(plan).map((x) => html`<button class="btn secondary" data-to=${x.to} aria-pressed=${this.target?.to === x.to ? 'true' : 'false'}
            @click=${() => void this.go(x)}>${t(x.label, L)}</button>`)}</div>` : nothing}
        <div class="layout">
          <div>
            <div class="tabs" role="group">${plan.floors.map((f) => html`<button class="btn secondary" data-floor=${f.id}
              aria-pressed=${f.id === this.floorId ? 'true' : 'false'} @click=${() => (this.floorId = f.id)}>${t(f.label, L)}</button>`)}</div>
            <jh-floor-plan .floor=${floor} .locale=${L} .lit=${lit} .route=${leg} here=${this.kioskId}></jh-floor-plan>
          </div>
          ${this.route ? html`<section id="route">
            <h3>${t(wm.howToGo, L)} · ${t(this.route.to.label, L)}</h3>
            <ol>${this.route.steps.map((s) => html`<li>${t(s, L)}</li>`)}</ol>
            <p>${fill(t(wm.metres, L), { n: this.route.metres })}</p>
            <button class="btn secondary toggle" id="step-free" aria-pressed=${this.stepFree ? 'true' : 'false'}
              @click=${() => ((this.stepFree = !this.stepFree), this.target && void this.go(this.target))}>♿ ${t(wm.stepFree, L)}</button>
          </section>` : nothing}
        </div>`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-wayfinding': KioskWayfinding;
  }
}
