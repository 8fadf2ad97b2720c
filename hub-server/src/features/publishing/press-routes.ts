import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError, PressExportQuery, PublicOutput } from '../../contract/index.ts';
import type { PublicOutputs } from './outputs.ts';
import { fairRelease, noticeRelease, pressZip, type PressContext, type PressRelease } from './press.ts';
import type { PublicSources } from './sources.ts';

const PressPreview = z.array(z.strictObject({ file: z.string(), kind: z.enum(['notice', 'fair']), headline: z.string(), lead: z.string() }));
const manage = { staff: 'publishing.manage' } as const;

/** The press export (2.2.1) and the list of everything published, for staff. */
export default async function pressRoutes(app: FastifyInstance, { sources: src, outputs }: { sources: PublicSources; outputs: PublicOutputs }) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  const context = (): PressContext => ({
    hallName: src.hallName.zh, city: src.catalogues.publishing.city.zh, press: src.catalogues.publishing.pressOffice, today: src.today(),
  });
  /** Notices published in the period, and fairs held in it, newest first. */
  const releases = (from: string, to: string): PressRelease[] => {
    const ctx = context();
    const notices = src.noticesBetween(from, to).map((n) => {
      const day = new Intl.DateTimeFormat('en-CA', { timeZone: src.hall.timezone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(n.publishedAt));
      return noticeRelease(n, day, ctx);
    });
    const fairs = src.fairs(from, to).map((f) => {
      const d = src.fair(f.id);
      return fairRelease(f, d?.employers ?? [], d?.vacancies ?? [], ctx);
    });
    return [...notices, ...fairs].sort((a, b) => b.file.localeCompare(a.file));
  };

  api.get('/api/publishing/press', {
    config: { access: manage },
    schema: {
      tags: ['publishing'], summary: 'Press releases (新闻通稿) of the notices and fairs of a period, one plain-text file each, zipped',
      querystring: PressExportQuery,
    },
  }, async (req, reply) => {
    const { from, to } = req.query;
    const zip = pressZip(releases(from, to), context(), { from, to });
    return reply.type('application/zip').header('content-disposition', `attachment; filename="press-${from}-${to}.zip"`)
      .header('cache-control', 'no-store').send(Buffer.from(zip));
  });

  api.get('/api/publishing/press/releases', {
    config: { access: manage },
    schema: { tags: ['publishing'], summary: 'What the press export of a period holds: file, headline and lead of each release', querystring: PressExportQuery, response: { 200: PressPreview, 400: ApiError, 401: ApiError } },
  }, async (req) => releases(req.query.from, req.query.to).map(({ file, kind, headline, lead }) => ({ file, kind, headline, lead })));

  api.get('/api/publishing/outputs', {
    config: { access: manage },
    schema: { tags: ['publishing'], summary: 'Every page, feed, poster and export the hall publishes now', response: { 200: z.array(PublicOutput), 401: ApiError } },
  }, async () => outputs.all());
}
