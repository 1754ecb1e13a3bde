import type { Principal } from '../../domain/identity/policy.js';
import { type Reader, readerOf } from '../../domain/knowledge/index.js';

/** The kind of reader a principal is: the installation itself reads like the provider's staff. */
export function readerOfPrincipal(principal: Principal): Reader {
  return 'system' in principal ? 'staff' : readerOf(principal.role);
}
