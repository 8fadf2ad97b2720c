/**
 * The contract: the only surface shared by the hub, the device agents and the browser apps.
 * Every payload that crosses a process boundary has a schema here, and its type is z.infer of it.
 * Nothing in this folder may import Node modules: the browsers bundle it.
 */
export * from './common.ts';
export * from './errors.ts';
export * from './content.ts';
export * from './services.ts';
export * from './commands.ts';
export * from './devices.ts';
export * from './hub.ts';
export * from './notices.ts';
export * from './print.ts';
export * from './queue.ts';
export * from './staff.ts';
export * from './sms.ts';
export * from './appointments.ts';
export * from './cards.ts';
export * from './topics.ts';
export * from './bus.ts';
export * from './jobs.ts';
export * from './seekers.ts';
export * from './matching.ts';
export * from './voice.ts';
export * from './kpis.ts';
export * from './referrals.ts';
export * from './employers.ts';
export * from './fairs.ts';
export * from './complaints.ts';
export * from './entrusted.ts';
export * from './surveys.ts';
export * from './interviews.ts';
export * from './counter-actions.ts';
export * from './permissions.ts';
export * from './pay.ts';
export * from './id-number.ts';
export * from './flows/index.ts';
export * from './forms.ts';
export * from './tracking.ts';
export * from './publishing.ts';
export * from './showcases.ts';
export * from './subscriptions.ts';
export * from './bulletins.ts';
export * from './calculators.ts';
export * from './assessments.ts';
export * from './cv-builder.ts';
export * from './floor-plan.ts';
export * from './bookings.ts';
export * from './cases.ts';
export * from './catalogues.ts';
export * from './blank-forms.ts';
