/**
 * `npm test`: checks the system packages (installing them as root), builds the apps, starts a real Mosquitto,
 * then runs every test file in its own process and ends with one line: "N passed, N failed".
 *
 *   npm test                 every test
 *   npm test -- queue        only files whose path contains "queue"
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, CJK_FONT, MOSQUITTO, ensurePackages } from './system-packages.ts';
import { buildApps } from './build-apps.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEARCH = ['content', 'hub-server/src', 'device-agents/src', 'ui-kit/src', 'kiosk-ui/src', 'signage-ui/src', 'admin-ui/src', 'scripts', 'e2e'];
/** A file that has not finished in this long is stuck; it is killed and counted as failed. */
const FILE_TIMEOUT_MS = 5 * 60 * 1000;

function findTests(filter: string | undefined): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.test.ts')) out.push(path.relative(root, full));
    }
  };
  for (const d of SEARCH) walk(path.join(root, d));
  return out.filter((f) => !filter || f.includes(filter)).sort();
}

interface FileResult {
  file: string;
  passed: number;
  failed: number;
  skipped: number;
  output: string;
  ms: number;
}

/** uvu prints "Total: N / Passed: N / Skipped: N"; a file that crashes or hangs before that counts as 1 failed. */
function runFile(file: string, env: NodeJS.ProcessEnv): Promise<FileResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', file], {
      cwd: root,
      env: { ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    child.stdout.on('data', (d) => (output += String(d)));
    child.stderr.on('data', (d) => (output += String(d)));
    const timer = setTimeout(() => {
      output += `\n[test runner] ${file} did not finish in ${FILE_TIMEOUT_MS / 1000} s; killed\n`;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {}
    }, FILE_TIMEOUT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      // Whatever the file started and left running (its own Mosquitto, a browser) goes with it.
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {}
      // eslint-disable-next-line no-control-regex
      const clean = output.replace(/\x1b\[[0-9;]*m/g, '');
      const num = (label: string) => Number(new RegExp(`${label}:\\s+(\\d+)`).exec(clean)?.[1] ?? NaN);
      const total = num('Total');
      const passed = num('Passed');
      const skipped = num('Skipped') || 0;
      let result: FileResult;
      if (Number.isNaN(total) || Number.isNaN(passed)) {
        result = { file, passed: 0, failed: 1, skipped: 0, output: clean, ms: Date.now() - started };
      } else {
        const failed = total - passed - skipped + (code !== 0 && total === passed + skipped ? 1 : 0);
        result = { file, passed, failed, skipped, output: clean, ms: Date.now() - started };
      }
      resolve(result);
    });
  });
}

async function main() {
  const filter = process.argv.slice(2).find((a) => !a.startsWith('-'));
  const files = findTests(filter);
  const browser = files.filter((f) => f.endsWith('.browser.test.ts'));
  const rest = files.filter((f) => !f.endsWith('.browser.test.ts'));

  ensurePackages([CHROMIUM, CJK_FONT, MOSQUITTO]);
  if (browser.length) {
    console.log('building the apps for the browser tests…');
    await buildApps({ ifStale: true, quiet: true });
  }

  // Each file that needs an external broker starts its own Mosquitto (e2e/hall.ts): files run two at a time,
  // and two halls on one shared broker have the same hall id and device ids, so each took over the other's
  // agent sessions (MQTT client-id takeover) and read the other's answers.
  const results: FileResult[] = [];
  const report = (r: FileResult) => {
    results.push(r);
    const mark = r.failed ? 'FAIL' : 'ok  ';
    console.log(`${mark} ${r.file}  (${r.passed} passed${r.failed ? `, ${r.failed} failed` : ''}, ${(r.ms / 1000).toFixed(1)} s)`);
    if (r.failed) console.log(r.output.split('\n').map((l) => `     ${l}`).join('\n'));
  };
  // Two at a time for the in-process tests (2 cores); browser tests one at a time.
  const queue = [...rest];
  const worker = async () => {
    for (let f = queue.shift(); f; f = queue.shift()) report(await runFile(f, process.env));
  };
  await Promise.all([worker(), worker()]);
  for (const f of browser) report(await runFile(f, process.env));

  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  console.log(`\n${results.length} test files`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
});
