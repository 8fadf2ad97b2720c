import { html, type TemplateResult } from 'lit';
import type { Counter, DeviceHealth, NowCalling, QueueLine } from '@jobhall/hub-server/contract';

/** What the admin app holds for every panel: the hall's counters and lines, device health, the call board. */
export interface AdminData {
  counters: Counter[];
  queues: QueueLine[];
  devices: DeviceHealth[];
  board: NowCalling | null;
}

/** One tab of the staff admin: its panel's folder is loaded the first time the tab opens. */
export interface Panel {
  id: string;
  label: string;
  load: () => Promise<unknown>;
  render: (data: AdminData) => TemplateResult;
}

/**
 * The admin's panels in tab order, one folder each. A new panel is a folder and an entry here; the hash of
 * the address (#kpis) names the open one, so a reload keeps it.
 */
export const PANELS: readonly Panel[] = [
  {
    id: 'counter', label: '叫号台 Counter', load: () => import('./counter/admin-counter-console.ts'),
    render: (d) => html`<admin-counter-console .counters=${d.counters} .queues=${d.queues} .board=${d.board}></admin-counter-console>`,
  },
  { id: 'desk', label: '窗口取号 Desk tickets', load: () => import('./desk/admin-desk-ticket.ts'), render: () => html`<admin-desk-ticket></admin-desk-ticket>` },
  { id: 'notices', label: '公告 Notices', load: () => import('./notices/admin-notice-editor.ts'), render: () => html`<admin-notice-editor></admin-notice-editor>` },
  {
    id: 'devices', label: '设备 Devices', load: () => import('./devices/admin-devices.ts'),
    render: (d) => html`<admin-devices .devices=${d.devices}></admin-devices>`,
  },
  { id: 'voice', label: '语音 Voice pack', load: () => import('./voice/admin-voice-pack.ts'), render: () => html`<admin-voice-pack></admin-voice-pack>` },
  { id: 'queues', label: '业务设置 Queue lines', load: () => import('./queues/admin-queue-settings.ts'), render: () => html`<admin-queue-settings></admin-queue-settings>` },
  { id: 'kpis', label: '统计 KPIs', load: () => import('./kpis/admin-kpis.ts'), render: () => html`<admin-kpis></admin-kpis>` },
  { id: 'review', label: '岗位审核 Vacancy review', load: () => import('./review/admin-vacancy-review.ts'), render: () => html`<admin-vacancy-review></admin-vacancy-review>` },
  { id: 'import', label: '批量导入 Import', load: () => import('./import/admin-vacancy-import.ts'), render: () => html`<admin-vacancy-import></admin-vacancy-import>` },
  { id: 'referrals', label: '推荐跟踪 Referrals', load: () => import('./referrals/admin-referrals.ts'), render: () => html`<admin-referrals></admin-referrals>` },
  { id: 'seekers', label: '求职者 Seekers', load: () => import('./seekers/admin-seekers.ts'), render: () => html`<admin-seekers></admin-seekers>` },
  {
    id: 'desk-placement', label: '单位·招聘会·投诉 Employers, fairs, complaints', load: () => import('./desk-placement/admin-placement-desk.ts'),
    render: () => html`<admin-placement-desk></admin-placement-desk>`,
  },
  { id: 'forms', label: '表单审核 Forms', load: () => import('./forms/admin-forms.ts'), render: () => html`<admin-forms></admin-forms>` },
  { id: 'entrusted', label: '委托招聘 Entrusted', load: () => import('./entrusted/admin-entrusted.ts'), render: () => html`<admin-entrusted></admin-entrusted>` },
  { id: 'survey', label: '用工调查 Demand survey', load: () => import('./survey/admin-demand-survey.ts'), render: () => html`<admin-demand-survey></admin-demand-survey>` },
  { id: 'calculators', label: '计算器数值 Calculator figures', load: () => import('./calculators/admin-calc-figures.ts'), render: () => html`<admin-calc-figures></admin-calc-figures>` },
  { id: 'publishing', label: '信息发布 Publishing', load: () => import('./publishing/admin-publishing.ts'), render: () => html`<admin-publishing></admin-publishing>` },
  { id: 'interviews', label: '远程面试 Interviews', load: () => import('./interviews/admin-interviews.ts'), render: () => html`<admin-interviews></admin-interviews>` },
  { id: 'bookings', label: '预约日程 Bookings', load: () => import('./bookings/admin-bookings.ts'), render: () => html`<admin-bookings></admin-bookings>` },
  { id: 'cases', label: '个案记录 Case records', load: () => import('./cases/admin-cases.ts'), render: () => html`<admin-cases></admin-cases>` },
  { id: 'projects', label: '创业项目库 Project bank', load: () => import('./projects/admin-project-bank.ts'), render: () => html`<admin-project-bank></admin-project-bank>` },
];

export function panelOf(hash: string): Panel {
  return PANELS.find((p) => `#${p.id}` === hash) ?? PANELS[0]!;
}
