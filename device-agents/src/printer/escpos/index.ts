export * from './commands.ts';
export * from './encoder.ts';
export * from './decoder.ts';
export * from './status.ts';
