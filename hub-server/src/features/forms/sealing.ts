import { formFields, type Answers, type FormFlow } from '../../contract/index.ts';
import type { IdentityVault } from '../../infra/vault.ts';

/**
 * A submission's answers as stored: the personal ones (and any group holding one) sealed together by the
 * identity vault, the rest readable for the staff's lists. A copied database file shows no ID number, name,
 * phone, health or income.
 */
export interface StoredAnswers {
  open: Answers;
  sealed: string | null;
}

/** The fields whose answers are sealed: personal ones, and groups with a personal field inside. */
export function personalFields(form: Pick<FormFlow, 'pages'>): Set<string> {
  const out = new Set<string>();
  for (const { field, group } of formFields(form)) {
    if (field.type === 'group' || !field.personal) continue;
    out.add(group ?? field.id);
  }
  return out;
}

export function sealAnswers(form: Pick<FormFlow, 'pages'>, answers: Answers, vault: IdentityVault): StoredAnswers {
  const personal = personalFields(form);
  const open: Answers = {};
  const secret: Answers = {};
  for (const [k, v] of Object.entries(answers)) (personal.has(k) ? secret : open)[k] = v;
  return { open, sealed: Object.keys(secret).length ? vault.seal(JSON.stringify(secret)) : null };
}

export function unsealAnswers(stored: StoredAnswers, vault: IdentityVault): Answers {
  return { ...stored.open, ...(stored.sealed ? (JSON.parse(vault.unseal(stored.sealed)) as Answers) : {}) };
}
