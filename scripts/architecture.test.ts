/**
 * The hub's structure rules, checked on every `npm test`:
 *  - no import cycle between capability folders (hub-server/src/features/<capability>/);
 *  - infra/ is plumbing: it imports nothing from features/;
 *  - the contract is bundled by browsers and agents: it imports nothing from infra/ or features/;
 *  - each table is read and written by one capability's SQL: others ask that capability.
 * Capabilities reach each other through the interfaces they decorate and through domain events, and the
 * plugin list in app.ts orders them; an import cycle here is two capabilities that know too much of each other.
 * Test files are left out: a test may set up another capability's data to assert on its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(root, 'hub-server/src');

interface Edge {
  from: string;
  to: string;
}

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** Every relative import of a file (static, type-only, re-export and dynamic), resolved to a path under src. */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
  return info.importedFiles
    .map((f) => f.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => path.relative(src, path.resolve(path.dirname(file), name)));
}

const files = sources(src).map((f) => ({ rel: path.relative(src, f), imports: importsOf(f) }));
const capabilityOf = (rel: string) => (rel.startsWith('features/') ? rel.split('/')[1]! : null);

/** File-level edges between two different capability folders. */
const crossings: Edge[] = files.flatMap(({ rel, imports }) => {
  const from = capabilityOf(rel);
  return from ? imports.filter((to) => capabilityOf(to) && capabilityOf(to) !== from).map((to) => ({ from: rel, to })) : [];
});

/** Elementary cycles of the capability graph, each as a closed path ["a", "b", "a"], found by DFS from each node. */
function cycles(edges: Edge[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const e of edges) {
    const a = capabilityOf(e.from)!;
    const b = capabilityOf(e.to)!;
    if (!next.has(a)) next.set(a, new Set());
    next.get(a)!.add(b);
  }
  const found = new Map<string, string[]>();
  const walk = (start: string, at: string, trail: string[]) => {
    for (const b of next.get(at) ?? []) {
      if (b === start) {
        // One report per cycle, whichever capability it is seen from.
        const key = [...trail].sort().join(' ');
        if (!found.has(key)) found.set(key, [...trail, start]);
      } else if (!trail.includes(b) && b > start) walk(start, b, [...trail, b]);
    }
  };
  for (const a of [...next.keys()].sort()) walk(a, a, [a]);
  return [...found.values()];
}

/** For one step a → b of a cycle, the files that make it. */
const because = (a: string, b: string) =>
  crossings.filter((e) => capabilityOf(e.from) === a && capabilityOf(e.to) === b).map((e) => `      ${e.from} → ${e.to}`);

test('no import cycle between capability folders', () => {
  const found = cycles(crossings);
  const report = found.map((c) => {
    const steps = c.slice(1).map((b, i) => [`    ${c[i]} → ${b}`, ...because(c[i]!, b).slice(0, 3)].join('\n'));
    return `  ${c.join(' → ')}\n${steps.join('\n')}`;
  });
  if (report.length) console.log(`capability import cycles:\n${report.join('\n')}`);
  assert.is(found.length, 0, `${found.length} import cycle(s) between capabilities:\n${report.join('\n')}`);
});

test('infra/ imports nothing from features/', () => {
  const wrong = files.filter((f) => f.rel.startsWith('infra/')).flatMap((f) => f.imports.filter((i) => i.startsWith('features/')).map((i) => `${f.rel} → ${i}`));
  if (wrong.length) console.log(`infra importing features:\n  ${wrong.join('\n  ')}`);
  assert.equal(wrong, []);
});

test('the contract imports nothing from infra/ or features/', () => {
  const wrong = files.filter((f) => f.rel.startsWith('contract/'))
    .flatMap((f) => f.imports.filter((i) => !i.startsWith('contract/')).map((i) => `${f.rel} → ${i}`));
  assert.equal(wrong, []);
});

/**
 * Tables every capability may use: `meta` holds one-off markers under each capability's own key
 * ("seeded:signage", "jobs:index-vocabulary").
 */
const SHARED_TABLES = new Set(['meta']);

test('each table belongs to one capability: no other runs SQL on it', () => {
  const migrations = path.join(root, 'hub-server/migrations');
  const tables = fs.readdirSync(migrations).flatMap((f) =>
    [...fs.readFileSync(path.join(migrations, f), 'utf8').matchAll(/CREATE (?:VIRTUAL )?TABLE (?:IF NOT EXISTS )?(\w+)/g)].map((m) => m[1]!));
  const users = new Map<string, Set<string>>();
  for (const f of files) {
    const capability = capabilityOf(f.rel);
    if (!capability) continue;
    const source = fs.readFileSync(path.join(src, f.rel), 'utf8');
    for (const table of tables) {
      if (SHARED_TABLES.has(table) || !new RegExp(`\\b(FROM|JOIN|INTO|UPDATE)\\s+${table}\\b`).test(source)) continue;
      if (!users.has(table)) users.set(table, new Set());
      users.get(table)!.add(capability);
    }
  }
  const shared = [...users].filter(([, by]) => by.size > 1).map(([table, by]) => `${table}: ${[...by].sort().join(', ')}`);
  assert.ok(tables.includes('tickets') && users.get('tickets')?.has('queue'), 'the check reads the migrations and the SQL');
  assert.equal(shared, []);
});

test('the check sees the hub: every capability folder and its imports are parsed', () => {
  const capabilities = new Set(files.map((f) => capabilityOf(f.rel)).filter(Boolean));
  assert.ok(capabilities.has('queue') && capabilities.has('printing'), [...capabilities].join(', '));
  assert.ok(files.find((f) => f.rel === 'app.ts')?.imports.some((i) => i.startsWith('features/')), 'app.ts lists the capabilities');
});

test.run();
