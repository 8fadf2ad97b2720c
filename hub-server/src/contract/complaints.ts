import { z } from 'zod';
import { IsoTime, LocalizedText, Slug, Uuid } from './common.ts';
import { ContactPhone } from './jobs.ts';
import { DistrictCode } from './jobs-content.ts';
import { PrintJobState } from './print.ts';

export const ComplaintKind = z.enum(['wage-arrears', 'no-contract', 'social-insurance', 'injury', 'dismissal', 'other']);
export const ComplaintStatus = z.enum(['received', 'in-progress', 'referred', 'resolved', 'closed']);
export type ComplaintStatus = z.infer<typeof ComplaintStatus>;

/** What a complainant reads for each status, on the kiosk and on the phone page. */
export const COMPLAINT_STATUS_TEXT: Readonly<Record<ComplaintStatus, LocalizedText>> = {
  received: { zh: '已受理，等待处理', en: 'Received; waiting to be handled' },
  'in-progress': { zh: '正在处理', en: 'Being handled' },
  referred: { zh: '已转交劳动保障监察等部门处理', en: 'Passed to the labour inspectorate or another office' },
  resolved: { zh: '已办结', en: 'Resolved' },
  closed: { zh: '已关闭', en: 'Closed' },
};

/**
 * A labour-rights complaint taken at the kiosk (农民工维权, 3.1.11; 举报投诉, 1.1.4). Anonymous is allowed; then no
 * name or phone is taken and the printed reference and check code are the only way back to it.
 */
export const CreateComplaintBody = z.strictObject({
  kind: ComplaintKind,
  employerName: z.string().trim().min(2).max(60),
  employerAddress: z.string().trim().min(2).max(100).optional(),
  district: DistrictCode.optional(),
  /** How many workers are owed or affected. */
  workers: z.number().int().min(1).max(10_000).optional(),
  /** 元 */
  amountOwed: z.number().int().min(0).max(100_000_000).optional(),
  /** Since when, YYYY-MM. */
  owedSince: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM').optional(),
  description: z.string().trim().min(5).max(2000),
  anonymous: z.boolean().default(false),
  name: z.string().trim().min(2).max(20).optional(),
  phone: ContactPhone.optional(),
  kioskId: Slug.optional(),
}).superRefine((c, ctx) => {
  if (!c.anonymous && !c.phone) ctx.addIssue({ code: 'custom', path: ['phone'], message: 'needed unless the complaint is anonymous' });
  if (c.anonymous && (c.name || c.phone)) ctx.addIssue({ code: 'custom', path: ['anonymous'], message: 'an anonymous complaint takes no name or phone' });
});

export const ComplaintReceipt = z.strictObject({
  refNo: z.string(),
  /** Printed on the receipt with the reference; together they open the status page. */
  checkCode: z.string(),
  status: ComplaintStatus,
  statusUrl: z.string(),
  print: z.strictObject({ jobId: Uuid, state: PrintJobState }).nullable(),
  message: LocalizedText,
});

export const ComplaintLookupBody = z.strictObject({ refNo: z.string().regex(/^WQ\d{8}-\d{4}$/), checkCode: z.string().regex(/^\d{6}$/) });
export const ComplaintPublicStatus = z.strictObject({
  refNo: z.string(),
  kind: ComplaintKind,
  status: ComplaintStatus,
  updatedAt: IsoTime,
  notes: z.array(z.strictObject({ at: IsoTime, status: ComplaintStatus, note: z.string().nullable() })),
});

export const Complaint = z.strictObject({
  id: Uuid,
  refNo: z.string(),
  kind: ComplaintKind,
  employerName: z.string(),
  employerAddress: z.string().nullable(),
  district: DistrictCode.nullable(),
  workers: z.number().int().nullable(),
  amountOwed: z.number().int().nullable(),
  owedSince: z.string().nullable(),
  description: z.string(),
  anonymous: z.boolean(),
  phoneMasked: z.string().nullable(),
  status: ComplaintStatus,
  handler: z.string().nullable(),
  createdAt: IsoTime,
  updatedAt: IsoTime,
});
export const ComplaintParams = z.strictObject({ id: Uuid });
export const ComplaintUpdateBody = z.strictObject({
  status: ComplaintStatus,
  /** What the complainant reads on the status page. */
  publicNote: z.string().trim().min(1).max(300).optional(),
});
export const ComplaintListQuery = z.strictObject({ status: ComplaintStatus.optional(), limit: z.coerce.number().int().min(1).max(200).default(50) });
