/**
 * Licences: every package JobHall ships can be combined with its own licence, the notice lists exactly what is
 * installed, and the SPDX expression reader treats OR, AND and parentheses as SPDX defines them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { PROJECT_LICENCE, compatible } from './policy.ts';
import { noticeText, shippedPackages } from './shipped.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

test('the project and every workspace declare the project licence, and LICENSE is its text', () => {
  for (const dir of ['.', 'hub-server', 'device-agents', 'ui-kit', 'kiosk-ui', 'signage-ui', 'admin-ui']) {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, dir, 'package.json'), 'utf8')) as { license?: string };
    assert.is(pkg.license, PROJECT_LICENCE, `${dir}/package.json`);
  }
  assert.match(fs.readFileSync(path.join(root, 'LICENSE'), 'utf8'), 'GNU GENERAL PUBLIC LICENSE\n                       Version 3, 29 June 2007');
});

test('every shipped package has a licence that can ship under GPL-3.0-or-later', () => {
  const packages = shippedPackages(root);
  assert.ok(packages.length > 50, `found the installed packages (${packages.length})`);
  assert.ok(packages.some((p) => p.name === 'espeak-ng' && p.licence.startsWith('GPL-3.0')), 'espeak-ng (GPL-3.0) is among them');
  assert.equal(packages.filter((p) => !compatible(p.licence)).map((p) => `${p.name}@${p.version}: ${p.licence}`), []);
});

test('THIRD_PARTY_NOTICES.md is what `npm run licences` writes from the installed packages', () => {
  const committed = fs.readFileSync(path.join(root, 'THIRD_PARTY_NOTICES.md'), 'utf8');
  const fresh = noticeText(shippedPackages(root), PROJECT_LICENCE);
  assert.ok(committed === fresh, 'THIRD_PARTY_NOTICES.md is stale: run `npm run licences` and commit it');
});

test('SPDX expressions: OR needs one compatible side, AND needs both, parentheses group', () => {
  assert.ok(compatible('MIT'));
  assert.ok(compatible('(MIT OR WTFPL)'));
  assert.ok(compatible('(BSD-2-Clause OR MIT OR Apache-2.0)'));
  assert.ok(compatible('GPL-2.0+'), 'GPL-2.0+ is "or later", which includes 3');
  assert.ok(compatible('Apache-2.0 WITH LLVM-exception'));
  assert.not.ok(compatible('GPL-2.0-only'), 'GPL-2.0-only cannot combine with GPL-3.0');
  assert.not.ok(compatible('SSPL-1.0'));
  assert.not.ok(compatible('MIT AND CC-BY-NC-4.0'), 'a non-commercial part taints the whole');
  assert.ok(compatible('(GPL-2.0-only OR MIT) AND ISC'));
  assert.not.ok(compatible('UNKNOWN'));
});

test.run();
