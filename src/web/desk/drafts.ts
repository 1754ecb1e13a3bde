/**
 * Replies being typed, kept per ticket in this tab's sessionStorage: a reply survives a session
 * that expires (the user signs in again and finds it), and while one is being typed the ticket's
 * background refresh holds off, so it never sends the user to sign-in mid-sentence.
 */
import { useCallback, useState } from 'react';

const keyOf = (ticketId: string) => `pacta.draft.${ticketId}`;

function stored(ticketId: string): string {
  try {
    return window.sessionStorage.getItem(keyOf(ticketId)) ?? '';
  } catch {
    return '';
  }
}

function store(ticketId: string, body: string) {
  try {
    if (body === '') window.sessionStorage.removeItem(keyOf(ticketId));
    else window.sessionStorage.setItem(keyOf(ticketId), body);
  } catch {
    // storage full or refused: the draft still lives in the form
  }
}

/** Whether a reply to `ticketId` is being typed (something is in its draft). */
export function hasDraft(ticketId: string): boolean {
  return stored(ticketId).trim() !== '';
}

/** The draft of a reply to `ticketId`: its text, a setter that keeps it, and `clear` once sent. */
export function useDraft(ticketId: string): [string, (body: string) => void, () => void] {
  const [body, setBody] = useState(() => stored(ticketId));
  const change = useCallback(
    (next: string) => {
      setBody(next);
      store(ticketId, next);
    },
    [ticketId],
  );
  const clear = useCallback(() => change(''), [change]);
  return [body, change, clear];
}
