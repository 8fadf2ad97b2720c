import { z } from 'zod';
import { LocalizedText } from '../common.ts';
import { flowBase } from './base.ts';

/**
 * Where to go in the hall, on the floor plan (content/floor-plan.json). Opened from a service page it lights
 * that function's windows and areas and draws the walk from the kiosk; with `pick` the visitor first chooses
 * where to go (the front desk's "where do I go").
 */
export const WayfindingFlow = z.strictObject({
  ...flowBase,
  kind: z.literal('wayfinding'),
  intro: LocalizedText.optional(),
  pick: z.boolean().default(false),
});
export type WayfindingFlow = z.infer<typeof WayfindingFlow>;
