import { guideSteps, type CatalogueEntry, type LocalizedText, type ServiceFunction, type ServiceGuide } from '../../contract/index.ts';

const L = (zh: string, en: string): LocalizedText => ({ zh, en });

/**
 * One function's service guide (办事指南) as an entry of the guides library (1.1.2): its name, the guide's
 * summary, where, when, what it costs and how long it takes, and who qualifies, what to bring and the steps —
 * the steps as the service page shows them, given the kiosk flows the function has (a step done with a flow
 * it lacks reads as its window route). The entry opens the function's page and prints its guide slip.
 */
export function guideEntry(service: ServiceFunction, guide: ServiceGuide, flows: ReadonlySet<string>): CatalogueEntry {
  return {
    id: service.id, title: L(service.zh, service.en), summary: guide.summary,
    facts: [
      { label: L('在哪里办', 'Where'), value: guide.where },
      { label: L('办理时间', 'Hours'), value: guide.hours },
      { label: L('收费', 'Fees'), value: guide.fees },
      { label: L('办理时限', 'Time limit'), value: guide.timeLimit },
    ],
    sections: [
      { title: L('哪些人可以办', 'Who qualifies'), items: guide.whoQualifies },
      ...(guide.documents.length ? [{ title: L('需要带的材料', 'What to bring'), items: guide.documents }] : []),
      { title: L('办理步骤', 'Steps'), items: guideSteps(guide.steps, flows) },
    ],
    facets: { module: [service.id.split('.')[0]!] },
    badges: [],
    area: null, url: null, service: service.id, keywords: guide.keywords,
  };
}
