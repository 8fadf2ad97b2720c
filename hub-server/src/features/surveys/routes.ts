import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ApiError, DemandSurveyBody, DemandSurveyQuery, DemandSurveyReceived, DemandSurveyReport, VISITOR_TOKEN_HEADER } from '../../contract/index.ts';
import { BOM, demandCsv } from './csv.ts';
import type { SurveyService } from './surveys.ts';

/** 用工调查 (3.1.7): the kiosk questionnaire, open to any employer; the quarter's figures and CSV for staff. */
export default async function surveyRoutes(app: FastifyInstance, { surveys }: { surveys: SurveyService }) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const sessions = app.visitors;

  api.post('/api/surveys/demand', {
    config: { access: { public: 'any employer may answer at the kiosk; a sign-in only names it' } },
    schema: {
      tags: ['surveys'],
      summary: 'Answer the labour-demand survey for the next quarter (any employer at the kiosk; signed in, its account name and district are used)',
      body: DemandSurveyBody,
      response: { 201: DemandSurveyReceived, 400: ApiError, 401: ApiError, 422: ApiError },
    },
  }, async (req, reply) => {
    // A token that has expired should not silently turn a signed-in answer into an anonymous one.
    const employerId = req.headers[VISITOR_TOKEN_HEADER] !== undefined ? sessions.require(req, 'employer') : null;
    const r = surveys.submit(req.body, employerId);
    reply.status(201);
    return {
      ...r,
      message: r.replaced
        ? { zh: `已更新贵单位 ${r.quarter} 的用工需求，谢谢。`, en: `Your hiring plans for ${r.quarter} are updated. Thank you.` }
        : { zh: `已收到贵单位 ${r.quarter} 的用工需求，谢谢您的配合。`, en: `Thank you: your hiring plans for ${r.quarter} are recorded.` },
    };
  });

  api.get('/api/surveys/demand', {
    config: { access: { staff: 'survey.read' } },
    schema: {
      tags: ['surveys'], summary: 'The quarter’s answers added up (staff): by occupation and district, hard-to-fill reasons, pay ranges, training needs',
      querystring: DemandSurveyQuery, response: { 200: DemandSurveyReport, 400: ApiError, 401: ApiError },
    },
  }, async (req) => surveys.report(req.query.quarter));

  api.get('/api/surveys/demand.csv', {
    config: { access: { staff: 'survey.read' } },
    schema: {
      tags: ['surveys'], summary: 'The same figures as CSV (UTF-8 with BOM for Excel; header in Chinese and English)', querystring: DemandSurveyQuery,
    },
  }, async (req, reply) => {
    const report = surveys.report(req.query.quarter);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="jobhall-demand-survey-${report.quarter}.csv"`)
      // Answers keep coming in during the quarter; a cached copy would be stale.
      .header('cache-control', 'no-store')
      .send(BOM + demandCsv(report, surveys.names));
  });
}
