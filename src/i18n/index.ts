/**
 * Pacta's i18n layer, shared by the server, the browser, mail and reports (pure TypeScript, no
 * Node or DOM APIs): one catalog per language and module (`en/<module>.ts`, `es/<module>.ts`),
 * and the one path that puts the domain's codes into words — messages, plurals, error codes, SLA
 * explanations, charge reasons and the fates of received mail.
 */

export { approvalDuration, approvalSubjectLine, approvalSummaryText } from './approval-text.js';
export type { Catalog, MessageKey, ParamArgs, Translation } from './catalog.js';
export { entryReasonText, reasonPhrase, reasonText } from './charge-reasons.js';
export type { ApiErrorCode } from './codes.js';
export {
  type ExplanationLanguage,
  type ExplanationLocale,
  explain,
  explainInEnglish,
  explainTimeline,
  explanationLanguages,
  type Formatters,
  formattersFor,
} from './explain.js';
export { fateReasonText } from './fate-reasons.js';
export { localDateText } from './local-date.js';
export { type MailBody, mailBody } from './mail-body.js';
export { localDecimal, moneyText, numberMarks } from './money.js';
export {
  catalogs,
  defaultLocale,
  errorText,
  type FieldIssueCode,
  fieldErrorText,
  interpolate,
  isLocale,
  issueText,
  type Locale,
  locales,
  negotiateLocale,
  type PluralKey,
  requestedLocale,
  ruleText,
  translate,
  translatePlural,
} from './translate.js';
export { criticalityWord, kindWord } from './words.js';
