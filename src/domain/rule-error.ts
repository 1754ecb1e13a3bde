/**
 * A broken business rule as a code with parameters (never English text to parse), so every edge
 * renders it in the user's language from the catalog key `<module>.rule.<rule>`. It maps to
 * `rule_violation` at the HTTP edge like every other rule error.
 */
import { DomainError, type ErrorPath } from './errors.js';

/** Values a rule message is rendered with: ids, dates, instants (epoch ms), counts and lists. */
export type RuleParams = Readonly<Record<string, string | number | readonly string[]>>;

/** A broken rule of module `module`: `rule` and `params` say what; the message is for developers. */
export class RuleError<R extends string = string> extends DomainError {
  constructor(
    readonly module: string,
    readonly rule: R,
    readonly params: RuleParams,
    message: string,
    path?: ErrorPath,
  ) {
    super('rule_violation', message, path);
  }

  /** The catalog key the edges render this error with. */
  get messageKey(): `${string}.rule.${R}` {
    return `${this.module}.rule.${this.rule}`;
  }

  /** The rule as an answer carries it: its message key, and its parameters with lists joined. */
  toAnswer(): { rule: string; params: Record<string, string | number> } {
    const params = Object.fromEntries(
      Object.entries(this.params).map(([key, value]) => [
        key,
        typeof value === 'string' || typeof value === 'number' ? value : value.join(', '),
      ]),
    );
    return { rule: this.messageKey, params };
  }
}

/** A module's error maker: `fail(rule, params, message, path?)` builds its {@link RuleError}. */
export function ruleErrors<R extends string>(module: string) {
  return (rule: R, params: RuleParams, message: string, path?: ErrorPath): RuleError<R> =>
    new RuleError(module, rule, params, message, path);
}
