import type { CvFlow, Lang, ScalarAnswer, Seeker } from '@jobhall/hub-server/contract';
import { loadVocabulary } from '@jobhall/ui-kit';

/**
 * What a signed-in seeker's registration says for the CV's fields (the definition's `prefill`): the work they
 * want and their certificates by name, their skills, education and years of work. Nothing that identifies them:
 * their name and phone are theirs to type, and to choose whether to print.
 */
export async function prefillAnswers(def: Pick<CvFlow, 'prefill'>, seeker: Seeker, lang: Lang): Promise<Record<string, ScalarAnswer>> {
  const entries = Object.entries(def.prefill);
  if (!entries.length) return {};
  const vocab = await loadVocabulary();
  const sep = lang === 'zh' ? '、' : ', ';
  const out: Record<string, ScalarAnswer> = {};
  for (const [field, from] of entries) {
    switch (from) {
      case 'wantedOccupations': {
        const names = seeker.wantedOccupations.map((c) => vocab.occupations.find((o) => o.code === c)?.name).filter((x): x is string => !!x);
        if (names.length) out[field] = names.join(sep);
        break;
      }
      case 'certificates': {
        const names = seeker.certificates.map((c) => vocab.certificates.find((x) => x.code === c)?.name).filter((x): x is string => !!x);
        if (names.length) out[field] = names.join(sep);
        break;
      }
      case 'skills':
        if (seeker.skills.length) out[field] = seeker.skills.join(sep);
        break;
      case 'education':
        out[field] = seeker.education;
        break;
      case 'experienceYears':
        out[field] = seeker.experienceYears;
        break;
    }
  }
  return out;
}
