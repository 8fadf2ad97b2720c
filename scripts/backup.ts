/**
 * `npm run backup -- <file>`: a consistent online backup of the hall's database (the one under DATA_DIR) while the
 * hub runs. `npm run backup -- --restore <file>` puts one back; stop the hub first.
 */
import { loadConfig } from '../hub-server/src/config.ts';
import { backupDatabase, databaseFile, restoreDatabase } from '../hub-server/src/infra/backup.ts';

const args = process.argv.slice(2);
const restore = args.includes('--restore');
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npm run backup -- <file>            back up the hall database to <file>\n       npm run backup -- --restore <file>  restore it (stop the hub first)');
  process.exit(2);
}
const { dataDir } = loadConfig();
try {
  if (restore) {
    const { file: into, keptAs } = restoreDatabase(file, dataDir);
    console.log(`restored ${file} into ${into}${keptAs ? `; the previous database is kept as ${keptAs}` : ''}`);
  } else {
    const r = await backupDatabase(databaseFile(dataDir), file);
    console.log(`backed up ${databaseFile(dataDir)} to ${r.file}: ${r.pages} pages, ${(r.bytes / 1024 / 1024).toFixed(1)} MiB, integrity ok`);
  }
} catch (err) {
  console.error(`backup: ${(err as Error).message}`);
  process.exit(1);
}
