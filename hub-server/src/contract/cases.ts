import { z } from 'zod';
import { IsoTime, LocalizedText, Uuid } from './common.ts';
import { SessionBooking } from './bookings.ts';
import { FlowId, LocalId } from './flows/base.ts';

/**
 * Case records (content/flows, kind case): one per person and case type, moved through stages by staff with
 * dated entries. A person is known by a keyed hash of the ID number; the screen shows only masks; the kiosk's
 * lookup key is a keyed hash of the ID number with the mobile's last four digits, so no mobile is stored.
 */

const IdNumberText = z.string().trim().toUpperCase().regex(/^\d{17}[\dX]$/, '17 digits and a digit or X');

export const CaseEventKind = z.enum(['opened', 'stage', 'follow-up']);

export const CaseEvent = z.strictObject({
  at: IsoTime,
  kind: CaseEventKind,
  from: LocalId.nullable(),
  to: LocalId.nullable(),
  /** A counsellor's note: staff only, sealed at rest. */
  note: z.string().nullable(),
  nextAt: IsoTime.nullable(),
  /** A reference the entry answers, e.g. the kiosk pre-application it completed. */
  ref: z.string().nullable(),
  by: z.string(),
});
export type CaseEvent = z.infer<typeof CaseEvent>;

export const CaseRecord = z.strictObject({
  id: Uuid,
  flowId: FlowId,
  caseType: z.string(),
  title: LocalizedText,
  seekerId: Uuid.nullable(),
  nameMasked: z.string(),
  idMasked: z.string(),
  stage: z.strictObject({ id: LocalId, label: LocalizedText }),
  /** The counsellor or officer who follows the record. */
  owner: z.string().nullable(),
  nextAt: IsoTime.nullable(),
  createdAt: IsoTime,
  updatedAt: IsoTime,
  events: z.array(CaseEvent),
});
export type CaseRecord = z.infer<typeof CaseRecord>;

export const CaseListQuery = z.strictObject({
  flow: FlowId.optional(),
  /** Find one person's records by the ID number they show at the window. */
  idNumber: IdNumberText.optional(),
});
export const CaseList = z.strictObject({ items: z.array(CaseRecord) });

export const OpenCaseBody = z.strictObject({
  flowId: FlowId,
  idNumber: IdNumberText,
  name: z.string().trim().min(2).max(40),
  /** The mobile's last four digits the person will look the record up with; without them, only signed in. */
  phoneLast4: z.string().regex(/^\d{4}$/, 'four digits').optional(),
  owner: z.string().trim().min(1).max(40).optional(),
  note: z.string().trim().max(1000).optional(),
  nextAt: IsoTime.optional(),
  ref: z.string().trim().max(40).optional(),
});

export const CaseEntryBody = z.strictObject({
  /** Move to this stage (one of the current stage's next), or stay. */
  to: LocalId.optional(),
  /** A named action of the flow (completing a registration), which says its stage itself. */
  action: LocalId.optional(),
  note: z.string().trim().max(1000).optional(),
  nextAt: IsoTime.nullable().optional(),
  owner: z.string().trim().min(1).max(40).optional(),
  ref: z.string().trim().max(40).optional(),
}).refine((b) => !(b.to && b.action), { message: 'give to or action, not both', path: ['action'] });

export const CaseParams = z.strictObject({ id: Uuid });

export const CaseLookupBody = z.strictObject({ flowId: FlowId, idNumber: IdNumberText, phoneLast4: z.string().regex(/^\d{4}$/, 'four digits') });

/** A record as its person sees it at the kiosk: the stages, where it is, when next, and what happened when. */
export const CasePublic = z.strictObject({
  flowId: FlowId,
  title: LocalizedText,
  nameMasked: z.string(),
  stage: z.strictObject({ id: LocalId, label: LocalizedText, describe: LocalizedText }),
  stages: z.array(z.strictObject({ id: LocalId, label: LocalizedText, reached: z.boolean(), current: z.boolean() })),
  owner: z.string().nullable(),
  nextAt: IsoTime.nullable(),
  updatedAt: IsoTime,
  /** Dated entries without the counsellors' notes. */
  history: z.array(z.strictObject({ at: IsoTime, kind: CaseEventKind, stage: LocalizedText.nullable() })),
});
export type CasePublic = z.infer<typeof CasePublic>;

/** A signed-in seeker's records and sessions: what is next and what has been. */
export const CasesMine = z.strictObject({
  cases: z.array(CasePublic),
  upcoming: z.array(SessionBooking),
  past: z.array(SessionBooking),
});
export type CasesMine = z.infer<typeof CasesMine>;
