import crypto from 'node:crypto';
import type { DemandSurveyBody, DemandSurveyReport, HardToFillReason, TrainingNeed } from '../../contract/index.ts';
import type { HubContext } from '../../infra/context.ts';
import { HttpError, fieldError } from '../../infra/errors.ts';
import type { Employers } from '../employers/plugin.ts';
import type { Vocabulary } from '../vocabulary/vocabulary.ts';
import { aggregate, type Names, type SurveyRecord } from './aggregate.ts';
import { nextQuarter } from './quarter.ts';
import { serviceDay } from '../../infra/clock.ts';

interface SurveyRow {
  id: string;
  district: string;
  training_needs: string;
}
interface LineRow {
  survey_id: string;
  occupation_code: string;
  headcount: number;
  pay_min: number;
  pay_max: number;
  hard_to_fill: number;
  reasons: string;
}

/**
 * 用工调查 (3.1.7): answers are checked against the controlled lists and stored in one transaction; staff get
 * them added up per quarter. A signed-in employer's second answer in a quarter replaces its first.
 */
export class SurveyService {
  readonly names: Names;

  constructor(
    private readonly hub: HubContext,
    private readonly vocab: Vocabulary,
    private readonly employers: Pick<Employers, 'get'>,
  ) {
    this.names = {
      occupation: (code) => vocab.occupation(code)?.name ?? code,
      district: (code) => vocab.district(code)?.name ?? code,
    };
  }

  private get db() {
    return this.hub.db;
  }

  /** The quarter a survey answered today is about. */
  currentQuarter(): string {
    return nextQuarter(serviceDay(this.hub.now(), this.hub.catalogue.hall.timezone));
  }

  submit(body: DemandSurveyBody, employerId: string | null): { id: string; quarter: string; replaced: boolean } {
    const account = employerId ? this.employers.get(employerId) : null;
    const employerName = account?.name ?? body.employerName;
    if (!employerName) throw fieldError(400, 'body.employerName', 'say which employer is answering (or sign in first)');
    const district = body.district ?? account?.district ?? undefined;
    if (!district) throw fieldError(400, 'body.district', 'say where the employer is');
    if (!this.vocab.district(district)) throw fieldError(422, 'body.district', `unknown district "${district}"`);
    const minimum = this.vocab.policy.minimumWageMonthly;
    const seen = new Set<string>();
    body.demand.forEach((l, i) => {
      if (!this.vocab.occupation(l.occupationCode)) throw fieldError(422, `body.demand.${i}.occupationCode`, `unknown occupation code "${l.occupationCode}"`);
      if (seen.has(l.occupationCode)) throw fieldError(400, `body.demand.${i}.occupationCode`, 'this occupation is listed twice; add the headcounts into one line');
      seen.add(l.occupationCode);
      // Full-time pay below the city's minimum wage is unlawful (最低工资规定 第十二条); a plan below it is a typo or a problem.
      if (l.payMin < minimum) {
        throw new HttpError(422, 'BELOW_MINIMUM_WAGE', `body.demand.${i}.payMin: below the minimum wage of ${minimum} yuan a month`,
          [{ path: `body.demand.${i}.payMin`, message: `below the minimum wage of ${minimum} yuan a month` }],
          { zh: `月薪不能低于本市最低工资标准 ${minimum} 元。`, en: `Monthly pay cannot be below the minimum wage of ${minimum} yuan.` });
      }
    });
    const quarter = this.currentQuarter();
    const at = this.hub.now().toISOString();
    const id = crypto.randomUUID();
    const replaced = this.db.transaction(() => {
      let replaced = false;
      if (employerId) {
        const old = this.db.prepare('SELECT id FROM demand_surveys WHERE employer_id = ? AND quarter = ?').get(employerId, quarter) as { id: string } | undefined;
        if (old) {
          this.db.prepare('DELETE FROM demand_survey_lines WHERE survey_id = ?').run(old.id);
          this.db.prepare('DELETE FROM demand_surveys WHERE id = ?').run(old.id);
          replaced = true;
        }
      }
      this.db.prepare(
        'INSERT INTO demand_surveys (id, quarter, employer_id, employer_name, district, size, training_needs, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(id, quarter, employerId, employerName, district, body.size ?? null, JSON.stringify([...new Set(body.trainingNeeds)]), at);
      const line = this.db.prepare(
        'INSERT INTO demand_survey_lines (survey_id, occupation_code, headcount, pay_min, pay_max, hard_to_fill, reasons) VALUES (?, ?, ?, ?, ?, ?, ?)',
      );
      for (const l of body.demand) line.run(id, l.occupationCode, l.headcount, l.payMin, l.payMax, l.hardToFill ? 1 : 0, JSON.stringify([...new Set(l.reasons)]));
      return replaced;
    })();
    return { id, quarter, replaced };
  }

  report(quarter = this.currentQuarter()): DemandSurveyReport {
    const surveys = this.db.prepare('SELECT id, district, training_needs FROM demand_surveys WHERE quarter = ? ORDER BY submitted_at').all(quarter) as SurveyRow[];
    const lines = this.db.prepare(
      'SELECT l.* FROM demand_survey_lines l JOIN demand_surveys s ON s.id = l.survey_id WHERE s.quarter = ?',
    ).all(quarter) as LineRow[];
    const bySurvey = new Map<string, SurveyRecord['lines']>();
    for (const l of lines) {
      const list = bySurvey.get(l.survey_id) ?? [];
      list.push({
        occupationCode: l.occupation_code, headcount: l.headcount, payMin: l.pay_min, payMax: l.pay_max, hardToFill: l.hard_to_fill === 1,
        reasons: JSON.parse(l.reasons) as HardToFillReason[],
      });
      bySurvey.set(l.survey_id, list);
    }
    const records: SurveyRecord[] = surveys.map((s) => ({
      district: s.district, trainingNeeds: JSON.parse(s.training_needs) as TrainingNeed[], lines: bySurvey.get(s.id) ?? [],
    }));
    const quarters = (this.db.prepare('SELECT DISTINCT quarter FROM demand_surveys ORDER BY quarter DESC').all() as Array<{ quarter: string }>).map((r) => r.quarter);
    return { quarter, quarters, ...aggregate(records, this.names), generatedAt: this.hub.now().toISOString() };
  }
}
