import type { HallView, QueueUsage, ServiceView } from '@jobhall/hub-server/contract';

/** 1.2.1 is the queueing system itself: taking a ticket for "taking a ticket" helps nobody. */
const QUEUE_ITSELF = '1.2.1';

export interface TicketGroup {
  queue: HallView['queues'][number];
  windows: number[];
  services: ServiceView[];
}

/**
 * The services one can queue for, grouped by the line that serves them, the busiest line first and in each
 * line the most asked-for service first (tickets of the last 30 days); ties keep the hall's and the handbook's
 * order. Pure, so the order is tested without a browser.
 */
export function ticketGroups(services: readonly ServiceView[], hall: HallView, usage: QueueUsage | null): TicketGroup[] {
  const used = new Map(usage?.services.map((u) => [u.serviceId, u.tickets]) ?? []);
  const n = (s: ServiceView) => used.get(s.id) ?? 0;
  const groups = hall.queues.map((queue) => ({
    queue,
    windows: queue.counters.map((c) => hall.counters.find((x) => x.id === c)?.window).filter((w): w is number => w !== undefined),
    services: services.filter((s) => s.ticket?.queueId === queue.id && s.id !== QUEUE_ITSELF).sort((a, b) => n(b) - n(a)),
  })).filter((g) => g.services.length);
  const total = (g: TicketGroup) => g.services.reduce((sum, s) => sum + n(s), 0);
  return groups.sort((a, b) => total(b) - total(a));
}

/** "3、4 号窗口" / "Windows 3 and 4" / "Window 5". */
export function windowsLabel(windows: readonly number[], lang: 'zh' | 'en'): string {
  if (lang === 'zh') return `${windows.join('、')} 号窗口`;
  if (windows.length === 1) return `Window ${windows[0]}`;
  return `Windows ${windows.slice(0, -1).join(', ')} and ${windows.at(-1)}`;
}
