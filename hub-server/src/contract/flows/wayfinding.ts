import { z } from 'zod';
import { LocalizedText, Slug } from '../common.ts';
import { flowBase } from './base.ts';

/** Where to go in the hall: the floor plan (content/hall-map/<map>.json) with the service's windows lit. */
export const WayfindingFlow = z.strictObject({
  ...flowBase,
  kind: z.literal('wayfinding'),
  intro: LocalizedText.optional(),
  map: Slug,
});
export type WayfindingFlow = z.infer<typeof WayfindingFlow>;
