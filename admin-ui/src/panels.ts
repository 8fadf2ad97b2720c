import { html, type TemplateResult } from 'lit';
import type { Counter, DeviceHealth, NowCalling, Permission, QueueLine } from '@jobhall/hub-server/contract';

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
  /** The permission the panel's main work needs: without it the tab is not shown (session.ts hides finer actions). */
  permission: Permission;
  load: () => Promise<unknown>;
  render: (data: AdminData) => TemplateResult;
}

/**
 * The admin's panels in tab order, one folder each. A new panel is a folder and an entry here; the hash of
 * the address (#kpis) names the open one, so a reload keeps it.
 */
export const PANELS: readonly Panel[] = [
  {
    id: 'counter', permission: 'queue.call', label: '叫号台 Counter', load: () => import('./counter/admin-counter-console.ts'),
    render: (d) => html`<admin-counter-console .counters=${d.counters} .queues=${d.queues} .board=${d.board}></admin-counter-console>`,
  },
  { id: 'desk', permission: 'queue.desk', label: '窗口取号 Desk tickets', load: () => import('./desk/admin-desk-ticket.ts'), render: () => html`<admin-desk-ticket></admin-desk-ticket>` },
  { id: 'signage', permission: 'signage.read', label: '信息屏 Signage', load: () => import('./signage/admin-signage.ts'), render: () => html`<admin-signage></admin-signage>` },
  { id: 'alerts', permission: 'signage.alert', label: '紧急信息 Alerts', load: () => import('./signage/admin-signage-alerts.ts'), render: () => html`<admin-signage-alerts></admin-signage-alerts>` },
  { id: 'notices', permission: 'content.publish', label: '公告 Notices', load: () => import('./notices/admin-notice-editor.ts'), render: () => html`<admin-notice-editor></admin-notice-editor>` },
  {
    id: 'devices', permission: 'device.read', label: '设备 Devices', load: () => import('./devices/admin-devices.ts'),
    render: (d) => html`<admin-devices .devices=${d.devices}></admin-devices>`,
  },
  { id: 'voice', permission: 'device.manage', label: '语音 Voice pack', load: () => import('./voice/admin-voice-pack.ts'), render: () => html`<admin-voice-pack></admin-voice-pack>` },
  { id: 'queues', permission: 'queue.configure', label: '业务设置 Queue lines', load: () => import('./queues/admin-queue-settings.ts'), render: () => html`<admin-queue-settings></admin-queue-settings>` },
  { id: 'kpis', permission: 'kpi.read', label: '统计 KPIs', load: () => import('./kpis/admin-kpis.ts'), render: () => html`<admin-kpis></admin-kpis>` },
  { id: 'review', permission: 'vacancy.read', label: '岗位审核 Vacancy review', load: () => import('./review/admin-vacancy-review.ts'), render: () => html`<admin-vacancy-review></admin-vacancy-review>` },
  { id: 'import', permission: 'vacancy.approve', label: '批量导入 Import', load: () => import('./import/admin-vacancy-import.ts'), render: () => html`<admin-vacancy-import></admin-vacancy-import>` },
  { id: 'referrals', permission: 'referral.read', label: '推荐跟踪 Referrals', load: () => import('./referrals/admin-referrals.ts'), render: () => html`<admin-referrals></admin-referrals>` },
  { id: 'seekers', permission: 'seeker.read', label: '求职者 Seekers', load: () => import('./seekers/admin-seekers.ts'), render: () => html`<admin-seekers></admin-seekers>` },
  {
    id: 'desk-placement', permission: 'employer.manage', label: '单位·招聘会·投诉 Employers, fairs, complaints', load: () => import('./desk-placement/admin-placement-desk.ts'),
    render: () => html`<admin-placement-desk></admin-placement-desk>`,
  },
  { id: 'forms', permission: 'form.read', label: '表单审核 Forms', load: () => import('./forms/admin-forms.ts'), render: () => html`<admin-forms></admin-forms>` },
  { id: 'entrusted', permission: 'entrusted.manage', label: '委托招聘 Entrusted', load: () => import('./entrusted/admin-entrusted.ts'), render: () => html`<admin-entrusted></admin-entrusted>` },
  { id: 'survey', permission: 'survey.read', label: '用工调查 Demand survey', load: () => import('./survey/admin-demand-survey.ts'), render: () => html`<admin-demand-survey></admin-demand-survey>` },
  { id: 'calculators', permission: 'content.edit', label: '计算器数值 Calculator figures', load: () => import('./calculators/admin-calc-figures.ts'), render: () => html`<admin-calc-figures></admin-calc-figures>` },
  { id: 'publishing', permission: 'publishing.manage', label: '信息发布 Publishing', load: () => import('./publishing/admin-publishing.ts'), render: () => html`<admin-publishing></admin-publishing>` },
  { id: 'interviews', permission: 'interview.manage', label: '远程面试 Interviews', load: () => import('./interviews/admin-interviews.ts'), render: () => html`<admin-interviews></admin-interviews>` },
  { id: 'bookings', permission: 'form.read', label: '预约日程 Bookings', load: () => import('./bookings/admin-bookings.ts'), render: () => html`<admin-bookings></admin-bookings>` },
  { id: 'cases', permission: 'form.read', label: '个案记录 Case records', load: () => import('./cases/admin-cases.ts'), render: () => html`<admin-cases></admin-cases>` },
  { id: 'projects', permission: 'form.read', label: '创业项目库 Project bank', load: () => import('./projects/admin-project-bank.ts'), render: () => html`<admin-project-bank></admin-project-bank>` },
  { id: 'staff', permission: 'staff.manage', label: '账号 Staff accounts', load: () => import('./staff/admin-staff.ts'), render: () => html`<admin-staff></admin-staff>` },
  { id: 'audit', permission: 'audit.read', label: '审计日志 Audit log', load: () => import('./audit/admin-audit.ts'), render: () => html`<admin-audit></admin-audit>` },
];

/** The panels a member with these permissions sees, in tab order. */
export function panelsFor(permissions: readonly Permission[]): Panel[] {
  return PANELS.filter((p) => permissions.includes(p.permission));
}

/** The panel the address names, if the member may see it; else their first. Null when they may see none. */
export function panelOf(hash: string, visible: readonly Panel[] = PANELS): Panel | null {
  return visible.find((p) => `#${p.id}` === hash) ?? visible[0] ?? null;
}
