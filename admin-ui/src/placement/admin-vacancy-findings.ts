import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Finding } from '@jobhall/hub-server/contract';
import { tokens } from '@jobhall/ui-kit';
import { SEVERITY } from './placement-labels.ts';

/**
 * The compliance checker's findings on a vacancy (matching.md §4): rule, severity, the words that matched,
 * the fix offered to the employer and the law it rests on. Used by the review queue and the import report.
 */
@customElement('admin-vacancy-findings')
export class AdminVacancyFindings extends LitElement {
  @property({ attribute: false }) findings: Finding[] = [];

  static override styles = [tokens, css`
    :host { display: block; }
    table { border-collapse: collapse; width: 100%; font-size: 15px; }
    th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--jh-line); }
    th { background: var(--jh-wash); }
    .sev { font-weight: 700; border-radius: 6px; padding: 0 6px; white-space: nowrap; }
    .block { background: var(--jh-danger-bg); color: var(--jh-danger-ink); }
    .review { background: var(--jh-warn-bg); color: var(--jh-warn-ink); }
    .warn { background: var(--jh-wash); color: var(--jh-ink-soft); }
    mark { background: var(--jh-warn-bg); color: var(--jh-ink); font-weight: 700; }
    .en { color: var(--jh-ink-soft); }
    .none { color: var(--jh-ok); }
  `];

  override render() {
    if (!this.findings.length) return html`<p class="none">未发现问题用语 · No findings</p>`;
    return html`<table>
      <thead><tr>
        <th scope="col">级别 Severity</th><th scope="col">规则 Rule</th><th scope="col">原文 Matched text</th>
        <th scope="col">修改建议 Fix</th><th scope="col">依据 Legal basis</th>
      </tr></thead>
      <tbody>
        ${this.findings.map((f) => html`<tr class="finding" data-rule=${f.rule} data-severity=${f.severity}>
          <td><span class="sev ${f.severity}">${SEVERITY[f.severity]}</span></td>
          <td>${f.title.zh} <span class="en">${f.title.en}</span><br /><code>${f.rule}</code></td>
          <td><mark>${f.text}</mark><br /><span class="en">${f.field}</span></td>
          <td>${f.fix.zh}<br /><span class="en">${f.fix.en}</span></td>
          <td>${f.basis.join('；')}</td>
        </tr>`)}
      </tbody>
    </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-vacancy-findings': AdminVacancyFindings;
  }
}
