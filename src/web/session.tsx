/**
 * Who is signed in: asks `/api/me` at start, signs in and out, and drops back to the sign-in
 * page (saying why) when any call answers 401 because the session ended.
 */
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { setUnauthenticatedListener } from './api/client.js';
import { api, type Me } from './api/endpoints.js';
import { useI18n } from './i18n.js';

/** The session as the app sees it. */
export type SessionState =
  | { status: 'loading' }
  | { status: 'signed_out'; ended: boolean }
  | { status: 'signed_in'; me: Me };

/** What screens get from {@link useSession}. */
export interface Session {
  state: SessionState;
  /** Signs in; `code` is the authenticator app's (or a recovery) code when two-step sign-in is on. */
  signIn(email: string, password: string, code?: string): Promise<void>;
  signOut(): Promise<void>;
  /** Adopts a change to an organisation: the signed-in user's own one is shown changed at once. */
  organisationChanged(organisation: Me['organisation']): void;
}

const SessionContext = createContext<Session | null>(null);

/** Provides the session; adopts the user's locale once signed in. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const { adoptUserLocale } = useI18n();
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const load = useCallback(async () => {
    const me = await api.me();
    adoptUserLocale(me.user.locale);
    setState({ status: 'signed_in', me });
  }, [adoptUserLocale]);

  useEffect(() => {
    load().catch(() => setState({ status: 'signed_out', ended: false }));
  }, [load]);

  useEffect(() => {
    setUnauthenticatedListener(() =>
      setState((current) =>
        current.status === 'signed_in' ? { status: 'signed_out', ended: true } : current,
      ),
    );
    return () => setUnauthenticatedListener(null);
  }, []);

  const signIn = useCallback(
    async (email: string, password: string, code?: string) => {
      await api.signIn(email, password, code);
      await load();
    },
    [load],
  );

  const signOut = useCallback(async () => {
    try {
      await api.signOut();
    } finally {
      setState({ status: 'signed_out', ended: false });
    }
  }, []);

  const organisationChanged = useCallback((organisation: Me['organisation']) => {
    setState((current) =>
      current.status === 'signed_in' && current.me.organisation.id === organisation.id
        ? { status: 'signed_in', me: { ...current.me, organisation } }
        : current,
    );
  }, []);

  const value = useMemo(
    () => ({ state, signIn, signOut, organisationChanged }),
    [state, signIn, signOut, organisationChanged],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The current session. */
export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in user (for screens that only render when signed in). */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'signed_in') throw new Error('useMe while not signed in');
  return state.me;
}

/** The signed-in user's organisation's time zone: wall times such as a campaign's start are in it. */
export function useOrganisationZone(): string {
  return useMe().organisation.timeZone;
}
