import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const APP_DIRS = ['kiosk-ui', 'signage-ui', 'admin-ui'];
/** Sources an app build depends on besides the app itself. */
const SHARED = ['ui-kit/src', 'hub-server/src/contract'];

function newest(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let t = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const full = path.join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
  }
  return t;
}

function isStale(app: string): boolean {
  const index = path.join(root, app, 'dist', 'index.html');
  if (!fs.existsSync(index)) return true;
  const built = fs.statSync(index).mtimeMs;
  return [app, ...SHARED].some((d) => newest(path.join(root, d)) > built);
}

/** Builds the three apps with vite into <app>/dist; with ifStale, only those whose sources changed. */
export async function buildApps(opts: { ifStale?: boolean; quiet?: boolean } = {}): Promise<string[]> {
  const built: string[] = [];
  for (const app of APP_DIRS) {
    if (opts.ifStale && !isStale(app)) continue;
    await build({ root: path.join(root, app), logLevel: opts.quiet ? 'warn' : 'info', configFile: path.join(root, app, 'vite.config.ts') });
    built.push(app);
  }
  return built;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const built = await buildApps({ ifStale: process.argv.includes('--if-stale') });
  console.log(built.length ? `built: ${built.join(', ')}` : 'apps are up to date');
}
