import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { compileCalculator, type CalcFigure, type CalcResult, type CalculatorFlow } from '../../contract/index.ts';
import { serviceDay } from '../../infra/clock.ts';
import { fieldError } from '../../infra/errors.ts';
import { calculate, type Calculator } from './calculate.ts';
import { FigureStore, timeline } from './figures.ts';
import figureRoutes from './figure-routes.ts';
import calculatorRoutes from './routes.ts';

/** What the calculators' routes (and a bench) ask of the capability. */
export interface CalculatorsApi {
  /** A calculator flow by id; a 404 naming params.flowId when there is none. */
  get(flowId: string): Calculator;
  all(): Calculator[];
  /** Today in the hall, the default day whose rules apply. */
  today(): string;
  calculate(flowId: string, inputs: Record<string, unknown>, asOf?: string): CalcResult;
  figures: FigureStore;
  /** Called after a figure is decided: the approved values are read again. */
  reload(): void;
}

declare module 'fastify' {
  interface FastifyInstance {
    calculators: CalculatorsApi;
  }
}

/**
 * Benefit and subsidy calculators (失业保险金, 培训补贴, 社保补贴, 创业担保贷款 …): rules as data in content/flows,
 * evaluated here by the rule language of the contract (never eval), with each parameter's dated values from
 * the content file and from staff (calc_figures, approved). A result is computed as of a day and shows how.
 */
async function calculators(app: FastifyInstance) {
  const { db, catalogue, now } = app.hub;
  const figures = new FigureStore(db);
  const defs = app.flows.all().filter((d): d is CalculatorFlow => d.kind === 'calculator');
  let approved: CalcFigure[] = figures.approved();
  // Each parameter's values over time, worked out once and again only when a figure is decided.
  const timelines = new Map<string, ReturnType<typeof timeline>>();
  const byId = new Map(defs.map((def): [string, Calculator] => [def.id, {
    def, compiled: compileCalculator(def),
    timeline: (p) => {
      const key = `${def.id}/${p.id}`;
      let t = timelines.get(key);
      if (!t) timelines.set(key, (t = timeline(p, approved.filter((f) => f.flowId === def.id))));
      return t;
    },
  }]));
  const api: CalculatorsApi = {
    get(flowId) {
      const c = byId.get(flowId);
      if (!c) throw fieldError(404, 'params.flowId', `no calculator ${flowId}`);
      return c;
    },
    all: () => [...byId.values()],
    today: () => serviceDay(now(), catalogue.hall.timezone),
    calculate: (flowId, inputs, asOf) => calculate(api.get(flowId), inputs, asOf ?? api.today()),
    figures,
    reload: () => {
      approved = figures.approved();
      timelines.clear();
    },
  };
  app.decorate('calculators', api);
  await app.register(calculatorRoutes);
  await app.register(figureRoutes);
}

export default fp(calculators, { name: 'calculators', dependencies: ['hub', 'flows', 'printing'] });
