/**
 * Domain errors carry a stable code, never an HTTP status: the edge (src/http/errors.ts)
 * maps every code exhaustively, so adding a code without deciding its status fails to compile.
 */

/** Every error code the domain and the use-cases can raise. */
export const errorCodes = [
  'invalid_input',
  'invalid_calendar',
  'not_found',
  'conflict',
  'unauthenticated',
  'forbidden',
  'rate_limited',
  'rule_violation',
  'unavailable',
] as const;

/** One of {@link errorCodes}. */
export type ErrorCode = (typeof errorCodes)[number];

/** Where in the input the problem is, e.g. `week.mon[1][0]` or `body.email`. */
export type ErrorPath = string;

/** A failure the caller can act on: a code, a human message and optionally the input path at fault. */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly path?: ErrorPath,
  ) {
    super(message);
  }
}

/** One refused field among several: its path, what is wrong as a code, and the code's parameters. */
export interface FieldProblem {
  readonly path: ErrorPath;
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** Bad input at several fields at once: a batch or an upload names every refused row, not the first. */
export class InvalidFields extends DomainError {
  constructor(readonly problems: readonly FieldProblem[]) {
    super(
      'invalid_input',
      problems.map((p) => `${p.path}: ${p.code.replaceAll('_', ' ')}`).join('; '),
      problems[0]?.path,
    );
  }
}

/** Shorthand for the most common failure: bad input at a named path. */
export function invalidInput(path: ErrorPath, message: string): DomainError {
  return new DomainError('invalid_input', message, path);
}

/** Compile-time exhaustiveness check for switches over unions. */
export function assertUnreachable(value: never): never {
  throw new Error(`unreachable: ${String(value)}`);
}
