/**
 * Contacts and privacy (seed 003 "Gestión RGPD"): people and companies apart from sign-in users,
 * their 360° view, and the data subject's rights — access export, rectification, anonymisation —
 * each traced in the contact's history — retention rules, and the legal holds that stop them.
 */
export { anonymiseContact } from './anonymise-contact.js';
export { type ContactInput, createContact } from './create-contact.js';
export type { Anonymised } from './erase-contact.js';
export { contactAnonymised } from './events.js';
export { type ContactExport, exportContact } from './export-contact.js';
export { findContact } from './find-contact.js';
export {
  type ListedLegalHold,
  liftLegalHold,
  listLegalHolds,
  placeLegalHold,
} from './legal-holds.js';
export { listContacts } from './list-contacts.js';
export { listRetentionRules } from './list-retention-rules.js';
export type {
  AnonymisationLogRepository,
  ContactActivity,
  ContactApproval,
  ContactMeeting,
  ContactMessage,
  ContactQuery,
  ContactReader,
  ContactRepository,
  ContactsDeps,
  ContactsTx,
  ContactTicket,
  ExportedRows,
  LegalHoldRepository,
  PrivacyStore,
  PrivacySubject,
  RetentionRepository,
} from './ports.js';
export { rectifyContact } from './rectify-contact.js';
export { type ReplayReport, replayAnonymisations } from './replay-anonymisations.js';
export { type RetentionRun, runRetentionRules } from './run-retention-rules.js';
export { setRetentionRule } from './set-retention-rule.js';
export { contactsData } from './stored-data.js';
export { type ContactView, viewContact } from './view-contact.js';
