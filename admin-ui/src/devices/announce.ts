import type { DeviceHealth } from '@jobhall/hub-server/contract';

/**
 * What to say aloud (the panel's live region) when devices change: one that went offline, one that came
 * back. The first list the panel gets says nothing: only changes are news.
 */
export function announcements(before: readonly DeviceHealth[], after: readonly DeviceHealth[]): string[] {
  if (!before.length) return [];
  const was = new Map(before.map((d) => [d.id, d.state]));
  const out: string[] = [];
  for (const d of after) {
    const prev = was.get(d.id);
    if (prev === d.state || prev === undefined) continue;
    if (d.state === 'offline') out.push(`${d.id} 离线 · ${d.id} went offline`);
    else if (d.state === 'online' && prev === 'offline') out.push(`${d.id} 已恢复在线 · ${d.id} is back online`);
  }
  return out;
}
