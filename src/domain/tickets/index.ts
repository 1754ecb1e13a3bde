/** Ticket vocabulary and status machine: the public face of `src/domain/tickets`. */

export * from './audience.js';
export * from './errors.js';
export * from './escalation.js';
export * from './history.js';
export * from './queue.js';
export * from './status.js';
export * from './vocabulary.js';
