import { z } from 'zod';
import { LocalizedText, Slug } from '../common.ts';
import { FlowId, LocalId, flowBase } from './base.ts';
import { ChoiceOption } from './fields.ts';

/** A filter chip row over a catalogue's entries. */
export const CatalogueFilter = z.strictObject({ id: LocalId, label: LocalizedText, options: z.array(ChoiceOption).min(2) });

/** Browsing a catalogue (policies, courses, providers, start-up projects, service points) with filters. */
export const CatalogueFlow = z.strictObject({
  ...flowBase,
  kind: z.literal('catalogue'),
  intro: LocalizedText.optional(),
  /** The entries: content/catalogues/<source>.json. */
  source: Slug,
  filters: z.array(CatalogueFilter).default([]),
  /** A form an entry can be signed up for with, when there is one. */
  signUp: FlowId.optional(),
});
export type CatalogueFlow = z.infer<typeof CatalogueFlow>;
