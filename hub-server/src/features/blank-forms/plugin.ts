import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ApiError, BlankFormList, BlankFormParams, BlankFormSlipBody, PrintAccepted, type BlankFormsFlow } from '../../contract/index.ts';
import { fieldError } from '../../infra/errors.ts';
import { blankFormIndex, blankFormPage } from './page.ts';
import { loadSheets } from './sheets.ts';
import { pickUpSlip } from './slip.ts';

/**
 * 便利服务 (1.2.2): blank forms by name. Each is an A4 page at /forms/<id> that the front desk prints (and a
 * phone can open); the kiosk prints a pick-up slip naming the forms chosen.
 */
async function blankForms(app: FastifyInstance) {
  const { catalogue, config, now } = app.hub;
  const flows = app.flows.all().filter((f): f is BlankFormsFlow => f.kind === 'blank-forms');
  const sheets = loadSheets(config.contentDir, catalogue, flows.map((f) => ({ flow: f.id, sheets: f.sheets })));
  const whereOf = (serviceId: string) => {
    const service = catalogue.service(serviceId)!;
    const counters = service.queue ? catalogue.queue(service.queue)!.counters.map((c) => catalogue.counter(c)!) : [];
    return counters.length ? { zh: `1楼 ${counters.map((c) => c.window).join('、')} 号窗口`, en: `Window${counters.length > 1 ? 's' : ''} ${counters.map((c) => c.window).join(' and ')}, 1st floor` } : null;
  };
  const sheet = (id: string, path: string) => {
    const s = sheets.get(id);
    if (!s) throw fieldError(404, path, `no blank form ${id}`);
    return s;
  };

  const api = app.withTypeProvider<ZodTypeProvider>();
  const access = { public: 'blank forms are free to anyone, on paper and on a phone' };
  api.get('/api/blank-forms', {
    config: { access },
    schema: { tags: ['services'], summary: 'The blank forms the hall prints, by name', response: { 200: BlankFormList } },
  }, async () => ({ index: `${config.publicUrl}/forms`, items: [...sheets.values()].map((s) => ({ id: s.id, title: s.title, describe: s.describe, service: s.service, url: `${config.publicUrl}/forms/${s.id}` })) }));

  api.get('/forms', { config: { access }, schema: { tags: ['services'], summary: 'Every blank form, for the front desk to print' } }, async (_req, reply) =>
    reply.type('text/html; charset=utf-8').send(blankFormIndex([...sheets.values()], catalogue.hall.name)));

  api.get('/forms/:id', { config: { access }, schema: { tags: ['services'], summary: 'One blank form as an A4 page', params: BlankFormParams } }, async (req, reply) => {
    const s = sheet(req.params.id, 'params.id');
    return reply.type('text/html; charset=utf-8').send(blankFormPage(s, catalogue.hall.name, whereOf(s.service)));
  });

  api.post('/api/blank-forms/slip', {
    config: { access: { public: 'a visitor prints a pick-up slip at the kiosk they stand at' } },
    schema: { tags: ['services'], summary: 'Print a pick-up slip naming the chosen forms at a kiosk', body: BlankFormSlipBody, response: { 202: PrintAccepted, 404: ApiError, 422: ApiError } },
  }, async (req, reply) => {
    const chosen = req.body.ids.map((id, i) => sheet(id, `body.ids.${i}`));
    const job = app.printing.print(req.body.kioskId, pickUpSlip({
      hallName: catalogue.hall.name, sheets: chosen, formsUrl: `${config.publicUrl}/forms`, issuedAt: now(), timeZone: catalogue.hall.timezone,
    }));
    if (!job) throw fieldError(422, 'body.kioskId', `kiosk ${req.body.kioskId} has no printer`);
    reply.status(202);
    return { jobId: job.jobId, state: job.state };
  });
}

export default fp(blankForms, { name: 'blank-forms', dependencies: ['hub', 'flows', 'printing'] });
