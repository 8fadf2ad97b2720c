import crypto from 'node:crypto';
import type { z } from 'zod';
import {
  ID_PROBLEM_TEXT, caseMoveRefusal, idNumberProblem, maskIdNumber, maskName,
  type CaseEntryBody, type CaseFlow, type CasePublic, type CaseRecord, type CasesMine, type OpenCaseBody,
} from '../../contract/index.ts';
import type { HubContext } from '../../infra/context.ts';
import { HttpError, fieldError } from '../../infra/errors.ts';
import type { Bookings } from '../bookings/plugin.ts';
import type { FlowsApi } from '../flows/plugin.ts';
import type { Seekers } from '../seekers/plugin.ts';
import { CaseStore, type CaseRow } from './store.ts';

export interface CaseDeps {
  hub: Pick<HubContext, 'db' | 'vault' | 'now'>;
  flows: Pick<FlowsApi, 'all' | 'get'>;
  seekers: Pick<Seekers, 'findByIdNumber'>;
  bookings: Bookings;
}

/**
 * Case records across visits: staff open one per person and case type at the window, move it through its
 * flow's stages and record dated follow-ups; the person sees where it stands at the kiosk, signed in or with
 * the ID number and the mobile's last four digits. Every write is one transaction with its event.
 */
export class CaseService {
  readonly store: CaseStore;

  constructor(private readonly d: CaseDeps) {
    this.store = new CaseStore(d.hub.db);
  }

  flows(): CaseFlow[] {
    return this.d.flows.all().filter((f): f is CaseFlow => f.kind === 'case');
  }

  private flow(id: string, path: string): CaseFlow {
    const f = this.d.flows.get(id);
    if (!f) throw fieldError(404, path, `no flow ${id}`);
    if (f.kind !== 'case') throw fieldError(422, path, `${id} is a ${f.kind} flow, not a case record`);
    return f;
  }

  private flowOfType(caseType: string): CaseFlow {
    return this.flows().find((f) => f.caseType === caseType)!;
  }

  private idNumber(id: string, path: string): string {
    const problem = idNumberProblem(id, this.d.hub.now());
    if (problem) throw fieldError(422, path, ID_PROBLEM_TEXT[problem], 'INVALID_ID_NUMBER');
    return id;
  }

  /** The same keyed hash the seekers capability keeps of an ID number, so a record finds its registered seeker. */
  private idHash(idNumber: string): string {
    return this.d.hub.vault.lookupHash(idNumber);
  }

  private checkHash(idNumber: string, last4: string): string {
    return this.d.hub.vault.lookupHash(`case-check:${idNumber}:${last4}`);
  }

  open(body: z.infer<typeof OpenCaseBody>, by: string): CaseRecord {
    const flow = this.flow(body.flowId, 'body.flowId');
    const idNumber = this.idNumber(body.idNumber, 'body.idNumber');
    if (body.nextAt && !flow.followUps) throw fieldError(422, 'body.nextAt', 'this record keeps no follow-up dates');
    const idHash = this.idHash(idNumber);
    const at = this.d.hub.now().toISOString();
    const id = crypto.randomUUID();
    const stage = flow.stages[0]!.id;
    this.d.hub.db.transaction(() => {
      const existing = this.store.byPerson(flow.caseType, idHash);
      if (existing) {
        throw new HttpError(409, 'CASE_EXISTS', `body.idNumber: this person already has a ${flow.caseType} record (${existing.id})`,
          [{ path: 'body.idNumber', message: 'already has a record' }], { zh: '这个人已经有这类记录了，请在原记录上登记。', en: 'This person already has such a record; add to it.' });
      }
      this.store.insert({
        id, case_type: flow.caseType, flow_id: flow.id, seeker_id: this.d.seekers.findByIdNumber(idNumber)?.id ?? null, id_hash: idHash,
        id_masked: maskIdNumber(idNumber), name_masked: maskName(body.name), check_hash: body.phoneLast4 ? this.checkHash(idNumber, body.phoneLast4) : null,
        stage, owner: body.owner ?? null, next_at: body.nextAt ?? null, created_at: at, updated_at: at, updated_by: by,
      });
      this.store.addEvent({
        case_id: id, at, kind: 'opened', from_stage: null, to_stage: stage, note_sealed: body.note ? this.d.hub.vault.seal(body.note) : null,
        next_at: body.nextAt ?? null, ref: body.ref ?? null, by,
      });
    })();
    return this.get(id);
  }

