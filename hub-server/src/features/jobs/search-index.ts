import type { Db } from '../../infra/db.ts';
import { RUN_BREAK, districtTag, indexText } from './bigram.ts';
import { BENEFIT_ZH, EMPLOYMENT_ZH, LABEL_ZH, PAY_PERIOD_ZH, PROGRAMME_ZH, SHIFT_ZH } from './labels.ts';
import type { VacancyRow } from './vacancy-store.ts';
import type { Vocabulary } from '../vocabulary/vocabulary.ts';

/** Bump when the indexed document changes shape: the index is rebuilt at the next start. */
export const INDEX_FORMAT = 2;

/**
 * Keeps vacancy_fts in step with the approved vacancies. Called inside the transaction that approves or
 * unpublishes, so a vacancy is searchable the moment its approval commits, and never after it is withdrawn.
 */
export class SearchIndex {
  private readonly stmts;

  constructor(
    db: Db,
    private readonly vocab: Vocabulary,
  ) {
    this.stmts = {
      insert: db.prepare('INSERT INTO vacancy_fts (rowid, title, body) VALUES (?, ?, ?)'),
      remove: db.prepare('DELETE FROM vacancy_fts WHERE rowid = ?'),
      clear: db.prepare('DELETE FROM vacancy_fts'),
    };
  }

  /**
   * The body holds everything a seeker may type for this vacancy: its text, the employer, the occupation's
   * name and every synonym (so 保姆 finds a 家政服务员 vacancy that never says 保姆), the district, the
   * skills and certificates, and the Chinese words for its shifts, pay period and benefits.
   */
  document(r: VacancyRow): { title: string; body: string } {
    const occ = this.vocab.occupation(r.occupation_code);
    const list = (json: string) => JSON.parse(json) as string[];
    const words = [
      r.description, r.employer_name, occ ? [occ.name, ...occ.synonyms].join(' ') : '', this.vocab.district(r.district)?.name ?? '',
      r.address ?? '', r.work_location ?? '', list(r.skills).join(' '), list(r.preferred_skills).join(' '),
      list(r.certificates).map((c) => this.vocab.certificate(c)?.name ?? '').join(' '),
      list(r.shifts).map((s) => SHIFT_ZH[s as keyof typeof SHIFT_ZH]).join(' '),
      list(r.benefits).map((b) => BENEFIT_ZH[b as keyof typeof BENEFIT_ZH]).join(' '),
      list(r.labels).map((l) => LABEL_ZH[l as keyof typeof LABEL_ZH]).join(' '),
      PAY_PERIOD_ZH[r.pay_period as keyof typeof PAY_PERIOD_ZH], EMPLOYMENT_ZH[r.employment_type as keyof typeof EMPLOYMENT_ZH],
      r.programme === 'local' ? '' : PROGRAMME_ZH[r.programme as keyof typeof PROGRAMME_ZH],
      r.meals ? '包吃' : '', r.lodging ? '包住' : '', r.meals && r.lodging ? '包吃住' : '', r.piece_rate ? '计件' : '',
    ];
    return { title: indexText(r.title), body: `${indexText(words.filter(Boolean).join('，'))} ${RUN_BREAK} ${districtTag(r.district)}` };
  }

  add(r: VacancyRow): void {
    const doc = this.document(r);
    this.stmts.remove.run(r.id);
    this.stmts.insert.run(r.id, doc.title, doc.body);
  }

  remove(id: number): void {
    this.stmts.remove.run(id);
  }

  /** Rebuilds the whole index from the approved rows (after a vocabulary change). */
  rebuild(rows: Iterable<VacancyRow>): number {
    this.stmts.clear.run();
    let n = 0;
    for (const r of rows) {
      const doc = this.document(r);
      this.stmts.insert.run(r.id, doc.title, doc.body);
      n++;
    }
    return n;
  }
}
