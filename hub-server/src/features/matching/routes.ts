import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ApiError, CandidateResult, JobMatch, JobMatchResult, MatchQuery, SeekerParams, VacancyParams } from '../../contract/index.ts';
import { fieldError } from '../../infra/errors.ts';
import { requireOwnVacancy, staffOrVisitor } from '../visitors/access.ts';
import type { Matcher } from './matcher.ts';

export default async function matchingRoutes(app: FastifyInstance, { matcher }: { matcher: Matcher }) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { seekers, visitors: sessions, vacancies, hub } = app;

  api.get('/api/seekers/me/matches', {
    config: { access: { visitor: 'seeker' } },
    schema: {
      tags: ['matching'],
      summary: 'Recommended vacancies for the signed-in seeker (推荐岗位): score, ★, parts that add up to it, reasons and gaps',
      querystring: MatchQuery,
      response: { 200: JobMatchResult, 401: ApiError },
    },
  }, async (req) => matcher.jobsFor(seekers.profile(sessions.require(req, 'seeker')), hub.now(), req.query.limit));

  api.get('/api/jobs/:id/fit', {
    config: { access: { visitor: 'seeker' } },
    schema: {
      tags: ['matching'],
      summary: 'How the signed-in seeker fits one published vacancy (opened from a search result): score, reasons and gaps',
      params: VacancyParams,
      response: { 200: JobMatch, 401: ApiError, 404: ApiError },
    },
  }, async (req) => {
    const match = matcher.explainFor(seekers.profile(sessions.require(req, 'seeker')), req.params.id, hub.now());
    if (!match) throw fieldError(404, 'params.id', 'no published vacancy with this id');
    return match;
  });

  api.get('/api/seekers/:id/matches', {
    config: { access: { staff: 'seeker.read' } },
    schema: {
      tags: ['matching'], summary: 'Recommended vacancies for a seeker (staff, at the counter)', params: SeekerParams, querystring: MatchQuery,
      response: { 200: JobMatchResult, 401: ApiError, 404: ApiError },
    },
  }, async (req) => matcher.jobsFor(seekers.profile(req.params.id), hub.now(), req.query.limit));

  api.get('/api/vacancies/:id/candidates', {
    config: { access: { visitor: 'employer', staff: 'seeker.read' } },
    schema: {
      tags: ['matching'],
      summary: 'Consenting seekers for a published vacancy (用人推荐), masked, ranked by the mutual score (staff, or the employer that owns it)',
      params: VacancyParams, querystring: MatchQuery,
      response: { 200: CandidateResult, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError },
    },
  }, async (req, reply) => {
    const actor = await staffOrVisitor(req, reply, sessions, 'employer');
    const row = vacancies.get(req.params.id);
    requireOwnVacancy(actor, row);
    if (row.status !== 'approved') throw fieldError(409, 'params.id', `the vacancy is ${row.status}; candidates are found for published vacancies`);
    const pool = seekers.consenting();
    return { items: matcher.candidatesFor(row.id, pool, hub.now(), req.query.limit), considered: pool.length };
  });
}
