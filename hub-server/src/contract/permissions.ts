import { z } from 'zod';
import type { LocalizedText } from './common.ts';

/**
 * What a staff member may do. Every staff route declares exactly one of these (route config `access`); a role
 * is a named set of them. `*.read` permissions see without changing, so a read-only auditor can be given them
 * all and nothing else.
 */
export const Permission = z.enum([
  'queue.read', // counters' state, queue lines' settings, the SMS log (numbers masked)
  'queue.call', // counter console: sign in, call, recall, transfer, finish, the window's LED line
  'queue.desk', // issue a ticket at a desk on a visitor's behalf
  'queue.configure', // queue lines' hours, quotas, typical times; kiosk card-reader keys
  'kpi.read',
  'content.read', // what was published (notices), without changing it
  'content.edit', // notices, guides, playlists, showcases, calculator figures: drafts
  'content.publish', // approve or reject what editors submitted; publish it
  'publishing.manage', // office API keys, bulletins, press exports, the SMS subscriptions overview
  'signage.alert', // emergency takeover on the lobby screens
  'signage.manage', // screens, zones, layouts
  'signage.read',
  'vacancy.read',
  'vacancy.approve', // review, edit, approve, reject, withdraw vacancies; import them
  'seeker.read', // masked seeker lists and profiles
  'seeker.manage', // case fields, sign-in codes
  'referral.read', // referrals and their history
  'referral.manage', // refer on a seeker's behalf; follow a referral to its outcome
  'employer.manage', // employer accounts, licences, sign-in codes
  'fair.manage',
  'complaint.handle',
  'entrusted.manage',
  'survey.read',
  'interview.manage',
  'form.read', // submitted forms, bookings and case records
  'form.decide', // assign, comment, ask for documents, approve or refuse a submission
  'counselling.manage', // counselling sessions and case follow-ups
  'device.read',
  'device.manage', // enrol, approve, revoke devices; send them commands; voice packs
  'staff.manage', // staff accounts and their roles
  'audit.read', // the audit log: search and export
]);
export type Permission = z.infer<typeof Permission>;

export const RoleId = z.enum(['admin', 'content-editor', 'content-approver', 'counsellor', 'counter-staff', 'placement-officer', 'auditor']);
export type RoleId = z.infer<typeof RoleId>;

const READ_ONLY: Permission[] = Permission.options.filter((p) => p.endsWith('.read'));

/**
 * The roles a hall gives its staff; a person may hold several, and gets the union of their permissions. Each
 * role reads what it acts on (queue.read with queue.call, referral.read with referral.manage); only the
 * administrator manages accounts and devices, and only the auditor and the administrator read the audit log.
 */
export const ROLES: Readonly<Record<RoleId, { name: LocalizedText; permissions: readonly Permission[] }>> = {
  admin: { name: { zh: '系统管理员', en: 'Administrator' }, permissions: Permission.options },
  'content-editor': {
    name: { zh: '内容编辑', en: 'Content editor' },
    permissions: ['content.read', 'content.edit', 'signage.read', 'vacancy.read', 'kpi.read'],
  },
  'content-approver': {
    name: { zh: '内容审核', en: 'Content approver' },
    permissions: ['content.read', 'content.edit', 'content.publish', 'publishing.manage', 'signage.alert', 'signage.read', 'vacancy.read', 'kpi.read'],
  },
  counsellor: {
    name: { zh: '职业指导师', en: 'Career counsellor' },
    permissions: [
      'queue.read', 'queue.call', 'seeker.read', 'seeker.manage', 'referral.read', 'referral.manage', 'form.read', 'form.decide',
      'counselling.manage', 'vacancy.read', 'interview.manage',
    ],
  },
  'counter-staff': {
    name: { zh: '窗口工作人员', en: 'Counter staff' },
    permissions: ['queue.read', 'queue.call', 'queue.desk', 'form.read', 'form.decide', 'kpi.read'],
  },
  'placement-officer': {
    name: { zh: '职业介绍员', en: 'Placement officer' },
    permissions: [
      'queue.read', 'queue.call', 'vacancy.read', 'vacancy.approve', 'seeker.read', 'referral.read', 'referral.manage', 'employer.manage',
      'fair.manage', 'complaint.handle', 'entrusted.manage', 'survey.read', 'interview.manage', 'form.read',
    ],
  },
  auditor: { name: { zh: '审计（只读）', en: 'Auditor (read-only)' }, permissions: [...READ_ONLY] },
};

/** The union of the roles' permissions, in the enum's order. */
export function permissionsOf(roles: readonly RoleId[]): Permission[] {
  // A role a later version dropped (still in an old database) grants nothing rather than failing the session.
  const granted = new Set(roles.flatMap((r) => ROLES[r]?.permissions ?? []));
  return Permission.options.filter((p) => granted.has(p));
}
