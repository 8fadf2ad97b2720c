export * from './api.ts';
export * from './i18n.ts';
export * from './realtime.ts';
export * from './theme.ts';
export * from './icons.ts';
export * from './vocabulary.ts';
