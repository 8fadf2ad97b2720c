import type { LocalizedText, PrintBlockInput, ServiceGuide } from '../../contract/index.ts';
import type { Catalogue } from '../../infra/content.ts';

/** Where a handbook function is finished in the hall: its queue line, the windows serving it, where to wait, what to bring. */
export interface AtWindow {
  serviceId: string;
  prefix: string;
  line: LocalizedText;
  windows: number[];
  waitingArea: LocalizedText | null;
  documents: LocalizedText[];
}

export function atWindow(catalogue: Catalogue, guide: ServiceGuide | undefined, serviceId: string): AtWindow | null {
  const service = catalogue.service(serviceId);
  const queue = service?.queue ? catalogue.queue(service.queue) : undefined;
  if (!queue) return null;
  const windows = queue.counters.map((c) => catalogue.counter(c)?.window).filter((w): w is number => w !== undefined);
  return { serviceId, prefix: queue.prefix, line: queue.name, windows, waitingArea: queue.waitingArea ?? null, documents: guide?.documents ?? [] };
}

/** "3、4 号窗口" */
export function windowsZh(w: AtWindow): string {
  return `${w.windows.join('、')} 号窗口`;
}

/**
 * The "what next" part of a pre-filled slip: take a ticket of this line, go to these windows, wait there, and
 * bring these documents (ticked off at home). Printed by the capabilities whose submissions a window finishes.
 */
export function nextStepBlocks(w: AtWindow): PrintBlockInput[] {
  return [
    { type: 'text', text: '下一步 Next', bold: true },
    { type: 'text', text: `1. 取 ${w.prefix} 字头号（${w.line.zh}）Take a ${w.prefix} ticket` },
    { type: 'text', text: `2. 叫号后到 ${windowsZh(w)} Go to window ${w.windows.join(' or ')} when called` },
    ...(w.waitingArea ? [{ type: 'text', text: `   等候：${w.waitingArea.zh}` } as PrintBlockInput] : []),
    ...(w.documents.length
      ? [
          { type: 'text', text: '3. 请带上 Bring:' } as PrintBlockInput,
          ...w.documents.map((d): PrintBlockInput => ({ type: 'text', text: `[ ] ${d.zh}` })),
        ]
      : []),
  ];
}
