import { FlowDefinition } from '../../contract/index.ts';
import type { Db } from '../../infra/db.ts';
import { ContentError } from '../../infra/content.ts';
import type { LoadedFlow } from './load.ts';

/**
 * The versions of every definition ever loaded (flow_versions). A definition is recorded the first time its
 * (id, version) is seen; the same pair with another content stops start-up, because submissions made under
 * the old text would then point at words their applicants never read.
 */
export class FlowVersions {
  constructor(private readonly db: Db) {}

  record(flows: readonly LoadedFlow[], at: string): void {
    const find = this.db.prepare<[string, number], { hash: string; first_loaded_at: string }>('SELECT hash, first_loaded_at FROM flow_versions WHERE flow_id = ? AND version = ?');
    const insert = this.db.prepare('INSERT INTO flow_versions (flow_id, version, hash, definition, first_loaded_at) VALUES (?, ?, ?, ?, ?)');
    this.db.transaction(() => {
      for (const f of flows) {
        const { id, version } = f.definition;
        const known = find.get(id, version);
        if (!known) insert.run(id, version, f.hash, f.canonical, at);
        else if (known.hash !== f.hash) {
          throw new ContentError(`${f.file}: version: ${version} was first loaded on ${known.first_loaded_at} with other content; raise the version to change the definition`);
        }
      }
    })();
  }

  /** A version as its file read when it was first loaded; null for a version never loaded. */
  definition(id: string, version: number): FlowDefinition | null {
    const row = this.db.prepare<[string, number], { definition: string }>('SELECT definition FROM flow_versions WHERE flow_id = ? AND version = ?').get(id, version);
    return row ? FlowDefinition.parse(JSON.parse(row.definition)) : null;
  }
}
