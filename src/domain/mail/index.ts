/** Mail rules (classification, threading, quoting, approvals, senders, limits): the public face of `src/domain/mail`. */
export * from './address.js';
export * from './approval.js';
export * from './approval-request.js';
export * from './auth.js';
export * from './classify.js';
export * from './errors.js';
export * from './fate.js';
export * from './message.js';
export * from './new-ticket.js';
export * from './notices.js';
export * from './quote.js';
export * from './rate-limit.js';
export * from './returned.js';
export * from './sender.js';
export * from './threading.js';
