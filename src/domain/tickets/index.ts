/** Ticket vocabulary and status machine: the public face of `src/domain/tickets`. */
export * from './status.js';
export * from './vocabulary.js';
