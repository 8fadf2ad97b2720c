import { PlacementVocabulary } from '@jobhall/hub-server/contract';
import type { z } from 'zod';
import { api } from './api.ts';

/** Occupations, districts, certificates and the rest of the placement pickers' lists. */
export type Vocabulary = z.infer<typeof PlacementVocabulary>;

let vocabulary: Promise<Vocabulary> | null = null;

/** The placement vocabulary, fetched once per page load and shared by every form on it; a failure is retried. */
export function loadVocabulary(): Promise<Vocabulary> {
  vocabulary ??= api('/api/jobs/vocabulary', PlacementVocabulary).catch((err) => {
    vocabulary = null;
    throw err;
  });
  return vocabulary;
}
