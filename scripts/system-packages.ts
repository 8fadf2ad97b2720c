import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

/** A Debian package the tests or the demo need, and how to tell it is there. */
export interface SystemPackage {
  name: string;
  why: string;
  present(): boolean;
}

const has = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;

export const CHROMIUM: SystemPackage = {
  name: 'chromium',
  why: 'browser tests drive the real kiosk, signage and admin pages',
  present: () => fs.existsSync('/usr/bin/chromium'),
};
export const CJK_FONT: SystemPackage = {
  name: 'fonts-wqy-microhei',
  why: 'Chinese text renders as empty boxes without a CJK font',
  present: () => {
    try {
      return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim().length > 0;
    } catch {
      return false;
    }
  },
};
export const MOSQUITTO: SystemPackage = {
  name: 'mosquitto',
  why: 'the external-broker suite runs against a real Mosquitto',
  present: () => fs.existsSync('/usr/sbin/mosquitto') || has('which', ['mosquitto']),
};

/**
 * Installs what is missing with apt-get when running as root; otherwise stops with the exact packages to
 * install. Nothing is downloaded from anywhere but Debian's archive.
 */
export function ensurePackages(packages: SystemPackage[], log: (line: string) => void = console.log): void {
  const missing = packages.filter((p) => !p.present());
  if (!missing.length) return;
  const names = missing.map((p) => p.name);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    const why = missing.map((p) => `  ${p.name}: ${p.why}`).join('\n');
    throw new Error(`missing system packages:\n${why}\ninstall them with:\n  sudo apt-get install -y --no-install-recommends ${names.join(' ')}`);
  }
  log(`installing system packages: ${names.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...names], { stdio: 'inherit', env });
  const still = missing.filter((p) => !p.present()).map((p) => p.name);
  if (still.length) throw new Error(`apt-get ran but these are still missing: ${still.join(' ')}`);
}