  /** A stage move or a follow-up on a record; a named action says its own stage (completing a registration). */
  entry(id: string, body: z.infer<typeof CaseEntryBody>, by: string): CaseRecord {
    const row = this.row(id);
    const flow = this.flowOfType(row.case_type);
    const action = body.action ? flow.actions.find((a) => a.id === body.action) : undefined;
    if (body.action && !action) throw fieldError(422, 'body.action', `no action "${body.action}" on ${flow.id}`);
    if (action?.needsRef && !body.ref) throw fieldError(422, 'body.ref', `${action.id} records the reference it completes`);
    const to = action?.to ?? body.to;
    if (to) {
      const why = caseMoveRefusal(flow, row.stage, to);
      if (why) throw new HttpError(409, 'CASE_STAGE', `${body.action ? 'body.action' : 'body.to'}: ${why}`, [{ path: body.action ? 'body.action' : 'body.to', message: why }]);
    } else if (!body.note && body.nextAt === undefined) {
      throw fieldError(422, 'body', 'give a stage to move to, a note or a next date');
    }
    if (body.nextAt && !flow.followUps) throw fieldError(422, 'body.nextAt', 'this record keeps no follow-up dates');
    const at = this.d.hub.now().toISOString();
    const nextAt = body.nextAt === undefined ? row.next_at : body.nextAt;
    this.d.hub.db.transaction(() => {
      const moved = this.store.update({
        id, from: row.stage, stage: to ?? row.stage, owner: body.owner ?? row.owner, next_at: nextAt, check_hash: null, updated_at: at, updated_by: by,
      });
      if (!moved) throw new HttpError(409, 'CASE_CHANGED', 'the record changed meanwhile; reload it');
      this.store.addEvent({
        case_id: id, at, kind: to ? 'stage' : 'follow-up', from_stage: to ? row.stage : null, to_stage: to ?? null,
        note_sealed: body.note ? this.d.hub.vault.seal(body.note) : null, next_at: body.nextAt ?? null, ref: body.ref ?? null, by,
      });
    })();
    return this.get(id);
  }

  private row(id: string): CaseRow {
    const row = this.store.byId(id);
    if (!row) throw fieldError(404, 'params.id', 'no such record');
    return row;
  }

  get(id: string): CaseRecord {
    return this.view(this.row(id));
  }

  list(q: { flow?: string; idNumber?: string }): CaseRecord[] {
    if (q.flow) this.flow(q.flow, 'query.flow');
    const rows = q.idNumber ? this.store.byIdHash(this.idHash(this.idNumber(q.idNumber, 'query.idNumber'))) : this.store.list(q.flow);
    return rows.filter((r) => !q.flow || r.flow_id === q.flow).map((r) => this.view(r));
  }

  /** The kiosk's lookup with the ID number and the mobile's last four digits; null when nothing matches. */
  lookup(flowId: string, idNumber: string, last4: string): CasePublic | null {
    const flow = this.flow(flowId, 'body.flowId');
    if (!flow.lookup.includes('id-phone')) throw fieldError(422, 'body.flowId', 'this record is seen signed in only');
    const row = this.store.byCheck(this.checkHash(idNumber, last4), flow.caseType);
    return row ? this.publicView(row) : null;
  }

  /** A signed-in seeker's records, and the sessions booked ahead and held before. */
  mine(seekerId: string): CasesMine {
    return {
      cases: this.store.bySeeker(seekerId).map((r) => this.publicView(r)),
      upcoming: this.d.bookings.upcoming(seekerId),
      past: this.d.bookings.past(seekerId, 10),
    };
  }

  private view(r: CaseRow): CaseRecord {
    const flow = this.flowOfType(r.case_type);
    const stage = flow.stages.find((s) => s.id === r.stage)!;
    return {
      id: r.id, flowId: r.flow_id, caseType: r.case_type, title: flow.title, seekerId: r.seeker_id, nameMasked: r.name_masked, idMasked: r.id_masked,
      stage: { id: stage.id, label: stage.label }, owner: r.owner, nextAt: r.next_at, createdAt: r.created_at, updatedAt: r.updated_at,
      events: this.store.events(r.id).map((e) => ({
        at: e.at, kind: e.kind, from: e.from_stage, to: e.to_stage, note: e.note_sealed ? this.d.hub.vault.unseal(e.note_sealed) : null,
        nextAt: e.next_at, ref: e.ref, by: e.by,
      })),
    };
  }

  /** What the person sees: the stages with how far the record has come, and dated entries without notes. */
  private publicView(r: CaseRow): CasePublic {
    const flow = this.flowOfType(r.case_type);
    const events = this.store.events(r.id);
    const reached = new Set(events.map((e) => e.to_stage).filter((s): s is string => !!s));
    const stage = flow.stages.find((s) => s.id === r.stage)!;
    const label = (id: string | null) => flow.stages.find((s) => s.id === id)?.label ?? null;
    return {
      flowId: flow.id, title: flow.title, nameMasked: r.name_masked, stage: { id: stage.id, label: stage.label, describe: stage.describe },
      stages: flow.stages.map((s) => ({ id: s.id, label: s.label, reached: reached.has(s.id), current: s.id === r.stage })),
      owner: r.owner, nextAt: r.next_at, updatedAt: r.updated_at,
      history: events.map((e) => ({ at: e.at, kind: e.kind, stage: label(e.to_stage) })).reverse().slice(0, 20),
    };
  }
}
