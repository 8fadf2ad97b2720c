import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { CheckResult, PayPeriod, Shift, Vacancy, type Finding, type PlacementVocabulary, type UpdateVacancyBody } from '@jobhall/hub-server/contract';
import { ApiProblem, api, buttons, tokens } from '@jobhall/ui-kit';
import { PAY_PERIOD, SHIFT, problemText, type Vocabulary } from '../placement/placement-labels.ts';
import '../placement/admin-vacancy-findings.ts';
import { emit } from '../events.ts';

/**
 * Staff edit a vacancy before approving it (usually to take out wording the checker found). The hub checks the
 * edit like a new registration, refuses blocking wording with 422, and puts the vacancy back in the queue.
 * Fires `vacancy-saved` with the saved vacancy, or `edit-closed`.
 */
@customElement('admin-vacancy-edit')
export class AdminVacancyEdit extends LitElement {
  @property({ attribute: false }) vacancy!: Vacancy;
  @property({ attribute: false }) vocab: Vocabulary | null = null;
  @state() private message = '';
  @state() private findings: Finding[] | null = null;
  @state() private busy = false;

  static override styles = [tokens, buttons, css`
    :host { display: block; margin-top: 12px; padding: 16px; border: 2px dashed var(--jh-primary); border-radius: var(--jh-radius); }
    form { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 10px 16px; }
    label { display: grid; gap: 4px; font-size: 15px; }
    label.wide { grid-column: 1 / -1; }
    input, select, textarea { font: inherit; font-size: 16px; padding: 6px 8px; min-height: 44px; box-sizing: border-box; border: 2px solid var(--jh-line); border-radius: 8px; }
    textarea { min-height: 110px; }
    fieldset { grid-column: 1 / -1; border: 1px solid var(--jh-line); border-radius: 8px; display: flex; flex-wrap: wrap; gap: 4px 16px; }
    fieldset label { display: inline-flex; align-items: center; gap: 6px; min-height: 44px; }
    fieldset input { min-height: 0; width: 20px; height: 20px; }
    .actions { grid-column: 1 / -1; display: flex; gap: 12px; flex-wrap: wrap; align-items: center; }
    .btn { min-height: 44px; font-size: 16px; padding: 0 16px; }
    .err { color: var(--jh-danger-ink); font-weight: 700; }
  `];

  /** The form's values as a PATCH body; optional text left empty is left out (the hub keeps what it has). */
  private body(): UpdateVacancyBody {
    const form = this.renderRoot.querySelector('form')!;
    const f = new FormData(form);
    const s = (k: string) => String(f.get(k) ?? '').trim();
    const n = (k: string) => Number(s(k));
    const opt = (k: string) => s(k) || undefined;
    return {
      title: s('title'), employerName: s('employerName'), description: s('description'), district: s('district'),
      occupationCode: opt('occupationCode'), payMin: n('payMin'), payMax: n('payMax'), payPeriod: PayPeriod.parse(s('payPeriod')),
      headcount: n('headcount'), contactPhone: s('contactPhone'), contactName: opt('contactName'), address: opt('address'),
      meals: f.get('meals') === 'on', lodging: f.get('lodging') === 'on', shifts: f.getAll('shifts').map((x) => Shift.parse(x)),
    };
  }

  private async check() {
    try {
      const r = await api('/api/vacancies/check', CheckResult, { method: 'POST', body: this.body() });
      this.findings = r.findings;
      const rules = [...new Set(r.findings.filter((f) => f.severity === 'block').map((f) => f.rule))];
      this.message = r.blocked ? `含禁止用语，不能保存 · Blocking wording, it cannot be saved: ${rules.join(', ')}` : '已检查 · Checked';
    } catch (err) {
      this.message = problemText(err);
    }
  }

