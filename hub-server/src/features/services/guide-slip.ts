import type { PrintBlockInput, ServiceFunction, ServiceGuide } from '../../contract/index.ts';
import { PrintDocument, guideSteps } from '../../contract/index.ts';

/**
 * A service guide on paper: what to bring (as tick boxes), the steps, where and when. Visitors take it home
 * to gather their documents, which saves a second trip.
 */
export function guideSlip(hallName: string, service: ServiceFunction, guide: ServiceGuide): PrintDocument {
  const blocks: PrintBlockInput[] = [
    { type: 'text', text: hallName, align: 'center', bold: true },
    { type: 'text', text: '办事指南 Service guide', align: 'center' },
    { type: 'rule' },
    { type: 'text', text: `${service.id} ${service.zh}`, align: 'center', size: 2, bold: true },
    { type: 'text', text: service.en, align: 'center' },
    { type: 'text', text: guide.summary.zh },
    { type: 'rule' },
    { type: 'text', text: '需要带的材料 What to bring', bold: true },
    ...(guide.documents.length
      ? guide.documents.map((d): PrintBlockInput => ({ type: 'text', text: `[ ] ${d.zh}` }))
      : [{ type: 'text', text: '无需携带材料 Nothing to bring' } as PrintBlockInput]),
    { type: 'text', text: '办理步骤 Steps', bold: true },
    // Paper is read away from the kiosk: the steps as done at a window (no kiosk flow assumed).
    ...guideSteps(guide.steps, new Set()).map((st, i): PrintBlockInput => ({ type: 'text', text: `${i + 1}. ${st.zh}` })),
    { type: 'rule' },
    { type: 'text', text: `地点：${guide.where.zh}` },
    { type: 'text', text: `时间：${guide.hours.zh}` },
    { type: 'text', text: `收费：${guide.fees.zh}` },
    { type: 'text', text: `时限：${guide.timeLimit.zh}` },
    { type: 'feed', lines: 2 },
  ];
  return PrintDocument.parse({ kind: 'slip', blocks });
}
