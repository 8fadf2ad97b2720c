import type { LocalizedText } from '@jobhall/ui-kit';
import type { SearchPreset } from './jobs/jobs-data.ts';
import { jm } from './jobs/messages.ts';

/** A job search opened for one kind of vacancy, with its heading and, where licences matter, the agencies. */
export interface JobPreset extends SearchPreset {
  title: LocalizedText;
  note?: LocalizedText;
  agencies?: 'dispatch' | 'overseas';
}

/**
 * One thing a handbook function offers at the kiosk besides its guide, ticket and booking. It lives at
 * /kiosk/services/<service>/<id> and shows the screen of the route `open` names.
 */
export interface Flow {
  id: string;
  label: LocalizedText;
  /** The route path of the screen it shows, e.g. "jobs", "vacancies/new". */
  open: string;
  /** The query the service page's button opens it with (filters already on); the visitor may change them. */
  start?: Record<string, string>;
  /** For a job search: the kind of vacancy, fixed for this flow. */
  preset?: JobPreset;
}

const findJob: Flow = { id: 'find-job', label: jm.findJob, open: 'jobs' };
const employerSignIn: Flow = { id: 'employer-sign-in', label: jm.employerSignIn, open: 'employer' };
const complain: Flow = { id: 'complain', label: jm.complain, open: 'complaints/new' };
const fairs: Flow = { id: 'fairs', label: jm.fairs, open: 'fairs' };
const search = (id: string, label: LocalizedText, preset: Omit<JobPreset, 'title'>): Flow => ({ id, label, open: 'jobs', preset: { title: label, ...preset } });

/**
 * The kiosk flows of each handbook function, declared in one place. Functions without an entry show their
 * guide (and a ticket where they have a window). A new flow is a new entry here, on a route of routes.ts.
 */
export const FLOWS: Readonly<Record<string, readonly Flow[]>> = {
  '2.1.2': [findJob],
  '3.3.4': [findJob],
  '3.1.2': [
    { id: 'register', label: jm.register, open: 'seekers/register' },
    { id: 'seeker-sign-in', label: jm.seekerSignIn, open: 'seekers/sign-in' },
  ],
  '3.1.3': [{ id: 'my-jobs', label: jm.myJobs, open: 'matches' }],
  '3.1.1': [{ id: 'post-job', label: jm.postJob, open: 'vacancies/new' }],
  '3.2.1': [employerSignIn],
  '3.1.8': [employerSignIn],
  '3.1.9': [employerSignIn],
  '3.1.6': [{ id: 'entrust', label: { zh: '委托招聘', en: 'Entrust recruitment' }, open: 'entrust' }],
  '3.1.7': [{ id: 'survey', label: { zh: '填写用工调查', en: 'Answer the labour-demand survey' }, open: 'survey' }],
  '3.2.4': [{ id: 'interview', label: { zh: '预约远程面试', en: 'Book a video interview' }, open: 'interviews' }],
  '3.1.11': [complain],
  '1.1.4': [complain],
  '3.1.4': [fairs],
  '3.1.5': [fairs],
  '3.2.2': [search('inflow', jm.inflow, { programme: 'inflow' })],
  '3.2.3': [search('outflow', jm.outflow, { programme: 'outflow' })],
  '3.3.1': [search('dispatch', jm.dispatch, { employmentType: 'dispatch', note: jm.dispatchNote, agencies: 'dispatch' })],
  '3.3.2': [search('overseas', jm.overseas, { programme: 'overseas', note: jm.overseasWarning, agencies: 'overseas' })],
  '3.3.5': [search('reserved', jm.reserved, { label: 'assistance-reserved' })],
  '7.1.14': [search('welfare', jm.welfare, { label: 'public-welfare' })],
  '5.3.2': [search('internships', jm.internships, { label: 'internship' })],
  // Publishing (module 2): SMS alerts and the showcases. The flow engine moves these into content.
  '2.3.2': [
    { id: 'subscribe', label: { zh: '订阅短信提醒', en: 'Get SMS alerts' }, open: 'sms-alerts' },
    { id: 'unsubscribe', label: { zh: '取消短信订阅', en: 'Stop SMS alerts' }, open: 'sms-alerts', start: { mode: 'stop' } },
  ],
  '2.3.3': [{ id: 'occupations', label: { zh: '看职业介绍', en: 'Browse occupations' }, open: 'showcases', start: { kind: 'occupation' } }],
  '2.3.4': [{ id: 'guidance', label: { zh: '服务承诺与办事指引', en: 'Our promises and guidance' }, open: 'showcases', start: { kind: 'guidance' } }],
  // Simple mode opens with no filter on: a filter the visitor did not choose hides jobs they never knew existed.
  '3.1.10': [{ id: 'simple-search', label: jm.simpleMode, open: 'jobs', start: { simple: '1' } }],
};

export function flowsOf(serviceId: string): readonly Flow[] {
  return FLOWS[serviceId] ?? [];
}

export function flowOf(serviceId: string, id: string): Flow | undefined {
  return flowsOf(serviceId).find((f) => f.id === id);
}
