import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

export type Db = Database.Database;

const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../migrations');

/**
 * Opens the hall's SQLite file. WAL lets readers (signage, health) run beside the single writer;
 * synchronous=FULL because a ticket or a registration the hub has acknowledged must survive a power cut,
 * not just a process crash.
 */
export function openDatabase(file: string): Db {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Another process (a backup, the bench) may hold the write lock briefly; wait rather than fail.
  db.pragma('busy_timeout = 5000');
  // Search and matching read the vacancy tables constantly: a 64 MiB page cache and memory-mapped reads keep
  // the hot pages out of the read() path (the hub's machine has memory to spare; 256 MiB is a ceiling).
  db.pragma('cache_size = -65536');
  db.pragma('mmap_size = 268435456');
  // Savepoints (each ticket in a group commit has one) copy every page they touch to a sub-journal, which
  // spills to a temp file past 64 KiB: 60 small writes per ticket. Kept in memory the sub-journal costs
  // nothing on disk, and it never needed to survive a crash (the WAL does that).
  db.pragma('temp_store = MEMORY');
  return db;
}

interface MigrationFile {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.sql')).sort();
  const seen = new Set<number>();
  return files.map((file) => {
    const match = /^(\d{4})-([a-z0-9-]+)\.sql$/.exec(file);
    if (!match) throw new Error(`migration file ${file}: name must be NNNN-name.sql`);
    const version = Number(match[1]);
    if (seen.has(version)) throw new Error(`migration ${match[1]} appears twice`);
    seen.add(version);
    const sql = fs.readFileSync(path.join(dir, file), 'utf8');
    return { version, name: match[2]!, sql, checksum: crypto.createHash('sha256').update(sql).digest('hex') };
  });
}

/**
 * Forward-only migrations: each numbered file runs once, in its own transaction. An applied file that has since
 * been edited, or a database written by a newer JobHall, stops start-up instead of guessing.
 */
export function migrate(db: Db, migrations = readMigrations()): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const applied = new Map(
    db.prepare('SELECT version, checksum FROM schema_migrations').all().map((r) => {
      const row = r as { version: number; checksum: string };
      return [row.version, row.checksum] as const;
    }),
  );
  const known = new Set(migrations.map((m) => m.version));
  for (const version of applied.keys()) {
    if (!known.has(version)) throw new Error(`database has migration ${version}, which this version of JobHall does not know`);
  }
  const ran: number[] = [];
  const record = db.prepare('INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)');
  for (const m of migrations) {
    const done = applied.get(m.version);
    if (done !== undefined) {
      if (done !== m.checksum) throw new Error(`migration ${m.version}-${m.name} was edited after it was applied; add a new migration instead`);
      continue;
    }
    // A table rebuild (SQLite cannot drop a constraint in place) must run with foreign keys off, which
    // SQLite only allows outside a transaction; such a migration says so on its first line, and every
    // reference is checked before its transaction commits.
    const rebuild = m.sql.startsWith('-- jobhall: foreign_keys=off');
    if (rebuild) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        db.exec(m.sql);
        if (rebuild) {
          const broken = db.pragma('foreign_key_check') as unknown[];
          if (broken.length) throw new Error(`migration ${m.version}-${m.name} leaves ${broken.length} broken references`);
        }
        record.run(m.version, m.name, m.checksum, new Date().toISOString());
      })();
    } finally {
      if (rebuild) db.pragma('foreign_keys = ON');
    }
    ran.push(m.version);
  }
  return ran;
}
