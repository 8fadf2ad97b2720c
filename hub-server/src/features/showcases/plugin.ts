import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ApiError, GuidanceShowcasesFile, OccupationShowcasesFile, ShowcaseDetail, ShowcaseList, ShowcaseParams, ShowcaseQuery, type Showcase,
} from '../../contract/index.ts';
import { ContentError, readContentFile } from '../../infra/content.ts';
import { fieldError } from '../../infra/errors.ts';

/** The showcases in content order: occupations first, then the guidance items. */
export function loadShowcases(contentDir: string, knownOccupation: (code: string) => boolean): Showcase[] {
  const occupations = readContentFile(contentDir, 'showcases/occupations.json', OccupationShowcasesFile).items;
  const guidance = readContentFile(contentDir, 'showcases/guidance.json', GuidanceShowcasesFile).items;
  const all: Showcase[] = [...occupations, ...guidance];
  const seen = new Set<string>();
  for (const s of all) {
    if (seen.has(s.id)) throw new ContentError(`content/showcases: "${s.id}" appears twice`);
    seen.add(s.id);
    if (s.kind === 'occupation' && !knownOccupation(s.occupationCode)) {
      throw new ContentError(`content/showcases/occupations.json: "${s.id}" names occupation ${s.occupationCode}, which content/jobs/occupations.json does not have`);
    }
  }
  return all;
}

/**
 * Showcases (2.3.3 职业展示, 2.3.4 引导展示): occupation profiles and guidance as content, for the kiosk to
 * browse and the lobby screens to show as slides (GET /api/showcases is what a slide reads).
 */
async function showcases(app: FastifyInstance) {
  const items = loadShowcases(app.hub.config.contentDir, (code) => app.vocabulary.occupation(code) !== undefined);
  const { sources, outputs } = app.publishing;
  outputs.add(() => [
    { path: '/api/showcases', channel: 'showcase', audience: 'public', contentType: 'application/json' },
    ...items.map((s) => ({ path: `/api/showcases/${s.id}`, channel: 'showcase' as const, audience: 'public' as const, contentType: 'application/json' })),
  ]);
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get('/api/showcases', {
    config: { access: { public: 'occupation profiles and guidance for the kiosk and the lobby screens' } },
    schema: { tags: ['publishing'], summary: 'Showcases: occupation profiles (2.3.3) and guidance (2.3.4), optionally of one kind', querystring: ShowcaseQuery, response: { 200: ShowcaseList, 400: ApiError } },
  }, async (req, reply) => {
    reply.header('cache-control', 'public, max-age=300');
    return { items: req.query.kind ? items.filter((s) => s.kind === req.query.kind) : items };
  });

  api.get('/api/showcases/:id', {
    config: { access: { public: 'one showcase with the open vacancies and courses it leads to' } },
    schema: { tags: ['publishing'], summary: 'One showcase, with how many vacancies of the occupation are open and which courses lead to it', params: ShowcaseParams, response: { 200: ShowcaseDetail, 404: ApiError } },
  }, async (req) => {
    const showcase = items.find((s) => s.id === req.params.id);
    if (!showcase) throw fieldError(404, 'params.id', 'no such showcase');
    if (showcase.kind !== 'occupation') return { showcase, openVacancies: 0, courses: [] };
    return {
      showcase,
      openVacancies: sources.vacancies({ occupation: showcase.occupationCode }, 1).total,
      courses: sources.courses().filter((c) => c.occupationCode === showcase.occupationCode)
        .map(({ id, title, provider, days, feeYuan, subsidy }) => ({ id, title, provider, days, feeYuan, subsidy })),
    };
  });
}

export default fp(showcases, { name: 'showcases', dependencies: ['hub', 'vocabulary', 'publishing'] });
