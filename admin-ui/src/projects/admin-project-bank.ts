import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { z } from 'zod';
import {
  FormFlow, ProjectList, StartupProject, SubmissionDetail, SubmissionSummary, type ProjectSector, type StartupProjectFields,
} from '@jobhall/hub-server/contract';
import { ApiProblem, api, buttons, tokens } from '@jobhall/ui-kit';

/** The collection form's industries as the bank's sectors. */
const SECTOR: Record<string, ProjectSector> = {
  retail: 'retail', catering: 'food', services: 'services', farming: 'farming', tech: 'tech', culture: 'crafts', manufacturing: 'crafts', other: 'services',
};
const SECTORS: ProjectSector[] = ['food', 'retail', 'online', 'services', 'farming', 'crafts', 'tech', 'care'];
const blank = (): StartupProjectFields & { submissionRef?: string } => ({
  title: { zh: '', en: '' }, summary: { zh: '', en: '' }, sector: 'services', district: 'jingan', investmentYuan: 0, jobs: 0,
  support: { zh: '', en: '' }, officePhone: '021-63210066',
});

/**
 * 创业项目库 (5.1.4, 5.1.5): the projects the kiosk and the lobby screens show, and the approved project
 * submissions not yet taken in. Taking one in fills the bank's form from its answers (the founder's name and
 * mobile stay with the submission); staff add the English and choose whether it is shown.
 */
@customElement('admin-project-bank')
export class AdminProjectBank extends LitElement {
  @state() private projects: StartupProject[] = [];
  @state() private waiting: SubmissionSummary[] = [];
  @state() private draft: ReturnType<typeof blank> | null = null;
  @state() private message = '';
  private form: FormFlow | null = null;

