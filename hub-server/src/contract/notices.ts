import { z } from 'zod';
import { IsoTime, LocalizedText, Uuid } from './common.ts';

export const CreateNoticeBody = z.strictObject({
  title: LocalizedText,
  body: LocalizedText,
});
export type CreateNoticeBody = z.infer<typeof CreateNoticeBody>;

export const Notice = z.strictObject({
  id: Uuid,
  title: LocalizedText,
  body: LocalizedText,
  publishedAt: IsoTime,
  publishedBy: z.string(),
});
export type Notice = z.infer<typeof Notice>;

/** Retained on the signage topic; null when no notice is published. */
export const CurrentNotice = z.strictObject({ notice: Notice.nullable() });
export type CurrentNotice = z.infer<typeof CurrentNotice>;
