import { config } from 'zod';

/**
 * Imported first by every app entry, before any schema exists. The hub's Content-Security-Policy allows no
 * eval, and zod probes for it (new Function) when it builds an object schema: Chromium reports even a caught
 * probe as a CSP violation. Without JIT zod parses the same, only without compiled fast paths.
 */
config({ jitless: true });
