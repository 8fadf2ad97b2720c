import { z } from 'zod';
import { Counter, HallFile, LocalizedText, Module, QueueLine, ServiceFunction, ServiceGuide } from '@jobhall/hub-server/contract';
import { api, ApiProblem } from '@jobhall/ui-kit';

/** GET /api/services items: the function plus its module and, for window services, its queue line. */
export const ServiceView = ServiceFunction.extend({
  module: Module,
  ticket: z.object({ queueId: z.string(), prefix: z.string(), name: LocalizedText }).nullable(),
});
export type ServiceView = z.infer<typeof ServiceView>;

export const HallView = z.object({
  id: z.string(),
  name: LocalizedText,
  address: LocalizedText,
  timezone: z.string(),
  queues: z.array(QueueLine),
  counters: z.array(Counter),
  kiosks: HallFile.shape.kiosks,
});
export type HallView = z.infer<typeof HallView>;

export async function loadCatalogue() {
  const [services, modules, hall] = await Promise.all([
    api('/api/services', z.array(ServiceView)),
    api('/api/modules', z.array(Module)),
    api('/api/hall', HallView),
  ]);
  return { services, modules, hall };
}

/** The service guide, or null where none has been written. */
export async function loadGuide(serviceId: string): Promise<ServiceGuide | null> {
  try {
    return await api(`/api/services/${serviceId}/guide`, ServiceGuide);
  } catch (err) {
    if (err instanceof ApiProblem && err.status === 404) return null;
    throw err;
  }
}
