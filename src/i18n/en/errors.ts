/** English messages of every API error code: a sentence for the page and a short phrase for a field. */
import type { ApiErrorCode } from '../codes.js';

type ErrorKeys = `error.${ApiErrorCode}` | `fieldError.${ApiErrorCode}`;

/** English errors messages; the keys of every language. */
export const errors = {
  'error.title': 'Something went wrong',
  'error.unknown': 'The server reported a problem we have no description for.',
  'error.invalid_input': 'Some of the data is not valid. Check the highlighted fields.',
  'error.invalid_calendar': 'The calendar is not valid. Check the highlighted fields.',
  'error.not_found': 'What you are looking for does not exist or is out of your reach.',
  'error.conflict': 'This clashes with a record that already exists.',
  'error.unauthenticated': 'You need to sign in.',
  'error.forbidden': 'Your role does not allow this.',
  'error.rate_limited': 'Too many attempts. Wait a moment and try again.',
  'error.rule_violation': 'This breaks a business rule.',
  'error.unavailable': 'The service is not available right now. Try again in a moment.',
  'error.malformed_json': 'The request was not valid JSON.',
  'error.unsupported_media_type': 'The request was sent in a format the server does not accept.',
  'error.payload_too_large': 'The request is too large.',
  'error.route_not_found': 'This address does not exist on the server.',
  'error.method_not_allowed': 'This operation is not allowed here.',
  'error.internal': 'Something failed on the server. Quote the reference when reporting it.',
  'error.network': 'The server could not be reached. Check your connection and try again.',
  'error.bad_response': 'The server gave an answer that could not be read.',

  'fieldError.invalid_input': 'Not valid',
  'fieldError.invalid_calendar': 'Not valid in a calendar',
  'fieldError.not_found': 'Does not exist',
  'fieldError.conflict': 'Already in use',
  'fieldError.unauthenticated': 'Sign in first',
  'fieldError.forbidden': 'Not allowed for your role',
  'fieldError.rate_limited': 'Too many attempts',
  'fieldError.rule_violation': 'Breaks a business rule',
  'fieldError.unavailable': 'Not available right now',
  'fieldError.malformed_json': 'Not valid JSON',
  'fieldError.unsupported_media_type': 'Format not accepted',
  'fieldError.payload_too_large': 'Too large',
  'fieldError.route_not_found': 'Unknown address',
  'fieldError.method_not_allowed': 'Not allowed',
  'fieldError.internal': 'Server error',
  'fieldError.network': 'No connection',
  'fieldError.bad_response': 'Unreadable answer',
} as const satisfies Record<ErrorKeys, string> & Record<string, string>;
