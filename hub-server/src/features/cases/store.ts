import type { Db } from '../../infra/db.ts';

export interface CaseRow {
  id: string;
  case_type: string;
  flow_id: string;
  seeker_id: string | null;
  id_hash: string;
  id_masked: string;
  name_masked: string;
  check_hash: string | null;
  stage: string;
  owner: string | null;
  next_at: string | null;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

export interface CaseEventRow {
  case_id: string;
  at: string;
  kind: 'opened' | 'stage' | 'follow-up';
  from_stage: string | null;
  to_stage: string | null;
  note_sealed: string | null;
  next_at: string | null;
  ref: string | null;
  by: string;
}

/** case_records and case_events: the cases capability's tables. */
export class CaseStore {
  private readonly stmts;

  constructor(db: Db) {
    this.stmts = {
      insert: db.prepare(
        `INSERT INTO case_records (id, case_type, flow_id, seeker_id, id_hash, id_masked, name_masked, check_hash, stage, owner, next_at, created_at, updated_at, updated_by)
         VALUES (@id, @case_type, @flow_id, @seeker_id, @id_hash, @id_masked, @name_masked, @check_hash, @stage, @owner, @next_at, @created_at, @updated_at, @updated_by)`,
      ),
      event: db.prepare(
        `INSERT INTO case_events (case_id, at, kind, from_stage, to_stage, note_sealed, next_at, ref, by)
         VALUES (@case_id, @at, @kind, @from_stage, @to_stage, @note_sealed, @next_at, @ref, @by)`,
      ),
      update: db.prepare(
        `UPDATE case_records SET stage = @stage, owner = @owner, next_at = @next_at, check_hash = COALESCE(@check_hash, check_hash),
           updated_at = @updated_at, updated_by = @updated_by WHERE id = @id AND stage = @from`,
      ),
      byId: db.prepare('SELECT * FROM case_records WHERE id = ?'),
      byPerson: db.prepare('SELECT * FROM case_records WHERE case_type = ? AND id_hash = ?'),
      byCheck: db.prepare('SELECT * FROM case_records WHERE check_hash = ? AND case_type = ?'),
      bySeeker: db.prepare('SELECT * FROM case_records WHERE seeker_id = ? ORDER BY updated_at DESC'),
      byIdHash: db.prepare('SELECT * FROM case_records WHERE id_hash = ? ORDER BY updated_at DESC'),
      byFlow: db.prepare('SELECT * FROM case_records WHERE flow_id = ? ORDER BY COALESCE(next_at, updated_at) LIMIT 200'),
      recent: db.prepare('SELECT * FROM case_records ORDER BY updated_at DESC LIMIT 200'),
      events: db.prepare('SELECT * FROM case_events WHERE case_id = ? ORDER BY id'),
    };
  }

  insert(row: CaseRow): void {
    this.stmts.insert.run(row);
  }

  addEvent(e: CaseEventRow): void {
    this.stmts.event.run(e);
  }

  /** Moves a record on from the stage it was read at; false when someone else moved it first. */
  update(row: Pick<CaseRow, 'id' | 'stage' | 'owner' | 'next_at' | 'check_hash' | 'updated_at' | 'updated_by'> & { from: string }): boolean {
    return this.stmts.update.run(row).changes === 1;
  }

  byId(id: string): CaseRow | undefined {
    return this.stmts.byId.get(id) as CaseRow | undefined;
  }

  byPerson(caseType: string, idHash: string): CaseRow | undefined {
    return this.stmts.byPerson.get(caseType, idHash) as CaseRow | undefined;
  }

  byCheck(checkHash: string, caseType: string): CaseRow | undefined {
    return this.stmts.byCheck.get(checkHash, caseType) as CaseRow | undefined;
  }

  bySeeker(seekerId: string): CaseRow[] {
    return this.stmts.bySeeker.all(seekerId) as CaseRow[];
  }

  byIdHash(idHash: string): CaseRow[] {
    return this.stmts.byIdHash.all(idHash) as CaseRow[];
  }

  list(flowId?: string): CaseRow[] {
    return (flowId ? this.stmts.byFlow.all(flowId) : this.stmts.recent.all()) as CaseRow[];
  }

  events(caseId: string): CaseEventRow[] {
    return this.stmts.events.all(caseId) as CaseEventRow[];
  }
}
