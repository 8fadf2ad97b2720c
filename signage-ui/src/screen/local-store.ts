/**
 * What a screen keeps on its own disk (IndexedDB), so it plays on while the hub is away and after a reload:
 * which revision it plays and the one before, where the broker is, its zone, the alerts it holds, and the
 * plays the hub has not accepted yet. Small promise wrappers over the raw API; no library.
 */
const DB = 'jobhall-signage';
const VERSION = 1;

function req<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

let opened: Promise<IDBDatabase> | null = null;

function db(): Promise<IDBDatabase> {
  opened ??= new Promise((resolve, reject) => {
    const r = indexedDB.open(DB, VERSION);
    r.onupgradeneeded = () => {
      r.result.createObjectStore('kv');
      r.result.createObjectStore('plays', { keyPath: 'id' });
    };
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  return opened;
}

async function store(name: 'kv' | 'plays', mode: IDBTransactionMode): Promise<IDBObjectStore> {
  return (await db()).transaction(name, mode).objectStore(name);
}

export async function getValue<T>(key: string): Promise<T | undefined> {
  return (await req((await store('kv', 'readonly')).get(key))) as T | undefined;
}

export async function setValue(key: string, value: unknown): Promise<void> {
  await req((await store('kv', 'readwrite')).put(value, key));
}

/** Plays wait here, by their own id, until the hub has them; a write survives the tab closing. */
export async function addPlays<T extends { id: string }>(plays: T[]): Promise<void> {
  if (!plays.length) return;
  const s = await store('plays', 'readwrite');
  await Promise.all(plays.map((p) => req(s.put(p))));
}

export async function oldestPlays<T>(limit: number): Promise<T[]> {
  const s = await store('plays', 'readonly');
  return (await req(s.getAll(null, limit))) as T[];
}

export async function deletePlays(ids: string[]): Promise<void> {
  if (!ids.length) return;
  const s = await store('plays', 'readwrite');
  await Promise.all(ids.map((id) => req(s.delete(id))));
}

export async function countPlays(): Promise<number> {
  return req((await store('plays', 'readonly')).count());
}

/** Every value whose key starts with `prefix` (the pointers of every screen page this browser has run). */
export async function valuesWithPrefix<T>(prefix: string): Promise<T[]> {
  const s = await store('kv', 'readonly');
  return (await req(s.getAll(IDBKeyRange.bound(prefix, `${prefix}\uffff`)))) as T[];
}
