import { html, nothing } from 'lit';
import { flowAt } from './engine/kinds.ts';
import { m } from './messages.ts';
import { navigate } from './events.ts';
import type { Route, RouteContext } from './routing/route.ts';
import type { KioskSession } from './routing/route.ts';

const seekerToken = (s: KioskSession) => (s.visitor?.kind === 'seeker' ? s.visitor.token : '');
const employerToken = (s: KioskSession) => (s.visitor?.kind === 'employer' ? s.visitor.token : '');
const serviceOf = (ctx: RouteContext) => ctx.session.services.find((x) => x.id === ctx.params.serviceId);
const thisKiosk = (s: KioskSession) => s.hall.kiosks.find((k) => k.id === s.kioskId);
/** The dialogs of sign-in and check-in open over the first screen, as a visitor left it. */
const home = (s: KioskSession) => html`<kiosk-home .modules=${s.modules} .locale=${s.locale}></kiosk-home>`;

/**
 * The kiosk's route table: every screen a visitor can reach, at its own address under /kiosk/. A screen's code
 * is loaded the first time its route opens. A new screen is a new entry here; a new flow of a handbook function
 * is a definition in content/flows, at /kiosk/services/<id>/<flow>: a screen flow opens one of these routes,
 * any other kind is drawn by its kind's element (engine/kinds.ts). Order matters where paths overlap: the
 * first match wins.
 */
