import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { BenchRow } from './table.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The budget for what /kiosk/ loads before the first tap. */
export const KIOSK_BUDGET_KB = 100;

/** One chunk as vite's build manifest (build.manifest) describes it. */
interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export const kb = (bytes: number) => bytes / 1024;

function readManifest(app: string): Manifest {
  const file = path.join(root, app, 'dist', '.vite', 'manifest.json');
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: build the apps with build.manifest on (npm run build)`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
}

/**
 * The chunks a page loads before anything is tapped: its entry and, transitively, every chunk the entry
 * imports statically. Chunks reached only through import() load when a screen first opens, so they are not
 * counted here.
 */
export function initialChunks(manifest: Manifest, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the manifest has no chunk ${key}`);
    seen.add(key);
    for (const next of chunk.imports ?? []) visit(next);
  };
  visit(entry);
  return [...seen].map((k) => manifest[k]!.file);
}

/** Gzipped size of a built file in bytes (default zlib level, as vite's own report counts it). */
function gzipped(app: string, file: string): number {
  return gzipSync(fs.readFileSync(path.join(root, app, 'dist', file))).length;
}

export function measure(app: string, entry = 'index.html') {
  const manifest = readManifest(app);
  const initial = initialChunks(manifest, entry).filter((f) => f.endsWith('.js'));
  const all = [...new Set(Object.values(manifest).map((c) => c.file))].filter((f) => f.endsWith('.js'));
  const size = (files: string[]) => files.reduce((n, f) => n + gzipped(app, f), 0);
  return { initial: size(initial), initialFiles: initial.length, all: size(all), allFiles: all.length };
}

/**
 * What each app's first page costs in JavaScript, in KB gzipped, from the vite build output: the entry's
 * static import graph. The kiosk has a budget (issue 12: ≤ 100 KB); signage and admin are printed to watch.
 */
export async function benchBundles(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const [app, label] of [['kiosk-ui', '/kiosk/'], ['signage-ui', '/signage/'], ['admin-ui', '/admin/']] as const) {
    const m = measure(app);
    const budget = app === 'kiosk-ui' ? KIOSK_BUDGET_KB : undefined;
    rows.push({
      area: 'bundles', name: `${label} initial JS`, value: kb(m.initial), unit: 'KB gz',
      ...(budget ? { target: `≤ ${budget} KB`, ok: kb(m.initial) <= budget } : {}),
      note: `the entry and its static imports (the MQTT client included: ui-kit's mqtt-lite): ${m.initialFiles} of ${m.allFiles} chunks`,
    });
    rows.push({ area: 'bundles', name: `${label} all JS`, value: kb(m.all), unit: 'KB gz', note: 'every chunk, loaded or not' });
  }
  return rows;
}
