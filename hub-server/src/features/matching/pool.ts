import type { VacancyService } from '../jobs/vacancies.ts';
import type { Vocabulary } from '../jobs/vocabulary.ts';
import { VacancyColumns } from './columns.ts';

/**
 * The matching pool: every approved vacancy loaded into columns at start-up, then kept in step by the vacancy
 * lifecycle (published → upsert, unpublished → remove), so a vacancy approved a moment ago is matched at once.
 */
export function openMatchingPool(vocab: Vocabulary, vacancies: VacancyService): VacancyColumns {
  const columns = new VacancyColumns(vocab);
  for (const row of vacancies.store.approved()) columns.upsert(row);
  vacancies.on('published', (row) => columns.upsert(row));
  vacancies.on('unpublished', (id) => columns.remove(id));
  return columns;
}
