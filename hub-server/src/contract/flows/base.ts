import { z } from 'zod';
import { LocalizedText, ServiceId } from '../common.ts';

/** A flow's id: its file name in content/flows/ and the last segment of /kiosk/services/<function>/<flow>. */
export const FlowId = z.string().min(2).max(48).regex(/^[a-z][a-z0-9-]*$/, 'lower-case letters, digits and dashes, starting with a letter');
export type FlowId = z.infer<typeof FlowId>;

/** Every kind of flow the engine knows; each has its own file beside this one. */
export const FlowKindName = z.enum([
  'form', 'status', 'calculator', 'assessment', 'booking', 'catalogue', 'case', 'cv', 'wayfinding', 'blank-forms', 'screen',
]);
export type FlowKindName = z.infer<typeof FlowKindName>;

/**
 * What every flow definition carries. `version` is the definition's identity together with its id: the hub
 * records each (id, version) it has loaded and refuses a changed definition that kept its number, so a
 * submission always points at exactly the text its applicant answered.
 */
export const flowBase = {
  id: FlowId,
  /** The handbook functions whose service page offers this flow. */
  functions: z.array(ServiceId).min(1),
  /** The button on the service page. */
  label: LocalizedText,
  /** The heading of the flow's screen. */
  title: LocalizedText,
  version: z.number().int().min(1),
};

/** What the engine needs of every definition, whatever its kind. */
export const FlowBase = z.object({ ...flowBase, kind: FlowKindName });
export type FlowBase = z.infer<typeof FlowBase>;

/** Ids of fields and conditions inside one definition: they appear in answers and paths, so they are plain. */
export const LocalId = z.string().min(1).max(40).regex(/^[a-z][a-zA-Z0-9]*$/, 'camelCase letters and digits, starting with a lower-case letter');
export type LocalId = z.infer<typeof LocalId>;

/** An issue found by a definition's own checks, at a path inside it. */
export interface DefinitionIssue {
  path: (string | number)[];
  message: string;
}
