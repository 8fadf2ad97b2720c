import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { FlowDefinition } from '../../contract/index.ts';
import { ContentError, type Catalogue } from '../../infra/content.ts';

/** A definition as loaded: parsed, and its file's content in a canonical form (keys sorted) with its hash. */
export interface LoadedFlow {
  file: string;
  definition: FlowDefinition;
  canonical: string;
  hash: string;
}

/** JSON with every object's keys sorted, so a reformatted file is the same definition. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v);
}

function parseFile(file: string): { raw: unknown; definition: FlowDefinition } {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ContentError(`${file}: ${(err as Error).message}`);
  }
  const parsed = FlowDefinition.safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new ContentError(`${file}: ${i.path.join('.') || '(file)'}: ${i.message}`);
  }
  return { raw, definition: parsed.data };
}

/**
 * content/flows/*.json, each checked against the meta-schema and against the hall: its id is its file name,
 * the functions, queue lines and forms it names exist. A bad file stops start-up naming the file and the path.
 */
export function loadFlows(contentDir: string, catalogue: Catalogue): LoadedFlow[] {
  const dir = path.join(contentDir, 'flows');
  if (!fs.existsSync(dir)) return [];
  const loaded = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((name) => {
    const file = path.join(dir, name);
    const { raw, definition } = parseFile(file);
    const canonical = canonicalJson(raw);
    return { file, definition, canonical, hash: crypto.createHash('sha256').update(canonical).digest('hex') };
  });
  const byId = new Map(loaded.map((l) => [l.definition.id, l.definition]));
  for (const { file, definition: d } of loaded) {
    const fail = (at: string, message: string) => new ContentError(`${file}: ${at}: ${message}`);
    if (`${d.id}.json` !== path.basename(file)) throw fail('id', `"${d.id}" does not match the file name`);
    d.functions.forEach((f, i) => {
      if (!catalogue.service(f)) throw fail(`functions.${i}`, `no service function ${f}`);
    });
    if (d.kind === 'form' && d.outcome.queue) {
      if (!catalogue.queue(d.outcome.queue)) throw fail('outcome.queue', `unknown queue "${d.outcome.queue}"`);
      // The result screen offers that line's ticket through a function of the form handled there.
      if (!d.functions.some((f) => catalogue.service(f)?.queue === d.outcome.queue)) throw fail('outcome.queue', `none of the form's functions is handled on "${d.outcome.queue}"`);
    }
    if (d.kind === 'status') {
      d.forms.forEach((f, i) => {
        if (byId.get(f)?.kind !== 'form') throw fail(`forms.${i}`, `"${f}" is not a form in content/flows`);
      });
    }
    if (d.kind === 'calculator' && d.preApply && byId.get(d.preApply)?.kind !== 'form') throw fail('preApply', `"${d.preApply}" is not a form in content/flows`);
    if (d.kind === 'catalogue' && d.signUp) {
      const to = byId.get(d.signUp);
      if (to?.kind !== 'form' && to?.kind !== 'booking') throw fail('signUp', `"${d.signUp}" is not a form or a booking in content/flows`);
      // The sign-up opens at /kiosk/services/<function>/<flow>: it must be offered on one of the catalogue's pages.
      if (!to.functions.some((f) => d.functions.includes(f))) throw fail('signUp', `"${d.signUp}" is offered on none of this catalogue's functions`);
    }
  }
  return loaded;
}