  private async save(e: SubmitEvent) {
    e.preventDefault();
    if (this.busy) return;
    this.busy = true;
    try {
      const saved = await api(`/api/vacancies/${this.vacancy.id}`, Vacancy, { method: 'PATCH', body: this.body() });
      emit(this, 'vacancy-saved', saved);
    } catch (err) {
      this.message = problemText(err);
      // Refused for its wording: the refusal carries every finding, so staff see where.
      const findings = err instanceof ApiProblem ? err.details.findings : undefined;
      if (findings) {
        this.findings = findings;
        const rules = [...new Set(findings.filter((f) => f.severity === 'block').map((f) => f.rule))];
        this.message = `含禁止用语，不能保存 · Blocking wording, it cannot be saved: ${rules.join(', ')}`;
      }
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const v = this.vacancy;
    const vocab = this.vocab;
    return html`
      <form @submit=${this.save} aria-label="修改岗位 Edit vacancy">
        <label>岗位名称 Title<input name="title" .value=${v.title} required maxlength="40" /></label>
        <label>单位名称 Employer<input name="employerName" .value=${v.employerName} required maxlength="60" /></label>
        <label>区 District<select name="district">
          ${(vocab?.districts ?? [{ code: v.district, name: v.districtName }]).map((d) => html`<option value=${d.code} ?selected=${d.code === v.district}>${d.name}</option>`)}
        </select></label>
        <label>职业 Occupation<select name="occupationCode">
          <option value="">— 未定 Not set —</option>
          ${(vocab?.occupations ?? []).map((o) => html`<option value=${o.code} ?selected=${o.code === v.occupationCode}>${o.code} ${o.name}</option>`)}
        </select></label>
        <label class="wide">岗位描述 Description<textarea name="description" id="edit-description" required maxlength="2000" .value=${v.description}></textarea></label>
        <label>最低月薪 Pay from (元/月)<input name="payMin" type="number" min="0" max="200000" .value=${String(v.payMin)} required /></label>
        <label>最高月薪 Pay to (元/月)<input name="payMax" type="number" min="0" max="200000" .value=${String(v.payMax)} required /></label>
        <label>结算 Pay period<select name="payPeriod">
          ${PayPeriod.options.map((p) => html`<option value=${p} ?selected=${p === v.payPeriod}>${PAY_PERIOD[p]}</option>`)}
        </select></label>
        <label>招聘人数 Headcount<input name="headcount" type="number" min="1" max="999" .value=${String(v.headcount)} required /></label>
        <label>联系人 Contact<input name="contactName" .value=${v.contactName ?? ''} maxlength="20" /></label>
        <label>联系电话 Phone<input name="contactPhone" .value=${v.contactPhone} required /></label>
        <label class="wide">工作地址 Address<input name="address" .value=${v.address ?? ''} maxlength="100" /></label>
        <fieldset><legend>待遇与班次 Board and shifts</legend>
          <label><input type="checkbox" name="meals" ?checked=${v.meals} />包吃 Meals</label>
          <label><input type="checkbox" name="lodging" ?checked=${v.lodging} />包住 Lodging</label>
          ${Shift.options.map((s) => html`<label><input type="checkbox" name="shifts" value=${s} ?checked=${v.shifts.includes(s)} />${SHIFT[s]}</label>`)}
        </fieldset>
        <div class="actions">
          <button class="btn" id="edit-save" ?disabled=${this.busy}>保存并重新审核 · Save for review</button>
          <button type="button" class="btn secondary" id="edit-check" @click=${this.check}>检查用语 · Check wording</button>
          <button type="button" class="btn secondary" @click=${() => emit(this, 'edit-closed')}>取消 · Cancel</button>
          <span id="edit-message" role="status" class=${this.findings?.some((f) => f.severity === 'block') ? 'err' : ''}>${this.message}</span>
        </div>
      </form>
      ${this.findings ? html`<admin-vacancy-findings .findings=${this.findings}></admin-vacancy-findings>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-vacancy-edit': AdminVacancyEdit;
  }
}
