import type { Band, CalcFigure, CalcParameter, FigureSource, FigureValue } from '../../contract/index.ts';
import type { Db } from '../../infra/db.ts';

/** A parameter's value from one day on, wherever it came from. */
export interface DatedValue {
  from: string;
  value: number | Band[] | null;
  source: FigureSource;
  /** A demo figure of the content file; a value staff approved is the hall's own. */
  demo: boolean;
}

/**
 * A parameter's values over time: the content file's, then staff's approved values in the order they were
 * approved. A later value for the same day replaces an earlier one in the reckoning (the old row stays in the
 * table as it was); a value for a new day starts there.
 */
export function timeline(param: CalcParameter, approved: readonly CalcFigure[]): DatedValue[] {
  const byDay = new Map<string, DatedValue>();
  for (const v of param.values) byDay.set(v.from, { from: v.from, value: v.value, source: 'content', demo: param.demo });
  const own = approved.filter((f) => f.parameterId === param.id).sort((a, b) => (a.decidedAt! < b.decidedAt! ? -1 : a.decidedAt! > b.decidedAt! ? 1 : a.id - b.id));
  for (const f of own) byDay.set(f.from, { from: f.from, value: f.value, source: { figureId: f.id }, demo: false });
  return [...byDay.values()].sort((a, b) => (a.from < b.from ? -1 : 1));
}

/** The value in force on a day (the latest from on or before it), or null before the first. */
export function inForce(values: readonly DatedValue[], day: string): DatedValue | null {
  let found: DatedValue | null = null;
  for (const v of values) if (v.from <= day) found = v;
  return found;
}

interface Row {
  id: number;
  flow_id: string;
  parameter_id: string;
  from_day: string;
  value: string;
  note: string;
  state: CalcFigure['state'];
  proposed_by: string;
  proposed_at: string;
  decided_by: string | null;
  decided_at: string | null;
  reason: string | null;
}

const toFigure = (r: Row): CalcFigure => ({
  id: r.id, flowId: r.flow_id, parameterId: r.parameter_id, from: r.from_day, value: JSON.parse(r.value) as FigureValue, note: r.note, state: r.state,
  proposedBy: r.proposed_by, proposedAt: r.proposed_at, decidedBy: r.decided_by, decidedAt: r.decided_at, reason: r.reason,
});

/** calc_figures: the calculators' city figures as staff set them. Only the calculators capability reads it. */
export class FigureStore {
  constructor(private readonly db: Db) {}

  propose(f: { flowId: string; parameterId: string; from: string; value: FigureValue; note: string }, by: string, at: string): CalcFigure {
    const row = this.db.prepare<unknown[], Row>(
      `INSERT INTO calc_figures (flow_id, parameter_id, from_day, value, note, state, proposed_by, proposed_at)
       VALUES (?, ?, ?, ?, ?, 'proposed', ?, ?) RETURNING *`,
    ).get(f.flowId, f.parameterId, f.from, JSON.stringify(f.value), f.note, by, at)!;
    return toFigure(row);
  }

  get(id: number): CalcFigure | null {
    const row = this.db.prepare<[number], Row>('SELECT * FROM calc_figures WHERE id = ?').get(id);
    return row ? toFigure(row) : null;
  }

  /** Moves a proposed figure to its decision; null when it was decided already (by someone else meanwhile). */
  decide(id: number, approve: boolean, by: string, at: string, reason: string | null): CalcFigure | null {
    const row = this.db.prepare<unknown[], Row>(
      `UPDATE calc_figures SET state = ?, decided_by = ?, decided_at = ?, reason = ? WHERE id = ? AND state = 'proposed' RETURNING *`,
    ).get(approve ? 'approved' : 'rejected', by, at, reason, id);
    return row ? toFigure(row) : null;
  }

  ofFlow(flowId: string): CalcFigure[] {
    return this.db.prepare<[string], Row>('SELECT * FROM calc_figures WHERE flow_id = ? ORDER BY id').all(flowId).map(toFigure);
  }

  approved(): CalcFigure[] {
    return this.db.prepare<[], Row>(`SELECT * FROM calc_figures WHERE state = 'approved' ORDER BY id`).all().map(toFigure);
  }
}
