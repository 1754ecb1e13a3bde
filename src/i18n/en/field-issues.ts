/** English phrases for what is wrong with one field, from the API's validation issue codes. */

/** English field-issue phrases; the keys of every language. */
export const fieldIssues = {
  'issue.required': 'Required',
  'issue.empty': 'Cannot be left empty',
  'issue.invalid_type': 'Not the expected kind of value',
  'issue.too_small.string': 'Enter at least {minimum} characters',
  'issue.too_small.number': 'Enter {minimum} or more',
  'issue.too_small.array': 'Choose at least {minimum}',
  'issue.too_big.string': 'Enter at most {maximum} characters',
  'issue.too_big.number': 'Enter {maximum} or less',
  'issue.too_big.array': 'Choose at most {maximum}',
  'issue.invalid_format.uuid': 'Choose one of the options offered',
  'issue.invalid_format.email': 'Enter an email address, like ana@example.com',
  'issue.invalid_format': 'Not in the expected format',
  'issue.invalid_value': 'Choose one of: {values}',
  'issue.unrecognized_keys': 'Not a field this form has',
  'issue.invalid': 'Not valid',
  'issue.someField': 'A field',
} as const;
