import fs from 'node:fs';
import path from 'node:path';
import { ServiceGuide } from '../../contract/index.ts';
import { ContentError, readContentFile, type Catalogue } from '../../infra/content.ts';

/** content/guides/<id>.json, each checked against the contract and against the catalogue it belongs to. */
export function loadGuides(contentDir: string, catalogue: Catalogue): Map<string, ServiceGuide> {
  const dir = path.join(contentDir, 'guides');
  const guides = new Map<string, ServiceGuide>();
  if (!fs.existsSync(dir)) return guides;
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const guide = readContentFile(dir, file, ServiceGuide);
    if (`${guide.id}.json` !== file) throw new ContentError(`${path.join(dir, file)}: id: "${guide.id}" does not match the file name`);
    if (!catalogue.service(guide.id)) throw new ContentError(`${path.join(dir, file)}: id: no service function ${guide.id}`);
    guides.set(guide.id, guide);
  }
  return guides;
}
