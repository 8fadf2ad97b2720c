import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import {
  HallFile, ServicesFile,
  type Counter, type DeviceEntry, type Kiosk, type Module, type QueueLine, type ServiceFunction,
} from '../contract/index.ts';

/** A content file that failed its schema: the message names the file and the field. */
export class ContentError extends Error {}

export function readContentFile<S extends z.ZodType>(dir: string, name: string, schema: S): z.output<S> {
  const file = path.join(dir, name);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ContentError(`${file}: ${(err as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new ContentError(`${file}: ${i.path.join('.') || '(file)'}: ${i.message}`);
  }
  return parsed.data;
}

/**
 * The hall and its service catalogue, read from content/ at start-up. Only a queue line's operating settings
 * (hours, quota, times) change while the hub runs, when staff adjust them (see features/queue/settings.ts).
 */
export interface Catalogue {
  hall: HallFile;
  modules: Module[];
  services: ServiceFunction[];
  service(id: string): ServiceFunction | undefined;
  module(id: string): Module | undefined;
  queue(id: string): QueueLine | undefined;
  counter(id: string): Counter | undefined;
  kiosk(id: string): Kiosk | undefined;
  device(id: string): DeviceEntry | undefined;
  /** Replaces a queue line's operating settings; the line keeps its id, prefix, name and counters. */
  updateQueue(id: string, settings: Pick<QueueLine, 'hours' | 'dailyQuota' | 'typicalServiceMinutes' | 'serviceLevelMinutes'>): void;
}

function index<T extends { id: string }>(items: T[], what: string, file: string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    if (map.has(item.id)) throw new ContentError(`${file}: ${what} "${item.id}" appears twice`);
    map.set(item.id, item);
  }
  return map;
}

export function loadCatalogue(dir: string): Catalogue {
  const hall = readContentFile(dir, 'hall.json', HallFile);
  const catalogue = readContentFile(dir, 'services.json', ServicesFile);
  const hallFile = path.join(dir, 'hall.json');
  const servicesFile = path.join(dir, 'services.json');
  const modules = index(catalogue.modules, 'module', servicesFile);
  const services = index(catalogue.functions, 'function', servicesFile);
  const queues = index(hall.queues, 'queue', hallFile);
  const counters = index(hall.counters, 'counter', hallFile);
  const kiosks = index(hall.kiosks, 'kiosk', hallFile);
  const devices = index(hall.devices, 'device', hallFile);

  // Cross-references are checked here so a typo in content stops start-up instead of a visitor's ticket.
  const prefixes = new Map<string, string>();
  hall.queues.forEach((q, i) => {
    const other = prefixes.get(q.prefix);
    if (other) throw new ContentError(`${hallFile}: queues.${i}.prefix: "${q.prefix}" is already used by queue "${other}"`);
    prefixes.set(q.prefix, q.id);
    q.counters.forEach((c, j) => {
      if (!counters.has(c)) throw new ContentError(`${hallFile}: queues.${i}.counters.${j}: unknown counter "${c}"`);
    });
  });
  hall.kiosks.forEach((k, i) => {
    if (k.printer && devices.get(k.printer)?.kind !== 'printer') {
      throw new ContentError(`${hallFile}: kiosks.${i}.printer: "${k.printer}" is not a printer in devices`);
    }
    if (k.cardReader && devices.get(k.cardReader)?.kind !== 'card-reader') {
      throw new ContentError(`${hallFile}: kiosks.${i}.cardReader: "${k.cardReader}" is not a card reader in devices`);
    }
  });
  const windows = new Set<number>();
  hall.counters.forEach((c, i) => {
    if (windows.has(c.window)) throw new ContentError(`${hallFile}: counters.${i}.window: window ${c.window} appears twice`);
    windows.add(c.window);
  });
  catalogue.functions.forEach((f, i) => {
    if (!modules.has(f.id.split('.')[0]!)) throw new ContentError(`${servicesFile}: functions.${i}.id: no module for "${f.id}"`);
    if (f.queue && !queues.has(f.queue)) throw new ContentError(`${servicesFile}: functions.${i}.queue: unknown queue "${f.queue}"`);
    if (f.flows.includes('ticket') && !f.queue) throw new ContentError(`${servicesFile}: functions.${i}.queue: a ticket flow needs a queue`);
  });

  return {
    hall,
    modules: catalogue.modules,
    services: catalogue.functions,
    service: (id) => services.get(id),
    module: (id) => modules.get(id),
    queue: (id) => queues.get(id),
    counter: (id) => counters.get(id),
    kiosk: (id) => kiosks.get(id),
    device: (id) => devices.get(id),
    updateQueue(id, settings) {
      const i = hall.queues.findIndex((q) => q.id === id);
      if (i < 0) throw new ContentError(`no queue line ${id}`);
      const line = { ...hall.queues[i]!, ...settings };
      hall.queues[i] = line;
      queues.set(id, line);
    },
  };
}
