/**
 * No raw API message ever reaches a kiosk screen: a refusal is shown as the hub's sentence for the public
 * (`text`), the form's own words for the field it names, or the kiosk's apology (problem.ts). This reads the
 * kiosk's source for the ways a technical message used to slip through — an error's `message`, an issue's
 * `message`, `String(err)` (an issue's path may be read, to mark its field) — so a new screen cannot bring them back unnoticed.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const src = path.dirname(fileURLToPath(import.meta.url));
const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
  const full = path.join(dir, f);
  return statSync(full).isDirectory() ? files(full) : f.endsWith('.ts') && !f.endsWith('.test.ts') ? [full] : [];
});
const RAW = [/\berr(or)?\.message\b/, /\(err as Error\)\.message/, /\bi\.message\b/, /String\(\(?err\b/, /\.issues\.map\([^;]*\.message/];

test('no kiosk source puts an error\'s own message on screen', () => {
  const found: string[] = [];
  for (const file of files(src)) {
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      for (const re of RAW) if (re.test(line)) found.push(`${path.relative(src, file)}:${i + 1}: ${line.trim()}`);
    });
  }
  assert.equal(found, []);
});

test.run();
