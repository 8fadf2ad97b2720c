import type { ItemKind, Layout, Playlist, ScheduleEntry, Slide } from '../../contract/index.ts';

/** Something an item names that must exist: another item, a media file, a daypart, a zone, group or screen. */
export interface Reference {
  path: string;
  to: 'layout' | 'playlist' | 'media' | 'daypart' | 'zone' | 'group' | 'screen';
  id: string;
  /** For media: what the slide needs the file to be. */
  mediaKind?: 'image' | 'video';
}

function slideMedia(s: Slide, path: string): Reference[] {
  switch (s.type) {
    case 'image':
      return [{ path: `${path}.media`, to: 'media', id: s.media, mediaKind: 'image' }];
    case 'video':
      return [{ path: `${path}.media`, to: 'media', id: s.media, mediaKind: 'video' }];
    case 'occupation':
    case 'guidance':
      return s.media ? [{ path: `${path}.media`, to: 'media', id: s.media, mediaKind: 'image' }] : [];
    default:
      return [];
  }
}

/** Every reference an item's data makes, with the field that makes it (for a 422 naming it). */
export function referencesOf(kind: ItemKind, data: unknown): Reference[] {
  switch (kind) {
    case 'playlist':
      return (data as Playlist).slides.flatMap((s, i) => slideMedia(s, `body.data.slides.${i}`));
    case 'layout':
      return (data as Layout).regions.flatMap((r, i) => (r.playlistId ? [{ path: `body.data.regions.${i}.playlistId`, to: 'playlist' as const, id: r.playlistId }] : []));
    case 'schedule': {
      const e = data as ScheduleEntry;
      const refs: Reference[] = e.regions.map((r, i) => ({ path: `body.data.regions.${i}.playlistId`, to: 'playlist', id: r.playlistId }));
      if (e.layoutId) refs.push({ path: 'body.data.layoutId', to: 'layout', id: e.layoutId });
      if (e.window.time.kind === 'daypart') refs.push({ path: 'body.data.window.time.daypart', to: 'daypart', id: e.window.time.daypart });
      e.target.zones.forEach((id, i) => refs.push({ path: `body.data.target.zones.${i}`, to: 'zone', id }));
      e.target.groups.forEach((id, i) => refs.push({ path: `body.data.target.groups.${i}`, to: 'group', id }));
      e.target.screens.forEach((id, i) => refs.push({ path: `body.data.target.screens.${i}`, to: 'screen', id }));
      return refs;
    }
    default:
      return [];
  }
}

/** The items that name this one: removing it must wait until they no longer do. */
export function namesItem(kind: ItemKind, data: unknown, target: { to: Reference['to']; id: string }): boolean {
  return referencesOf(kind, data).some((r) => r.to === target.to && r.id === target.id);
}
