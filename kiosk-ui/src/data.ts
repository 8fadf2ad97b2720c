import { z } from 'zod';
import { FlowSummary, HallView, Module, ServiceGuide, ServiceView } from '@jobhall/hub-server/contract';
import { api, ApiProblem } from '@jobhall/ui-kit';

export async function loadCatalogue() {
  const [services, modules, hall, flows] = await Promise.all([
    api('/api/services', z.array(ServiceView)),
    api('/api/modules', z.array(Module)),
    api('/api/hall', HallView),
    api('/api/flows', z.array(FlowSummary)),
  ]);
  return { services, modules, hall, flows };
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