  static override styles = [tokens, buttons, css`
    :host { display: block; background: var(--jh-paper); border-radius: var(--jh-radius); padding: 24px; }
    h2, h3 { margin: 0 0 12px; } .btn { min-height: 40px; font-size: 15px; padding: 0 12px; }
    table { border-collapse: collapse; width: 100%; font-size: 15px; margin-bottom: 16px; }
    th, td { text-align: left; padding: 8px; border-bottom: 1px solid var(--jh-line); vertical-align: top; }
    th { background: var(--jh-wash); } tr.hidden td { color: var(--jh-ink-soft); }
    .grid { display: grid; grid-template-columns: 10em 1fr 1fr; gap: 8px; align-items: center; margin-bottom: 12px; }
    input, select, textarea { font: inherit; min-height: 36px; padding: 4px 6px; border: 2px solid var(--jh-line); border-radius: 8px; }
    .msg { font-weight: 700; min-height: 22px; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    try {
      this.projects = (await api('/api/project-bank', ProjectList)).items;
      const approved = await api('/api/forms/submissions?flow=startup-project&status=approved', z.array(SubmissionSummary));
      const taken = new Set(this.projects.map((p) => p.submissionRef));
      this.waiting = approved.filter((s) => !taken.has(s.refNo));
    } catch (err) {
      this.message = err instanceof ApiProblem ? err.message : String(err);
    }
  }

  /** The bank's form filled from an approved submission's answers. */
  private async takeIn(s: SubmissionSummary) {
    this.form ??= await api('/api/flows/startup-project', FormFlow);
    const detail = await api(`/api/forms/submissions/${s.id}`, SubmissionDetail);
    const line = (field: string) => detail.answers.find((a) => a.field === field)?.value;
    const industry = this.form.pages.flatMap((p) => p.fields).find((f) => f.id === 'industry');
    const raw = industry?.type === 'choice' ? industry.options.find((o) => o.label.zh === line('industry')?.zh)?.value : undefined;
    const digits = (field: string) => Number((line(field)?.zh ?? '').replace(/[^\d.]/g, '')) || 0;
    this.draft = {
      ...blank(), title: { zh: line('projectName')?.zh ?? '', en: '' }, summary: { zh: line('description')?.zh ?? '', en: '' },
      sector: SECTOR[raw ?? 'other'] ?? 'services', investmentYuan: Math.round(digits('investment')), jobs: Math.round(digits('jobs')), submissionRef: s.refNo,
    };
  }

  private async save() {
    try {
      await api('/api/project-bank', StartupProject, { method: 'POST', body: { ...this.draft, shown: true } });
      this.draft = null;
      this.message = '✓';
      await this.load();
    } catch (err) {
      this.message = err instanceof ApiProblem ? err.message : String(err);
    }
  }

  private async show(p: StartupProject, shown: boolean) {
    await api(`/api/project-bank/${p.id}/shown`, StartupProject, { method: 'POST', body: { shown } });
    await this.load();
  }

  private pair(label: string, key: 'title' | 'summary' | 'support') {
    const d = this.draft!;
    const set = (lang: 'zh' | 'en') => (e: Event) => (this.draft = { ...d, [key]: { ...d[key], [lang]: (e.target as HTMLInputElement).value } });
    return html`<span>${label}</span><input data-draft=${`${key}-zh`} placeholder="中文" .value=${d[key].zh} @input=${set('zh')} />
      <input data-draft=${`${key}-en`} placeholder="English" .value=${d[key].en} @input=${set('en')} />`;
  }

  private editor() {
    const d = this.draft!;
    const num = (key: 'investmentYuan' | 'jobs') => (e: Event) => (this.draft = { ...d, [key]: Number((e.target as HTMLInputElement).value) });
    return html`<h3>收入项目库 Take into the bank ${d.submissionRef ? html`<code>${d.submissionRef}</code>` : nothing}</h3>
      <div class="grid">${this.pair('名称 Title', 'title')}${this.pair('简介 Summary', 'summary')}${this.pair('扶持 Support', 'support')}
        <span>行业 Sector</span><select @change=${(e: Event) => (this.draft = { ...d, sector: (e.target as HTMLSelectElement).value as ProjectSector })}>
          ${SECTORS.map((s) => html`<option value=${s} ?selected=${s === d.sector}>${s}</option>`)}</select><span></span>
        <span>区 District</span><input .value=${d.district} @input=${(e: Event) => (this.draft = { ...d, district: (e.target as HTMLInputElement).value.trim() })} /><span></span>
        <span>资金 · 岗位 Money · jobs</span><input type="number" .value=${String(d.investmentYuan)} @input=${num('investmentYuan')} /><input type="number" .value=${String(d.jobs)} @input=${num('jobs')} />
        <span>咨询电话 Office line</span><input .value=${d.officePhone} @input=${(e: Event) => (this.draft = { ...d, officePhone: (e.target as HTMLInputElement).value.trim() })} /><span></span></div>
      <button class="btn" id="save-project" @click=${() => void this.save()}>保存并展示 Save and show</button>
      <button class="btn secondary" @click=${() => (this.draft = null)}>取消 Cancel</button>`;
  }

  override render() {
    return html`<h2>创业项目库 · Start-up project bank</h2>
      <p class="msg" role="status">${this.message}</p>
      ${this.waiting.length ? html`<h3>待收入的已通过申报 Approved submissions to take in</h3><table>
        ${this.waiting.map((s) => html`<tr><td><code>${s.refNo}</code></td><td>${new Date(s.updatedAt).toLocaleDateString('zh-CN')}</td>
          <td><button class="btn" data-take=${s.refNo} @click=${() => void this.takeIn(s)}>收入 Take in</button></td></tr>`)}</table>` : nothing}
      ${this.draft ? this.editor() : html`<button class="btn secondary" id="new-project" @click=${() => (this.draft = blank())}>新增项目 New project</button>`}
      <h3>项目 Projects</h3><table><tr><th>名称 Title</th><th>行业 Sector</th><th>资金 Money</th><th>岗位 Jobs</th><th>来源 From</th><th></th></tr>
        ${this.projects.map((p) => html`<tr class=${p.shown ? '' : 'hidden'} data-project=${p.id}><td>${p.title.zh}<div>${p.title.en}</div></td><td>${p.sector}</td>
          <td>${p.investmentYuan}</td><td>${p.jobs}</td><td>${p.submissionRef ?? p.updatedBy}</td>
          <td><button class="btn secondary" @click=${() => void this.show(p, !p.shown)}>${p.shown ? '撤下 Take down' : '展示 Show'}</button></td></tr>`)}</table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-project-bank': AdminProjectBank;
  }
}
