import fs from 'node:fs';
import path from 'node:path';
import { BlankFormSheet } from '../../contract/index.ts';
import { ContentError, readContentFile, type Catalogue } from '../../infra/content.ts';

/**
 * content/blank-forms/<id>.json, each checked: its id is its file name, its function exists. A blank-forms
 * flow naming a sheet that is not there stops start-up too.
 */
export function loadSheets(contentDir: string, catalogue: Catalogue, wanted: ReadonlyArray<{ flow: string; sheets: readonly string[] }>): Map<string, BlankFormSheet> {
  const dir = path.join(contentDir, 'blank-forms');
  const sheets = new Map<string, BlankFormSheet>();
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
  for (const name of files) {
    const sheet = readContentFile(dir, name, BlankFormSheet);
    if (`${sheet.id}.json` !== name) throw new ContentError(`${path.join(dir, name)}: id: "${sheet.id}" does not match the file name`);
    if (!catalogue.service(sheet.service)) throw new ContentError(`${path.join(dir, name)}: service: no service function ${sheet.service}`);
    sheets.set(sheet.id, sheet);
  }
  for (const { flow, sheets: ids } of wanted) {
    ids.forEach((id, i) => {
      if (!sheets.has(id)) throw new ContentError(`${path.join(contentDir, 'flows', `${flow}.json`)}: sheets.${i}: no blank form "${id}" in content/blank-forms`);
    });
  }
  return sheets;
}
