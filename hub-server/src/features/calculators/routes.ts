import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ApiError, CalcBody, CalcParams, CalcPrintBody, CalcResult, Lang, PrintAccepted } from '../../contract/index.ts';
import { fieldError } from '../../infra/errors.ts';
import { calcSlip } from './slip.ts';

/** The kiosk's calculators: compute, and print the result slip. Public: the rules and figures are public law. */
export default async function calculatorRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { calculators, hub } = app;

  api.post('/api/calculators/:flowId', {
    config: { access: { public: 'a visitor estimates a benefit or subsidy at the kiosk or on a phone; nothing is stored' } },
    schema: {
      tags: ['calculators'],
      summary: 'Compute a calculator\'s result as of a day (default today), line by line with the rule version',
      description: 'The inputs are checked against the calculator\'s definition: a wrong or missing one is a 400 naming body.inputs.<id>.',
      params: CalcParams, body: CalcBody, response: { 200: CalcResult, 400: ApiError, 404: ApiError, 422: ApiError },
    },
  }, async (req) => calculators.calculate(req.params.flowId, req.body.inputs, req.body.asOf));

  api.post('/api/calculators/:flowId/print', {
    config: { access: { public: 'the kiosk prints a visitor\'s result on its own printer' } },
    schema: {
      tags: ['calculators'], summary: 'Print the result slip on a kiosk\'s printer (the result is computed again, never copied)',
      params: CalcParams, body: CalcPrintBody.extend({ lang: Lang.default('zh') }),
      response: { 202: PrintAccepted, 400: ApiError, 404: ApiError, 409: ApiError, 422: ApiError },
    },
  }, async (req, reply) => {
    const { def } = calculators.get(req.params.flowId);
    const result = calculators.calculate(req.params.flowId, req.body.inputs, req.body.asOf);
    const job = app.printing.print(req.body.kioskId, calcSlip(hub.catalogue.hall.name[req.body.lang], def.title, result, req.body.lang));
    if (!job) throw fieldError(409, 'body.kioskId', `${req.body.kioskId} has no printer`);
    reply.status(202);
    return { jobId: job.jobId, state: job.state };
  });
}