export const ROUTES: readonly Route[] = [
  { id: 'home', path: '', render: ({ session: s }) => home(s) },
  {
    id: 'ticket-menu', path: 'ticket', load: () => import('./kiosk-ticket-menu.ts'),
    render: ({ session: s }) => html`<kiosk-ticket-menu .services=${s.services} .hall=${s.hall} .locale=${s.locale}></kiosk-ticket-menu>`,
  },
  {
    id: 'check-in', path: 'check-in', load: () => import('./kiosk-check-in.ts'),
    render: ({ session: s }) => html`${home(s)}<kiosk-check-in .locale=${s.locale} .kioskId=${s.kioskId}></kiosk-check-in>`,
  },
  {
    id: 'module', path: 'modules/:moduleId', load: () => import('./kiosk-service-list.ts'),
    render: ({ params, session: s }) => {
      const mod = s.modules.find((x) => x.id === params.moduleId);
      return mod
        ? html`<kiosk-service-list .heading=${mod} .services=${s.services.filter((x) => x.module.id === mod.id)} .locale=${s.locale}></kiosk-service-list>`
        : nothing;
    },
  },
  {
    id: 'service', path: 'services/:serviceId', load: () => import('./kiosk-service-page.ts'),
    render: (ctx) => {
      const sv = serviceOf(ctx);
      return sv ? html`<kiosk-service-page .service=${sv} .flows=${ctx.session.flows} .locale=${ctx.session.locale} .kioskId=${ctx.session.kioskId}></kiosk-service-page>` : nothing;
    },
  },
  {
    id: 'ticket-options', path: 'services/:serviceId/ticket', load: () => import('./kiosk-ticket-options.ts'),
    render: (ctx) => {
      const sv = serviceOf(ctx);
      return sv ? html`<kiosk-ticket-options .service=${sv} .locale=${ctx.session.locale} .kioskId=${ctx.session.kioskId}></kiosk-ticket-options>` : nothing;
    },
  },
  {
    id: 'book', path: 'services/:serviceId/book', load: () => import('./kiosk-booking.ts'),
    render: (ctx) => {
      const sv = serviceOf(ctx);
      return sv
        ? html`<kiosk-booking .service=${sv} .locale=${ctx.session.locale} .kioskId=${ctx.session.kioskId}
            @booked=${(e: HTMLElementEventMap['booked']) => navigate(e.target!, `appointments/${e.detail.code}`, { fresh: true })}></kiosk-booking>`
        : nothing;
    },
  },
  {
    id: 'service-flow', path: 'services/:serviceId/:flow', load: () => import('./engine/kiosk-flow.ts'),
    forward: (params, flows) => {
      const flow = flowAt(flows, params.serviceId!, params.flow!);
      return flow ? { flow, open: flow.screen?.open } : null;
    },
    render: ({ params, session: s }) => html`<kiosk-flow .flowId=${params.flow!} .serviceId=${params.serviceId!} .session=${s}></kiosk-flow>`,
  },
  {
    id: 'booked', path: 'appointments/:code', load: () => import('./kiosk-booked.ts'),
    render: ({ params, session: s }) => html`<kiosk-booked .code=${params.code!} .slip=${!!thisKiosk(s)?.printer} .locale=${s.locale}></kiosk-booked>`,
  },
  {
    id: 'ticket', path: 'tickets/:ticketId', load: () => import('./kiosk-ticket-view.ts'),
    render: ({ params, session: s }) => html`<kiosk-ticket-view .ticketId=${params.ticketId!} .locale=${s.locale}></kiosk-ticket-view>`,
  },
  {
    id: 'jobs', path: 'jobs', load: () => import('./jobs/kiosk-job-search.ts'),
    render: ({ query, flow, session: s }) => {
      const preset = flow?.screen?.preset;
      return html`<kiosk-job-search .locale=${s.locale} .query=${query.toString()} .preset=${preset ? { ...preset, title: flow.title } : null}
        ?simple=${query.get('simple') === '1' || flow?.screen?.start?.simple === '1'}></kiosk-job-search>`;
    },
  },
  {
    id: 'job', path: 'jobs/:jobId', load: () => import('./jobs/kiosk-job-detail.ts'),
    render: ({ params, query, session: s }) => html`<kiosk-job-detail .jobId=${Number(params.jobId)} .locale=${s.locale} .token=${seekerToken(s)}
      .kioskId=${s.kioskId} ?canPrint=${!!thisKiosk(s)?.printer} ?large=${query.get('simple') === '1'}></kiosk-job-detail>`,
  },
  {
    id: 'seeker-sign-in', path: 'seekers/sign-in', load: () => import('./jobs/kiosk-seeker-sign-in.ts'),
    afterSignIn: (query) => query.get('next') ?? 'matches',
    render: ({ session: s }) => {
      const reader = thisKiosk(s)?.cardReader && s.kioskKey ? s.kioskId : '';
      return html`${home(s)}<kiosk-seeker-sign-in .locale=${s.locale} .kioskId=${reader} .kioskKey=${s.kioskKey}></kiosk-seeker-sign-in>`;
    },
  },
  {
    // No afterSignIn: a registration ends on its own result screen (reference, slip, ticket), signed in.
    id: 'seeker-register', path: 'seekers/register', load: () => import('./jobs/kiosk-seeker-register.ts'),
    render: ({ session: s }) => html`<kiosk-seeker-register .locale=${s.locale} .fromCard=${s.cardRead} .kioskId=${s.kioskId} .kioskKey=${s.kioskKey}
      ?canPrint=${!!thisKiosk(s)?.printer} .hall=${s.hall}></kiosk-seeker-register>`,
  },
  {
    id: 'matches', path: 'matches', needs: 'seeker', load: () => import('./jobs/kiosk-matches.ts'),
    render: ({ session: s }) => html`<kiosk-matches .locale=${s.locale} .token=${seekerToken(s)} .kioskId=${s.kioskId}></kiosk-matches>`,
  },
  {
    id: 'vacancy-form', path: 'vacancies/new', load: () => import('./jobs/kiosk-vacancy-form.ts'),
    render: ({ session: s }) => html`<kiosk-vacancy-form .locale=${s.locale} .token=${employerToken(s)}
      .employerName=${s.visitor?.kind === 'employer' ? s.visitor.employerName : ''} .kioskId=${s.kioskId} ?canPrint=${!!thisKiosk(s)?.printer}
      .hall=${s.hall}></kiosk-vacancy-form>`,
  },
  {
    id: 'complaint', path: 'complaints/new', load: () => import('./jobs/kiosk-complaint-form.ts'),
    render: ({ session: s }) => html`<kiosk-complaint-form .locale=${s.locale} .kioskId=${s.kioskId}></kiosk-complaint-form>`,
  },
  {
    id: 'fairs', path: 'fairs', load: () => import('./jobs/kiosk-fairs.ts'),
    render: ({ session: s }) => html`<kiosk-fairs .locale=${s.locale} .token=${seekerToken(s)}></kiosk-fairs>`,
  },
  {
    id: 'employer', path: 'employer',
    load: () => Promise.all([import('./jobs/kiosk-employer-sign-in.ts'), import('./jobs/kiosk-employer-dashboard.ts')]),
    render: ({ session: s }) =>
      s.visitor?.kind === 'employer'
        ? html`<kiosk-employer-dashboard .locale=${s.locale} .token=${s.visitor.token}></kiosk-employer-dashboard>`
        : html`${home(s)}<kiosk-employer-sign-in .locale=${s.locale}></kiosk-employer-sign-in>`,
  },
  {
    id: 'entrust', path: 'entrust', signIn: 'employer', load: () => import('./jobs/kiosk-entrust.ts'),
    render: ({ session: s }) => html`<kiosk-entrust .locale=${s.locale} .token=${employerToken(s)}></kiosk-entrust>`,
  },
  {
    id: 'survey', path: 'survey', load: () => import('./jobs/kiosk-demand-survey.ts'),
    render: ({ session: s }) => html`<kiosk-demand-survey .locale=${s.locale} .token=${employerToken(s)}
      .employerName=${s.visitor?.kind === 'employer' ? s.visitor.employerName : ''}></kiosk-demand-survey>`,
  },
  {
    id: 'sms-alerts', path: 'sms-alerts', load: () => import('./publishing/kiosk-sms-alerts.ts'),
    render: ({ query, flow, session: s }) => html`<kiosk-sms-alerts .locale=${s.locale} .mode=${query.get('mode') ?? flow?.screen?.start?.mode ?? ''}></kiosk-sms-alerts>`,
  },
  {
    id: 'showcases', path: 'showcases', load: () => import('./publishing/kiosk-showcases.ts'),
    render: ({ query, flow, session: s }) => html`<kiosk-showcases .locale=${s.locale} .kind=${query.get('kind') ?? flow?.screen?.start?.kind ?? 'occupation'}></kiosk-showcases>`,
  },
  {
    id: 'interview', path: 'interviews', load: () => import('./jobs/kiosk-interview-booking.ts'),
    render: ({ query, session: s }) => html`<kiosk-interview-booking .locale=${s.locale} kind="seeker" .kioskId=${s.kioskId}
      .token=${seekerToken(s)} .vacancyId=${Number(query.get('vacancy')) || null}></kiosk-interview-booking>`,
  },
];
