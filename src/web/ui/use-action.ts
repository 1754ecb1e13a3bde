/** Running one API change from a screen: a busy flag while it runs and the error to show if it fails. */
import { useState } from 'react';
import { type ApiError, asApiError } from '../api/client.js';

/** `run(call, done)`: calls the API, hands the answer to `done`, or keeps the failure as `error`. */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = async <T>(call: () => Promise<T>, done: (value: T) => void) => {
    setBusy(true);
    setError(null);
    try {
      done(await call());
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}
