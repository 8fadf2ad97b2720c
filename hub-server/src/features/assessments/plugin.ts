import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ApiError, AssessmentBody, AssessmentParams, AssessmentPrintBody, AssessmentResult, JobSearchQuery, PrintAccepted, type AssessmentFlow,
} from '../../contract/index.ts';
import { HttpError, fieldError } from '../../infra/errors.ts';
import { answerIssues, score, suggest, summary } from './score.ts';
import { assessmentSlip } from './slip.ts';

/**
 * The interest questionnaire (职业素质测评 4.1.5, 自助式职业指导 4.2.3): answers in, a profile in plain words out,
 * with the occupations it suggests, how many of their vacancies are open now and the subsidised courses that
 * train for them (the publishing capability's course list). Nothing is stored: the
 * answers live in the request and the kiosk's memory only.
 */
async function assessments(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { hub } = app;

  const definition = (flowId: string): AssessmentFlow => {
    const d = app.flows.get(flowId);
    if (d?.kind !== 'assessment') throw fieldError(404, 'params.flowId', `no assessment ${flowId}`);
    return d;
  };
  const result = (def: AssessmentFlow, answers: Record<string, number>): AssessmentResult => {
    const issues = answerIssues(def, answers);
    if (issues.length) {
      throw new HttpError(400, 'INVALID_ANSWERS', issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues,
        { zh: '还有题目没答完，请回去补上', en: 'Some questions are not answered yet; please go back to them' });
    }
    const profile = score(def, answers);
    const now = hub.now();
    return {
      flowId: def.id, version: def.version, flat: profile.flat, summary: summary(def, profile),
      code: profile.scales.slice(0, 3).map((s) => s.scale.letter).join(''),
      scales: profile.scales.map(({ scale, percent }) => ({ id: scale.id, letter: scale.letter, label: scale.label, describe: scale.describe, percent })),
      occupations: suggest(def, profile).map(({ occupation, fit }) => ({
        code: occupation.code, label: occupation.label, fit,
        openJobs: app.vacancies.search(JobSearchQuery.parse({ occupation: occupation.code, limit: 1 }), now).total,
        courses: app.publishing.sources.courses().filter((c) => c.occupationCode === occupation.code)
          .map(({ id, title, days, subsidy }) => ({ id, title, days, subsidy })),
      })),
    };
  };

  api.post('/api/assessments/:flowId', {
    config: { access: { public: 'a visitor answers the interest questionnaire at the kiosk; nothing is stored' } },
    schema: {
      tags: ['assessments'], summary: 'Score an assessment: the profile in plain words, suggested occupations with their open vacancies',
      params: AssessmentParams, body: AssessmentBody, response: { 200: AssessmentResult, 400: ApiError, 404: ApiError },
    },
  }, async (req) => result(definition(req.params.flowId), req.body.answers));

  api.post('/api/assessments/:flowId/print', {
    config: { access: { public: 'the kiosk prints a visitor\'s profile on its own printer' } },
    schema: {
      tags: ['assessments'], summary: 'Print the profile on a kiosk\'s printer (scored again from the answers)',
      params: AssessmentParams, body: AssessmentPrintBody, response: { 202: PrintAccepted, 400: ApiError, 404: ApiError, 409: ApiError, 422: ApiError },
    },
  }, async (req, reply) => {
    const def = definition(req.params.flowId);
    const doc = assessmentSlip(hub.catalogue.hall.name[req.body.lang], def.title, result(def, req.body.answers), req.body.lang);
    const job = app.printing.print(req.body.kioskId, doc);
    if (!job) throw fieldError(409, 'body.kioskId', `${req.body.kioskId} has no printer`);
    reply.status(202);
    return { jobId: job.jobId, state: job.state };
  });
}

export default fp(assessments, { name: 'assessments', dependencies: ['hub', 'flows', 'printing', 'vacancies', 'publishing'] });
