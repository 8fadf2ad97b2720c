import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ApiError, FloorPlanView, RouteQuery, RouteView, ServicePlaces, WhereParams } from '../../contract/index.ts';
import { fieldError } from '../../infra/errors.ts';
import { loadFloorPlan, type FloorPlan } from './plan.ts';
import { placesOf, planView, routeFrom } from './places.ts';

/** What other capabilities may ask of the floor plan: where an area is, to print it on a slip. */
export interface Wayfinding {
  plan: FloorPlan;
  areaLabel(id: string): { zh: string; en: string } | null;
}

declare module 'fastify' {
  interface FastifyInstance {
    wayfinding: Wayfinding;
  }
}

/**
 * 引导服务 (1.1.3): the hall's floor plan, where each function is handled, and the walk there from a kiosk.
 * Read by the kiosk's map (every service page's "where is it") and by the lobby screens.
 */
async function wayfinding(app: FastifyInstance) {
  const { catalogue, config } = app.hub;
  const plan = loadFloorPlan(config.contentDir, catalogue);
  const view = planView(plan, catalogue);
  app.decorate('wayfinding', {
    plan,
    areaLabel: (id) => {
      const at = plan.area(id);
      return at ? { zh: `${at.floor.label.zh}${at.area.label.zh}`, en: `${at.area.label.en}, ${at.floor.label.en}` } : null;
    },
  } satisfies Wayfinding);

  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get('/api/floor-plan', {
    config: { access: { public: 'the floor plan hangs in the hall; kiosks and lobby screens draw it' } },
    schema: { tags: ['services'], summary: 'The hall\'s floor plan: floors, areas, windows, kiosks, lifts, toilets and walking paths', response: { 200: FloorPlanView } },
  }, async () => view);

  api.get('/api/floor-plan/places/:serviceId', {
    config: { access: { public: 'where a service is handled, for its "where is it" button' } },
    schema: { tags: ['services'], summary: 'The windows and areas where a function is handled', params: WhereParams, response: { 200: ServicePlaces, 404: ApiError } },
  }, async (req) => {
    const places = placesOf(plan, catalogue, req.params.serviceId);
    if (!places) throw fieldError(404, 'params.serviceId', `function ${req.params.serviceId} has no window or area on the plan`);
    return places;
  });

  api.get('/api/floor-plan/route', {
    config: { access: { public: 'the walk from a kiosk to a window, drawn on the kiosk' } },
    schema: {
      tags: ['services'], summary: 'The walk from a kiosk to a window, an area or a function\'s nearest place; step-free takes lifts only',
      querystring: RouteQuery, response: { 200: RouteView, 400: ApiError, 404: ApiError, 422: ApiError },
    },
  }, async (req) => routeFrom(plan, catalogue, req.query));
}

export default fp(wayfinding, { name: 'wayfinding', dependencies: ['hub'] });
