import type { z } from 'zod';
import type { DraftResumed, DraftSaved, FormFlow, SaveDraftBody } from '../../contract/index.ts';
import type { HubContext } from '../../infra/context.ts';
import { HttpError, fieldError } from '../../infra/errors.ts';
import { newDraftCode } from './reference.ts';
import type { FormStore } from './store.ts';

/** Three days: long enough to fetch a missing paper and come back, short enough not to keep answers idle. */
export const DRAFT_TTL_MS = 72 * 60 * 60 * 1000;

/**
 * 暂存 (save and continue later): the answers so far sealed whole under a one-time 8-digit code. The code is
 * stored only as a keyed hash; using it deletes the draft, and so does its expiry.
 */
export class FormDrafts {
  constructor(
    private readonly hub: HubContext,
    private readonly store: FormStore,
  ) {}

  private hash(code: string): string {
    return this.hub.vault.lookupHash(`draft:${code}`);
  }

  save(form: FormFlow, body: z.infer<typeof SaveDraftBody>): z.infer<typeof DraftSaved> {
    if (!form.saveForLater) throw fieldError(409, 'params.flowId', `${form.id} cannot be saved for later`, 'NO_DRAFTS');
    if (!form.functions.includes(body.serviceId)) throw fieldError(422, 'body.serviceId', `${form.id} is not a form of ${body.serviceId}`);
    if (!form.pages.some((p) => p.id === body.page)) throw fieldError(422, 'body.page', `${form.id} has no page ${body.page}`);
    const now = this.hub.now();
    const expiresAt = new Date(now.getTime() + DRAFT_TTL_MS).toISOString();
    const sealed = this.hub.vault.seal(JSON.stringify({ answers: body.answers, page: body.page }));
    return this.hub.db.transaction(() => {
      this.store.dropExpiredDrafts(now.toISOString());
      let code = newDraftCode();
      // A clash with a live draft is one in tens of millions; draw again rather than overwrite it.
      for (;;) {
        try {
          this.store.saveDraft(this.hash(code), { flow_id: form.id, flow_version: form.version, service_id: body.serviceId, sealed, expires_at: expiresAt }, now.toISOString());
          break;
        } catch (err) {
          if (!String(err).includes('UNIQUE')) throw err;
          code = newDraftCode();
        }
      }
      return { code, expiresAt };
    })();
  }

  /** The draft behind a code, removed as it is read; null when there is none, a 410 when it has expired. */
  resume(code: string): z.infer<typeof DraftResumed> | null {
    const now = this.hub.now().toISOString();
    const row = this.store.takeDraft(this.hash(code));
    if (!row) return null;
    if (row.expires_at <= now) {
      throw new HttpError(410, 'DRAFT_EXPIRED', 'body.code: this code has expired', [{ path: 'body.code', message: 'expired' }],
        { zh: '这个暂存码已过期，请重新填写', en: 'This code has expired; please fill in the form again' });
    }
    const { answers, page } = JSON.parse(this.hub.vault.unseal(row.sealed)) as { answers: Record<string, unknown>; page: string };
    return { flowId: row.flow_id, serviceId: row.service_id, version: row.flow_version, page, answers };
  }
}
