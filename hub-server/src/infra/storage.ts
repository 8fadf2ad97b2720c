import fs from 'node:fs';
import type { Db } from './db.ts';

/** What a failed SQLite call says about the disk under the hall's data folder. */
export type StorageFault = 'full' | 'read-only' | 'io';

/** The fault behind an error, or null for an error that is not about storage (a bug, a constraint, bad input). */
export function storageFault(err: unknown): StorageFault | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return 'full';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') return 'read-only';
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN')) return 'io';
  return null;
}

/**
 * Why the hub cannot keep its data in `dir`, or null: a folder that cannot be created, is read-only or has no
 * room. Checked before start-up so the hall's operator reads one sentence instead of SQLite's stack trace.
 */
export function dataDirProblem(dir: string): string | null {
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (err) {
    const fault = storageFault(err);
    return fault === 'read-only'
      ? `the data folder ${dir} is on a read-only disk; remount it read-write or set DATA_DIR to a writable folder`
      : `the data folder ${dir} cannot be written (${(err as NodeJS.ErrnoException).code ?? String(err)}); set DATA_DIR to a writable folder`;
  }
  const s = fs.statfsSync(dir);
  if (s.bavail * s.bsize < MIN_FREE_BYTES) return `the disk under the data folder ${dir} is full; free some space (at least 1 MiB)`;
  return null;
}

/**
 * Below this much free space the hall is as good as full: a day's tickets and registrations are a few MiB, and
 * SQLite needs room for its write-ahead log before it can write anything at all.
 */
export const MIN_FREE_BYTES = 1024 * 1024;

/**
 * The state of the data folder as health reports it. A write refused for lack of space (or a read-only disk)
 * is remembered, so health stays red until the disk has room and is writable again *and* a real write goes
 * through; free space alone is not proof, since SQLite may also need the room to grow its log.
 */
export class StorageHealth {
  private fault: StorageFault | null = null;

  constructor(
    private readonly dataDir: string,
    private readonly db: Db,
  ) {}

  /** Called by the error handler when a request failed on storage. */
  failed(fault: StorageFault): void {
    this.fault = fault;
  }

  /** 'ok', or what is wrong with the disk now. */
  check(): 'ok' | StorageFault {
    const disk = this.disk();
    if (disk !== 'ok') return disk;
    if (!this.fault) return 'ok';
    try {
      // A write that must reach the file: the same path a ticket takes.
      this.db.prepare('INSERT INTO storage_probe (id, at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET at = excluded.at')
        .run(new Date().toISOString());
      this.fault = null;
      return 'ok';
    } catch (err) {
      this.fault = storageFault(err) ?? 'io';
      return this.fault;
    }
  }

  private disk(): 'ok' | StorageFault {
    try {
      fs.accessSync(this.dataDir, fs.constants.W_OK);
    } catch (err) {
      return storageFault(err) ?? 'read-only';
    }
    try {
      const s = fs.statfsSync(this.dataDir);
      return s.bavail * s.bsize < MIN_FREE_BYTES ? 'full' : 'ok';
    } catch {
      return 'io';
    }
  }
}
