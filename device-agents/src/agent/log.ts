/** The little an agent needs from a logger; pino and console both fit. */
export interface AgentLog {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  debug(obj: object, msg?: string): void;
}

/** One JSON line per entry on stderr, like the hub's pino logs, so both read the same in a terminal. */
export function jsonLog(name: string, level: 'debug' | 'info' | 'warn' | 'error' | 'silent' = 'info'): AgentLog {
  const order = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 } as const;
  const write = (lvl: keyof typeof order) => (obj: object, msg?: string) => {
    if (order[lvl] < order[level]) return;
    process.stderr.write(`${JSON.stringify({ level: lvl, time: new Date().toISOString(), agent: name, ...obj, msg })}\n`);
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
