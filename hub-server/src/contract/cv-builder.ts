import { z } from 'zod';
import { IsoTime, Lang, Slug } from './common.ts';
import { FlowId } from './flows/base.ts';
import { CvAnswers, CvChoices } from './flows/cv-document.ts';

export const CvParams = z.strictObject({ flowId: FlowId });

/**
 * A CV built at the kiosk, sent to be printed or handed to a phone. The hub keeps nothing of it but, for a
 * phone, the finished CV in memory until its one-time code is used or expires.
 */
export const CvBody = z.strictObject({ answers: CvAnswers, lang: Lang.default('zh'), choices: CvChoices.default({ fullName: false, fullPhone: false }) });
export const CvPrintBody = CvBody.extend({ kioskId: Slug });

/** The phone's way to the CV: an address (for a QR code) that opens once, until `expiresAt`. */
export const CvShared = z.strictObject({ url: z.string().url(), expiresAt: IsoTime });
export type CvShared = z.infer<typeof CvShared>;
