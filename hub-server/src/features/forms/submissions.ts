import crypto from 'node:crypto';
import {
  SUBMISSION_FINAL, answerLines, checkAnswers, formFields,
  type AnswerIssue, type Answers, type FormFlow, type FormReceipt, type FormWindow, type SubmissionAction, type SubmissionDetail,
  type SubmissionSummary, type SubmitFormBody,
} from '../../contract/index.ts';
import { serviceDay } from '../../infra/clock.ts';
import type { HubContext } from '../../infra/context.ts';
import { HttpError, fieldError } from '../../infra/errors.ts';
import type { CardsApi } from '../cards/plugin.ts';
import type { FlowsApi } from '../flows/plugin.ts';
import type { PrintingApi } from '../printing/plugin.ts';
import type { Sms } from '../sms/plugin.ts';
import { toldToApplicant, transition } from './machine.ts';
import { newCheckCode, newReference } from './reference.ts';
import { sealAnswers, unsealAnswers, type StoredAnswers } from './sealing.ts';
import { submissionSlip } from './slip.ts';
import type { FormStore, SubmissionRow } from './store.ts';

export interface Deps {
  hub: HubContext;
  store: FormStore;
  flows: FlowsApi;
  printing: Pick<PrintingApi, 'print'>;
  sms: Pick<Sms, 'followDecisions' | 'followsDecisions'>;
  cards: CardsApi;
  staffNames: () => Map<string, string>;
}

/** Who sent a form: a seeker signed in at the kiosk, and the kiosk's key when a card was read. */
export interface Sender {
  seekerId: string | null;
  kioskKey: string | undefined;
}

/** Answers refused: each at its field, for the kiosk in both languages. */
export function answersRefused(issues: AnswerIssue[]): HttpError {
  return new HttpError(422, 'INVALID_ANSWERS', issues.map((i) => `body.${i.path}: ${i.text.en}`).join('; '),
    issues.map((i) => ({ path: `body.${i.path}`, message: i.text.en })),
    { zh: '有几项需要修改，请看标红的地方', en: 'Some answers need changing; see the ones marked in red' },
    { fields: issues.map((i) => ({ path: i.path, text: i.text })) });
}

/**
 * Forms answered at the kiosk: checked against the exact definition version answered, stored with personal
 * answers sealed, given a reference and a check code, printed, and decided by staff step by step.
 */
export class FormSubmissions {
  constructor(private readonly d: Deps) {}

  /** The form a request names, in the version it answered (the current one when none is given). */
  form(flowId: string, version?: number): FormFlow {
    const current = this.d.flows.get(flowId);
    if (current?.kind !== 'form') throw fieldError(404, 'params.flowId', `no form ${flowId}`);
    if (version === undefined || version === current.version) return current;
    const old = this.d.flows.version(flowId, version);
    if (old?.kind !== 'form') throw fieldError(422, 'body.version', `${flowId} has no version ${version}`);
    return old;
  }

  /** Where the application is finished: the form's queue line, its windows, and whose ticket to take. */
  window(form: FormFlow): FormWindow | null {
    const { catalogue } = this.d.hub;
    const q = form.outcome.queue ? catalogue.queue(form.outcome.queue) : undefined;
    const ticketService = form.functions.find((f) => catalogue.service(f)?.queue === q?.id);
    if (!q || !ticketService) return null;
    return { queueId: q.id, prefix: q.prefix, name: q.name, windows: q.counters.map((c) => catalogue.counter(c)!.window), ticketService };
  }

  statusUrl(refNo: string, checkCode: string): string {
    return `${this.d.hub.config.publicUrl}/status/${refNo}#${checkCode}`;
  }

  checkHash(refNo: string, checkCode: string): string {
    return this.d.hub.vault.lookupHash(`form:${refNo}:${checkCode}`);
  }

