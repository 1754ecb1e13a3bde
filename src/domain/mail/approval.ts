/**
 * Approvals by mail (seed 004: "Todas las aprobaciones deberán ocurrir a través del canal
 * oficial que es el correo electrónico"): the decision-maker answers the approval mail with
 * APROBADO/APPROVED or RECHAZADO/REJECTED as the first word of the reply, a reason optional.
 */

/** What a reply to an approval mail (or one of its links) decides. */
export const approvalDecisions = ['approved', 'rejected'] as const;
/** One of {@link approvalDecisions}. */
export type ApprovalDecision = (typeof approvalDecisions)[number];

/** A decision read from a reply, with the word as written and the reason that followed it. */
export interface ApprovalReply {
  readonly decision: ApprovalDecision;
  readonly word: string;
  readonly reason: string | null;
}

const decisionWords: Record<string, ApprovalDecision> = {
  APROBADO: 'approved',
  APPROVED: 'approved',
  RECHAZADO: 'rejected',
  REJECTED: 'rejected',
};

const firstWord = /^[^\p{L}\p{N}]*([\p{L}\p{M}]+)/u;
const leadingPunctuation = /^[\s.,:;!¡?¿\-–—*_"'»«)]+/u;

/**
 * The decision in the new text of a reply (its quoted history already stripped), or null when
 * its first word is none of the four. Case and accents do not matter: "aprobado", "Aprobádo".
 */
export function parseApprovalReply(replyText: string): ApprovalReply | null {
  const text = replyText.trimStart();
  const match = firstWord.exec(text);
  const word = match?.[1];
  if (match === null || word === undefined) return null;
  const decision = decisionWords[foldWord(word)];
  if (decision === undefined) return null;
  const reason = text.slice(match[0].length).replace(leadingPunctuation, '').trim();
  return { decision, word, reason: reason === '' ? null : reason };
}

/** A word upper-cased with its accents removed. */
function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
}
