import type { LocalizedText } from '@jobhall/ui-kit';
import { jm } from './jobs/messages.ts';
import type { Screen } from './screens.ts';

export interface FlowAction {
  id: string;
  label: LocalizedText;
  screen: Screen;
}

/**
 * What a service page offers besides its guide, ticket and booking: the kiosk flows of each handbook function,
 * declared in one place. Functions without an entry show their guide (and a ticket where they have a window).
 */
const FLOWS: Record<string, FlowAction[]> = {
  '2.1.2': [{ id: 'find-job', label: jm.findJob, screen: { name: 'jobs', simple: false } }],
  '3.3.4': [{ id: 'find-job', label: jm.findJob, screen: { name: 'jobs', simple: false } }],
  '3.1.2': [
    { id: 'register', label: jm.register, screen: { name: 'seeker-register' } },
    { id: 'seeker-sign-in', label: jm.seekerSignIn, screen: { name: 'seeker-sign-in' } },
  ],
  '3.1.3': [{ id: 'my-jobs', label: jm.myJobs, screen: { name: 'matches' } }],
  '3.1.1': [{ id: 'post-job', label: jm.postJob, screen: { name: 'vacancy-form' } }],
  '3.2.1': [{ id: 'employer-sign-in', label: jm.employerSignIn, screen: { name: 'employer' } }],
  '3.1.8': [{ id: 'employer-sign-in', label: jm.employerSignIn, screen: { name: 'employer' } }],
  '3.1.9': [{ id: 'employer-sign-in', label: jm.employerSignIn, screen: { name: 'employer' } }],
  '3.1.6': [{ id: 'entrust', label: { zh: '委托招聘', en: 'Entrust recruitment' }, screen: { name: 'entrust' } }],
  '3.1.7': [{ id: 'survey', label: { zh: '填写用工调查', en: 'Answer the labour-demand survey' }, screen: { name: 'survey' } }],
  '3.2.4': [{ id: 'interview', label: { zh: '预约远程面试', en: 'Book a video interview' }, screen: { name: 'interview' } }],
  '3.1.11': [{ id: 'complain', label: jm.complain, screen: { name: 'complaint' } }],
  '1.1.4': [{ id: 'complain', label: jm.complain, screen: { name: 'complaint' } }],
  '3.1.4': [{ id: 'fairs', label: jm.fairs, screen: { name: 'fairs' } }],
  '3.1.5': [{ id: 'fairs', label: jm.fairs, screen: { name: 'fairs' } }],
  '3.2.2': [{ id: 'inflow', label: jm.inflow, screen: { name: 'jobs', simple: false, preset: { programme: 'inflow', title: jm.inflow } } }],
  '3.2.3': [{ id: 'outflow', label: jm.outflow, screen: { name: 'jobs', simple: false, preset: { programme: 'outflow', title: jm.outflow } } }],
  '3.3.1': [{ id: 'dispatch', label: jm.dispatch, screen: { name: 'jobs', simple: false, preset: { employmentType: 'dispatch', title: jm.dispatch, note: jm.dispatchNote, agencies: 'dispatch' } } }],
  '3.3.2': [{ id: 'overseas', label: jm.overseas, screen: { name: 'jobs', simple: false, preset: { programme: 'overseas', title: jm.overseas, note: jm.overseasWarning, agencies: 'overseas' } } }],
  '3.3.5': [{ id: 'reserved', label: jm.reserved, screen: { name: 'jobs', simple: false, preset: { label: 'assistance-reserved', title: jm.reserved } } }],
  '7.1.14': [{ id: 'welfare', label: jm.welfare, screen: { name: 'jobs', simple: false, preset: { label: 'public-welfare', title: jm.welfare } } }],
  '5.3.2': [{ id: 'internships', label: jm.internships, screen: { name: 'jobs', simple: false, preset: { label: 'internship', title: jm.internships } } }],
  '3.1.10': [{ id: 'simple-search', label: jm.simpleMode, screen: { name: 'jobs', simple: true } }],
};

export function actionsFor(serviceId: string): FlowAction[] {
  return FLOWS[serviceId] ?? [];
}
