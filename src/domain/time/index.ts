/** Local dates and wall-clock time in a zone: the public face of `src/domain/time`. */
export * from './local-date.js';
export * from './second.js';
export * from './time-zone.js';
