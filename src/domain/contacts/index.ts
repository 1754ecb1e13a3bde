/**
 * Contacts and privacy (seed 003 "Gestión RGPD"): people and companies apart from sign-in users,
 * rectification with a trace, the stored-data declaration every module makes, access
 * exports and anonymisation plans derived from it, the replayable anonymisation log and retention
 * rules. Pure; instants, ids and pseudonyms come in as arguments.
 */

export {
  type AnonymisationLogEntry,
  assertLogsAgree,
  nextLogEntry,
  parseLog,
  type RestoredState,
  replaySelection,
  serialiseLog,
} from './anonymisation-log.js';
export {
  type CompanyContact,
  type Contact,
  type ContactKind,
  type ContactLanguage,
  type ContactState,
  companyFieldSchemas,
  contactKinds,
  contactLanguages,
  customFieldName,
  displayName,
  fieldSchema,
  fieldValue,
  flattenContact,
  type PersonContact,
  parseField,
  personFieldSchemas,
  type Salutation,
  salutations,
} from './contact.js';
export {
  type AnonymisationPlan,
  anonymiseContact,
  type ErasedValue,
  type ErasureStep,
  type ErasureTarget,
  type ExportStep,
  erasureTarget,
  exportPlan,
  planAnonymisation,
  pseudonymEmail,
  pseudonymFrom,
  pseudonymiseValues,
  type Replacement,
} from './erasure.js';
export { type ContactRule, contactError, contactRules } from './errors.js';
export {
  assertNotHeld,
  checkHoldReason,
  type HoldTarget,
  type LegalHold,
  liftHold,
  placeHold,
} from './legal-hold.js';
export {
  type AnonymiseAction,
  type Coverage,
  checkStoredData,
  type Locator,
  locatorHolds,
  looksPersonal,
  type NotPersonal,
  type SchemaColumn,
  type StoredData,
  type SubjectId,
  type SubjectRows,
  storedDataCoverage,
} from './personal-data.js';
export { type Rectification, type Rectified, rectify } from './rectification.js';
export {
  checkRetentionRules,
  type KeptReason,
  type RetentionCandidate,
  type RetentionRule,
  type RetentionSelection,
  selectForRetention,
} from './retention.js';
export { contactFromUser, linkUser, type SignInUser } from './sign-in.js';
export {
  redacted,
  redactTrace,
  type TraceAction,
  type TraceEntry,
  traceActions,
  traceOf,
} from './trace.js';
