import { z } from 'zod';
import { IsoTime, LocalizedText, ServiceId, Slug, Uuid } from './common.ts';
import { FlowId, LocalId } from './flows/base.ts';
import { Answers } from './flows/form-logic.ts';
import { PrintJobState } from './print.ts';
import { MobileNumber } from './sms.ts';

/**
 * A submission's life: submitted at the kiosk, taken up by staff (in review), perhaps sent back for more
 * documents, then approved or refused. Approved and refused are final.
 */
export const SubmissionStatus = z.enum(['submitted', 'in-review', 'more-documents', 'approved', 'refused']);
export type SubmissionStatus = z.infer<typeof SubmissionStatus>;
export const SUBMISSION_FINAL: readonly SubmissionStatus[] = ['approved', 'refused'];

/** What the applicant reads for each status, at the kiosk, on the phone page and in the SMS. */
export const SUBMISSION_STATUS_TEXT: Readonly<Record<SubmissionStatus, LocalizedText>> = {
  submitted: { zh: '已提交，等待工作人员审核', en: 'Submitted; waiting for staff to review it' },
  'in-review': { zh: '工作人员正在审核', en: 'Staff are reviewing it' },
  'more-documents': { zh: '需要补充材料', en: 'More documents are needed' },
  approved: { zh: '已通过', en: 'Approved' },
  refused: { zh: '未通过', en: 'Not approved' },
};

/** The references printed on slips: 8 characters, none of I, O, 0 or 1 that people misread. */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const FormReference = z.string().trim().toUpperCase()
  .transform((s) => s.replace(/[\s-]/g, ''))
  .pipe(z.string().regex(new RegExp(`^[${REFERENCE_ALPHABET}]{8}$`), '8 letters and digits (no I, O, 0 or 1)'))
  .transform((s) => `${s.slice(0, 4)}-${s.slice(4)}`);

export const CheckCode = z.string().regex(/^\d{6}$/, 'the 6-digit check code on the slip');

export const FormFlowParams = z.strictObject({ flowId: FlowId });

/** A form answered at the kiosk. Identity fields marked fillFrom "card" are filled by the hub from `card`. */
export const SubmitFormBody = z.strictObject({
  serviceId: ServiceId,
  /** The definition's version the visitor answered. */
  version: z.number().int().min(1),
  answers: Answers,
  /** The kiosk it was filled at: its printer prints the slip. */
  kioskId: Slug.optional(),
  /** A card read at this kiosk (x-kiosk-key): its ID number and name fill the card fields. */
  card: z.strictObject({ readId: Uuid }).optional(),
  /** One SMS per decision to this number; deleted when the case ends. */
  sms: MobileNumber.optional(),
});
export type SubmitFormBody = z.infer<typeof SubmitFormBody>;

/** Where the application is finished: the queue line, its windows, and the service whose ticket to take. */
export const FormWindow = z.object({ queueId: Slug, prefix: z.string(), name: LocalizedText, windows: z.array(z.number().int()), ticketService: ServiceId });
export type FormWindow = z.infer<typeof FormWindow>;

export const FormReceipt = z.object({
  id: Uuid,
  refNo: z.string(),
  checkCode: CheckCode,
  status: SubmissionStatus,
  statusUrl: z.string(),
  print: z.object({ jobId: Uuid, state: PrintJobState }).nullable(),
  nextSteps: z.array(LocalizedText),
  bring: z.array(LocalizedText),
  timeLimit: LocalizedText,
  window: FormWindow.nullable(),
  smsMasked: z.string().nullable(),
});
export type FormReceipt = z.infer<typeof FormReceipt>;

/** 暂存: answers so far, kept sealed until the code is used once or expires. */
export const SaveDraftBody = z.strictObject({
  serviceId: ServiceId,
  version: z.number().int().min(1),
  /** Unchecked: a half-filled form. */
  answers: z.record(LocalId, z.unknown()).refine((a) => Object.keys(a).length <= 200, 'too many answers'),
  page: LocalId,
});
export const DraftCode = z.string().regex(/^\d{8}$/, 'the 8-digit code');
export const DraftSaved = z.object({ code: DraftCode, expiresAt: IsoTime });
export const ResumeDraftBody = z.strictObject({ code: DraftCode });
export const DraftResumed = z.object({
  flowId: FlowId, serviceId: ServiceId, version: z.number().int(), page: LocalId,
  answers: z.record(LocalId, z.unknown()),
});
export type DraftResumed = z.infer<typeof DraftResumed>;

/** Staff: the queue of submissions. */
export const SubmissionListQuery = z.strictObject({
  flow: FlowId.optional(),
  status: SubmissionStatus.optional(),
  /** A staff user name, "me", or "none" for the unassigned. */
  assignee: z.string().min(1).max(40).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const SubmissionSummary = z.object({
  id: Uuid,
  refNo: z.string(),
  flowId: FlowId,
  flowVersion: z.number().int(),
  title: LocalizedText,
  serviceId: ServiceId,
  status: SubmissionStatus,
  assignee: z.string().nullable(),
  createdAt: IsoTime,
  updatedAt: IsoTime,
});
export type SubmissionSummary = z.infer<typeof SubmissionSummary>;

const AnswerLineItem = z.object({ field: z.string(), label: LocalizedText, value: LocalizedText });
export const AnswerLineView = AnswerLineItem.extend({ entries: z.array(z.array(AnswerLineItem)).optional() });

export const SubmissionActionName = z.enum(['submit', 'assign', 'comment', 'request-documents', 'documents-received', 'approve', 'refuse']);
export type SubmissionActionName = z.infer<typeof SubmissionActionName>;

export const SubmissionEvent = z.object({
  at: IsoTime,
  by: z.string(),
  action: SubmissionActionName,
  status: SubmissionStatus,
  /** A comment (staff only), what to bring, or the reason for a refusal. */
  note: z.string().nullable(),
  /** Whether the applicant sees the note. */
  public: z.boolean(),
});

export const SubmissionDetail = SubmissionSummary.extend({
  answers: z.array(AnswerLineView),
  events: z.array(SubmissionEvent),
  /** The applicant asked for an SMS per decision. */
  smsFollow: z.boolean(),
});
export type SubmissionDetail = z.infer<typeof SubmissionDetail>;

/** One staff action on a submission; every one is an event of its log. */
export const SubmissionAction = z.discriminatedUnion('action', [
  /** To a staff member by user name, or "me". */
  z.strictObject({ action: z.literal('assign'), to: z.string().min(1).max(40) }),
  z.strictObject({ action: z.literal('comment'), note: z.string().trim().min(1).max(1000) }),
  /** What the applicant must bring or send; they read it. */
  z.strictObject({ action: z.literal('request-documents'), note: z.string().trim().min(2).max(500) }),
  z.strictObject({ action: z.literal('documents-received') }),
  z.strictObject({ action: z.literal('approve'), note: z.string().trim().max(500).optional() }),
  z.strictObject({ action: z.literal('refuse'), reason: z.string().trim().min(2).max(500) }),
]);
export type SubmissionAction = z.infer<typeof SubmissionAction>;
export const SubmissionParams = z.strictObject({ id: Uuid });
