import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export interface BackupResult {
  file: string;
  bytes: number;
  pages: number;
}

/** Where the hall's database lives in its data folder (the hub opens the same path). */
export function databaseFile(dataDir: string): string {
  return path.join(dataDir, 'jobhall.sqlite');
}

/**
 * A consistent copy of a live database, taken with SQLite's online backup API while the hub keeps writing: the
 * copy is one point in time (the backup restarts itself if a write lands mid-copy), checked with
 * `PRAGMA integrity_check`, and only then moved into place, so a half-written file is never left at `target`.
 */
export async function backupDatabase(source: string, target: string): Promise<BackupResult> {
  if (!fs.existsSync(source)) throw new Error(`no database at ${source}`);
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const progress = await db.backup(partial);
    const check = new Database(partial, { readonly: true });
    try {
      const result = check.pragma('integrity_check', { simple: true });
      if (result !== 'ok') throw new Error(`the backup failed its integrity check: ${String(result)}`);
    } finally {
      check.close();
    }
    fs.renameSync(partial, target);
    return { file: target, bytes: fs.statSync(target).size, pages: progress.totalPages };
  } catch (err) {
    fs.rmSync(partial, { force: true });
    throw err;
  } finally {
    db.close();
  }
}

/**
 * Puts a backup back as the hall's database. The hub must be stopped: its open connection would keep writing
 * to the file being replaced. The old database is kept beside it as `<name>.before-restore`.
 */
export function restoreDatabase(backup: string, dataDir: string): { file: string; keptAs: string | null } {
  const check = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    const result = check.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`${backup} failed its integrity check: ${String(result)}`);
  } finally {
    check.close();
  }
  const file = databaseFile(dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  let keptAs: string | null = null;
  if (fs.existsSync(file)) {
    // Fold the old WAL into the file first, so what is kept aside is complete on its own.
    const old = new Database(file);
    old.pragma('wal_checkpoint(TRUNCATE)');
    old.close();
    keptAs = `${file}.before-restore`;
    fs.renameSync(file, keptAs);
  }
  for (const ext of ['-wal', '-shm']) fs.rmSync(`${file}${ext}`, { force: true });
  fs.copyFileSync(backup, `${file}.partial`);
  fs.renameSync(`${file}.partial`, file);
  return { file, keptAs };
}
