import type { ItemKind, ItemState } from '@jobhall/hub-server/contract';

export const ITEM_STATE: Record<ItemState, string> = {
  draft: '草稿 Draft', submitted: '待审核 Submitted', rejected: '已退回 Rejected', published: '已发布 Published',
};

export const ITEM_KIND: Record<ItemKind, string> = {
  layout: '版式 Layout', playlist: '播放列表 Playlist', schedule: '排期 Schedule entry', calendar: '时段与节假日 Calendar', 'alert-template': '应急模板 Alert template',
};

/** "14:05:09" or "11-26 14:05" in the hall's (the browser's) time. */
export function when(iso: string | null): string {
  if (!iso) return '—';
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  const time = `${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
  return d.toDateString() === new Date().toDateString() ? time : `${p(d.getMonth() + 1)}-${p(d.getDate())} ${time}`;
}
