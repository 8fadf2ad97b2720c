import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ApiError, CalcFigure, CalculatorFigures, DecideFigureBody, FigureParams, ProposeFigureBody, bracketIssues, type CalcParameter, type CalculatorFigures as Figures,
} from '../../contract/index.ts';
import { HttpError, fieldError } from '../../infra/errors.ts';
import { requireStaff, staffOf } from '../staff/guard.ts';
import type { Calculator } from './calculate.ts';
import { inForce } from './figures.ts';

/** Why a value cannot be a parameter's (a number for a figure, a table without overlap or gap for brackets). */
function valueProblem(param: CalcParameter, value: unknown): { path: string; message: string } | null {
  if (value === null) return null;
  if (param.kind === 'number') return typeof value === 'number' ? null : { path: 'body.value', message: `${param.id} takes a number` };
  if (!Array.isArray(value)) return { path: 'body.value', message: `${param.id} takes a bracket table` };
  const problems = bracketIssues(value);
  return problems.length ? { path: 'body.value', message: problems.join('; ') } : null;
}

/**
 * The calculators' city figures for staff (admin → 计算器数值): every parameter's dated values and the figures
 * proposed. An editor proposes a value from a day on (with its source); an approver approves or rejects it.
 * Nothing is edited in place: a correction is another proposal.
 */
export default async function figureRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { calculators, hub } = app;

  const view = (c: Calculator): Figures => {
    const today = calculators.today();
    return {
      flowId: c.def.id, title: c.def.title, functions: c.def.functions,
      parameters: c.def.parameters.map((p) => {
        const values = c.timeline(p);
        const now = inForce(values, today);
        return {
          id: p.id, label: p.label, kind: p.kind, basis: p.basis, demo: p.demo, unit: p.unit ?? null, over: p.kind === 'brackets' ? p.over : null,
          values: values.map((v) => ({ from: v.from, value: v.value, source: v.source, inForce: v === now })),
        };
      }),
      figures: calculators.figures.ofFlow(c.def.id),
    };
  };

  api.get('/api/calculators/figures', {
    preHandler: requireStaff(),
    config: { access: { staff: 'content.edit' } },
    schema: { tags: ['calculators'], summary: 'Every calculator\'s parameters with their dated values, and the figures proposed (staff)', response: { 200: z.array(CalculatorFigures), 401: ApiError } },
  }, async () => calculators.all().map(view));

  api.post('/api/calculators/figures', {
    preHandler: requireStaff(),
    config: { access: { staff: 'content.edit' } },
    schema: {
      tags: ['calculators'], summary: 'Propose a new value of a calculator\'s parameter from a day on (staff); an approver decides',
      body: ProposeFigureBody, response: { 201: CalcFigure, 400: ApiError, 401: ApiError, 403: ApiError, 422: ApiError },
    },
  }, async (req, reply) => {
    const calc = calculators.all().find((c) => c.def.id === req.body.flowId);
    if (!calc) throw fieldError(422, 'body.flowId', `no calculator ${req.body.flowId}`);
    const param = calc.def.parameters.find((p) => p.id === req.body.parameterId);
    if (!param) throw fieldError(422, 'body.parameterId', `${req.body.flowId} has no parameter ${req.body.parameterId}`);
    const bad = valueProblem(param, req.body.value);
    if (bad) throw fieldError(422, bad.path, bad.message);
    reply.status(201);
    return calculators.figures.propose(req.body, staffOf(req).staff.username, hub.now().toISOString());
  });

  api.post('/api/calculators/figures/:id/decide', {
    preHandler: requireStaff(),
    config: { access: { staff: 'content.publish' } },
    schema: {
      tags: ['calculators'], summary: 'Approve or reject a proposed figure (staff); an approved figure counts from its day on',
      params: FigureParams, body: DecideFigureBody, response: { 200: CalcFigure, 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError },
    },
  }, async (req) => {
    const figure = calculators.figures.get(req.params.id);
    if (!figure) throw fieldError(404, 'params.id', `no figure ${req.params.id}`);
    if (!req.body.approve && !req.body.reason) throw fieldError(400, 'body.reason', 'a rejection needs a reason');
    const decided = calculators.figures.decide(figure.id, req.body.approve, staffOf(req).staff.username, hub.now().toISOString(), req.body.reason ?? null);
    if (!decided) throw new HttpError(409, 'ALREADY_DECIDED', `figure ${figure.id} was ${figure.state} already`, [{ path: 'params.id', message: `already ${figure.state}` }]);
    calculators.reload();
    return decided;
  });
}
