import type { ScreenHealth } from '@jobhall/hub-server/contract';

export interface Announcement {
  screenId: string;
  state: 'offline' | 'online';
  zh: string;
  en: string;
}

/**
 * What staff are told when the health list changes: a screen that went offline, and one that came back.
 * The first list after opening the admin is the baseline, not news.
 */
export function announcements(before: ReadonlyMap<string, ScreenHealth['state']> | null, screens: readonly ScreenHealth[]): Announcement[] {
  if (!before) return [];
  const out: Announcement[] = [];
  for (const s of screens) {
    const was = before.get(s.id);
    if (s.state === 'offline' && was !== 'offline' && was !== undefined) out.push({ screenId: s.id, state: 'offline', zh: `屏幕 ${s.id} 离线`, en: `Screen ${s.id} is offline` });
    if (s.state === 'online' && was === 'offline') out.push({ screenId: s.id, state: 'online', zh: `屏幕 ${s.id} 已恢复在线`, en: `Screen ${s.id} is back online` });
  }
  return out;
}
