import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A small disk of its own for a hub's data folder: a tmpfs of `sizeMiB`, mounted for the test (needs root, which
 * `npm test` runs as to install its system packages). It fills up and goes read-only for real, unlike a
 * simulated error.
 */
export class SmallDisk {
  private ballastFd: number | null = null;

  private constructor(readonly dir: string) {}

  static mount(sizeMiB: number): SmallDisk {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobhall-disk-'));
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeMiB}m,mode=0755`, 'tmpfs', dir], { stdio: 'pipe' });
    } catch (err) {
      fs.rmdirSync(dir);
      throw new Error(`mounting a ${sizeMiB} MiB tmpfs needs root (run the tests as root): ${(err as Error).message}`);
    }
    return new SmallDisk(dir);
  }

  get freeBytes(): number {
    const s = fs.statfsSync(this.dir);
    return s.bavail * s.bsize;
  }

  /** Fills what is left with a ballast file, until the kernel says ENOSPC. */
  fill(): void {
    const chunk = Buffer.alloc(64 * 1024, 0x55);
    this.ballastFd ??= fs.openSync(path.join(this.dir, 'ballast'), 'a');
    for (let size = chunk.length; size >= 1; size = Math.floor(size / 2)) {
      try {
        for (;;) fs.writeSync(this.ballastFd, chunk, 0, size);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
      }
    }
  }

  /** Space comes back: the ballast is deleted. */
  free(): void {
    if (this.ballastFd !== null) fs.closeSync(this.ballastFd);
    this.ballastFd = null;
    fs.rmSync(path.join(this.dir, 'ballast'), { force: true });
  }

  /** Remounts read-only (only possible while no file on it is open for writing) or read-write again. */
  remount(mode: 'ro' | 'rw'): void {
    execFileSync('mount', ['-o', `remount,${mode}`, this.dir], { stdio: 'pipe' });
  }

  unmount(): void {
    this.free();
    execFileSync('umount', [this.dir], { stdio: 'pipe' });
    fs.rmdirSync(this.dir);
  }
}
