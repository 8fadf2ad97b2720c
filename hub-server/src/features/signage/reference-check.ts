import { fieldError } from '../../infra/errors.ts';
import type { ItemKind, Layout, MediaRef, Playlist, SignageCalendar, SignageStructure } from '../../contract/index.ts';
import { referencesOf, type Reference } from './references.ts';

/** What exists to be referred to. */
export interface Known {
  layouts: Set<string>;
  playlists: Set<string>;
  dayparts: Set<string>;
  media: ReadonlyMap<string, MediaRef>;
  structure: SignageStructure;
}

export function knownFrom(layouts: Layout[], playlists: Playlist[], calendar: SignageCalendar | undefined, media: ReadonlyMap<string, MediaRef>, structure: SignageStructure): Known {
  return {
    layouts: new Set(layouts.map((l) => l.id)), playlists: new Set(playlists.map((p) => p.id)), dayparts: new Set(calendar?.dayparts.map((d) => d.id) ?? []),
    media, structure,
  };
}

function exists(r: Reference, k: Known): string | null {
  switch (r.to) {
    case 'layout':
      return k.layouts.has(r.id) ? null : `no layout ${r.id}`;
    case 'playlist':
      return k.playlists.has(r.id) ? null : `no playlist ${r.id}`;
    case 'daypart':
      return k.dayparts.has(r.id) ? null : `no daypart ${r.id} in the calendar`;
    case 'media': {
      const m = k.media.get(r.id);
      if (!m) return 'no uploaded file with this hash';
      return r.mediaKind && !m.mime.startsWith(`${r.mediaKind}/`) ? `the file is ${m.mime}, not an ${r.mediaKind}` : null;
    }
    case 'zone':
      return k.structure.zones.some((z) => z.id === r.id) ? null : `no zone ${r.id}`;
    case 'group':
      return k.structure.groups.some((g) => g.id === r.id) ? null : `no group ${r.id}`;
    case 'screen':
      return k.structure.screens.some((s) => s.id === r.id) ? null : `no screen ${r.id}`;
  }
}

/**
 * Refuses data that names something that does not exist, with a 422 naming the field. `prefix` rewrites the
 * path for an approval, which checks the draft (`draft.…`) rather than a request body.
 */
export function checkReferences(kind: ItemKind, data: unknown, known: Known, prefix = 'body.data'): void {
  for (const r of referencesOf(kind, data)) {
    const problem = exists(r, known);
    if (problem) {
      const path = r.path.replace(/^body\.data/, prefix);
      throw fieldError(422, path, prefix === 'body.data' ? problem : `${problem} among what is published: approve that first`, 'MISSING_REFERENCE');
    }
  }
}