  submit(flowId: string, body: SubmitFormBody, sender: Sender): FormReceipt {
    const { hub, store } = this.d;
    const form = this.form(flowId, body.version);
    if (!form.functions.includes(body.serviceId)) throw fieldError(422, 'body.serviceId', `${flowId} is not a form of ${body.serviceId}`);
    const kiosk = body.kioskId ? hub.catalogue.kiosk(body.kioskId) : undefined;
    if (body.kioskId && !kiosk) throw fieldError(422, 'body.kioskId', `no kiosk ${body.kioskId}`);
    const now = hub.now();
    const today = serviceDay(now, hub.catalogue.hall.timezone);

    // The card's fields are checked as answered first, so a refusal does not use up the visitor's card read.
    const cardFields = formFields(form).filter((x) => !x.group && 'fillFrom' in x.field && x.field.fillFrom === 'card').map((x) => x.field);
    if (body.card && !cardFields.length) throw fieldError(422, 'body.card', 'this form takes nothing from a card');
    if (body.card && !body.kioskId) throw fieldError(422, 'body.kioskId', 'a card read needs the kiosk it was read at');
    const filled = new Set(body.card ? cardFields.map((f) => f.id) : []);
    const first = checkAnswers(form, body.answers, today, { filled });
    if (first.issues.length) throw answersRefused(first.issues);
    let answers: Answers = first.answers;
    if (body.card) {
      const read = this.d.cards.claim(body.kioskId!, sender.kioskKey, body.card.readId);
      const fromCard = Object.fromEntries(cardFields.map((f) => [f.id, f.type === 'id-number' ? read.idNumber : read.name]));
      const full = checkAnswers(form, { ...body.answers, ...fromCard }, today);
      if (full.issues.length) throw answersRefused(full.issues);
      answers = full.answers;
    }

    const id = crypto.randomUUID();
    const checkCode = newCheckCode();
    const window = this.window(form);
    const at = now.toISOString();
    const receipt = hub.db.transaction(() => {
      let refNo = newReference();
      while (store.refTaken(refNo)) refNo = newReference();
      const statusUrl = this.statusUrl(refNo, checkCode);
      const job = kiosk ? this.d.printing.print(kiosk.id, submissionSlip({
        hallName: hub.catalogue.hall.name.zh, timezone: hub.catalogue.hall.timezone, form, refNo, checkCode, statusUrl, window, at: now,
      })) : null;
      store.insert({
        id, ref_no: refNo, check_hash: this.checkHash(refNo, checkCode), flow_id: form.id, flow_version: form.version, service_id: body.serviceId,
        answers: JSON.stringify(sealAnswers(form, answers, hub.vault)), status: 'submitted', assignee: null, seeker_id: sender.seekerId,
        kiosk_id: kiosk?.id ?? null, print_job_id: job?.jobId ?? null, created_at: at, updated_at: at,
      });
      store.event(id, { action: 'submit', from_status: null, to_status: 'submitted', by: sender.seekerId ? `seeker:${sender.seekerId}` : kiosk ? `kiosk:${kiosk.id}` : 'visitor', at, note: null, public: 1 });
      const smsMasked = body.sms ? this.d.sms.followDecisions(`form:${id}`, body.sms) : null;
      return {
        id, refNo, checkCode, status: 'submitted' as const, statusUrl, print: job ? { jobId: job.jobId, state: job.state } : null,
        nextSteps: form.outcome.nextSteps, bring: form.outcome.bring, timeLimit: form.outcome.timeLimit, window, smsMasked,
      };
    })();
    hub.events.emit('form.submitted', { submissionId: id, flowId: form.id, refNo: receipt.refNo });
    return receipt;
  }

  act(id: string, action: SubmissionAction, by: string): SubmissionDetail {
    const { hub, store } = this.d;
    const decided = hub.db.transaction(() => {
      const row = this.row(id);
      const next = transition(row.status, action.action);
      if (!next) {
        throw new HttpError(409, 'FORM_STATE', `the submission is ${row.status}; "${action.action}" is not possible`, undefined,
          { zh: '这份申请当前的状态不能这样处理', en: 'This cannot be done to the submission in its present state' });
      }
      let assignee = row.assignee;
      if (action.action === 'assign') {
        const to = action.to === 'me' ? by : action.to;
        if (!this.d.staffNames().has(to)) throw fieldError(422, 'body.to', `no staff member ${action.to}`);
        assignee = to;
      } else if (!assignee && action.action !== 'comment') assignee = by;
      const note = action.action === 'comment' || action.action === 'request-documents' ? action.note
        : action.action === 'refuse' ? action.reason : action.action === 'approve' ? action.note || null : null;
      const at = hub.now().toISOString();
      store.update(id, next, assignee, at);
      store.event(id, { action: action.action, from_status: row.status, to_status: next, by, at, note, public: toldToApplicant(action.action) ? 1 : 0 });
      return { row, next, note };
    })();
    if (toldToApplicant(action.action)) {
      hub.events.emit('form.decided', {
        submissionId: id, refNo: decided.row.ref_no, title: this.form(decided.row.flow_id, decided.row.flow_version).title,
        status: decided.next, note: decided.note, final: SUBMISSION_FINAL.includes(decided.next),
      });
    }
    return this.detail(id);
  }

  row(id: string): SubmissionRow {
    const row = this.d.store.get(id);
    if (!row) throw fieldError(404, 'params.id', 'no such submission');
    return row;
  }

  summary(r: SubmissionRow): SubmissionSummary {
    return {
      id: r.id, refNo: r.ref_no, flowId: r.flow_id, flowVersion: r.flow_version, title: this.form(r.flow_id, r.flow_version).title, serviceId: r.service_id,
      status: r.status, assignee: r.assignee, createdAt: r.created_at, updatedAt: r.updated_at,
    };
  }

  /** The staff's view: the answers as lines, personal ones masked; the whole log with comments. */
  detail(id: string): SubmissionDetail {
    const r = this.row(id);
    const form = this.form(r.flow_id, r.flow_version);
    const answers = unsealAnswers(JSON.parse(r.answers) as StoredAnswers, this.d.hub.vault);
    return {
      ...this.summary(r),
      answers: answerLines(form, answers),
      events: this.d.store.events(id).map((e) => ({ at: e.at, by: e.by, action: e.action, status: e.to_status, note: e.note, public: e.public === 1 })),
      smsFollow: this.d.sms.followsDecisions(`form:${id}`),
    };
  }
}
