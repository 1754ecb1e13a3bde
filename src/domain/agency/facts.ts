/**
 * The facts seed 004 §5 judges an account by, recorded as they happen (most of them by the
 * deliverable and input rules themselves): the raw material of the monthly impasse evaluation.
 */
import type { Side } from './ceremonies.js';
import type { InputKey } from './inputs.js';

/** Why the agency called the client's attention (§5, third rule). */
export const attentionCauses = [
  'off_focus_priorities',
  'late_feedback',
  'late_approvals',
  'sla_breach',
] as const;

/** One of {@link attentionCauses}. */
export type AttentionCause = (typeof attentionCauses)[number];

/** One recorded fact; `at` is when it happened (epoch ms). */
export type ImpasseFact =
  | { readonly kind: 'redo_request'; readonly at: number; readonly deliverableId: string }
  | {
      readonly kind: 'revision_round';
      readonly at: number;
      readonly deliverableId: string;
      readonly round: number;
    }
  | {
      readonly kind: 'missed_delivery';
      readonly at: number;
      readonly side: Side;
      readonly deliverableId: string;
      /** Business seconds past the deadline. */
      readonly lateSeconds: number;
    }
  | {
      readonly kind: 'call_of_attention';
      readonly at: number;
      readonly cause: AttentionCause;
      readonly note: string;
    }
  | { readonly kind: 'client_complaint'; readonly at: number; readonly note: string }
  | {
      readonly kind: 'input_not_under_control';
      readonly at: number;
      readonly until: number | null;
      readonly inputKey: InputKey;
    };

/** One of the fact kinds. */
export type FactKind = ImpasseFact['kind'];
