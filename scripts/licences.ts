/**
 * `npm run licences`: writes THIRD_PARTY_NOTICES.md from the installed production packages and stops with the
 * list of any whose licence cannot ship under the project's (the same check `npm test` runs).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_LICENCE, compatible } from './licences/policy.ts';
import { noticeText, shippedPackages } from './licences/shipped.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const packages = shippedPackages(root);
fs.writeFileSync(path.join(root, 'THIRD_PARTY_NOTICES.md'), noticeText(packages, PROJECT_LICENCE));
const bad = packages.filter((p) => !compatible(p.licence));
console.log(`THIRD_PARTY_NOTICES.md: ${packages.length} packages`);
if (bad.length) {
  console.error(`cannot ship under ${PROJECT_LICENCE}:\n${bad.map((p) => `  ${p.name}@${p.version}: ${p.licence}`).join('\n')}`);
  process.exit(1);
}
