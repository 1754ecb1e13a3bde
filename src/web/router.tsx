/**
 * A tiny History-API router (the app has a handful of pages): the current path as state,
 * `navigate`, and `Link`, which keeps ordinary link behaviour for new tabs and modifier keys.
 */
import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from 'react';

const changeEvent = 'pacta:navigate';

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(changeEvent, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(changeEvent, onChange);
  };
}

/** The current path (without query or hash); re-renders on every navigation. */
export function usePath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

/** The current query string (with its `?`, or empty); re-renders when it changes. */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, () => window.location.search);
}

/** Goes to `to` (a path, maybe with a query) inside the app; `replace` for redirects and typing. */
export function navigate(to: string, options: { replace?: boolean } = {}) {
  if (to === window.location.pathname + window.location.search) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(changeEvent));
}

/** An in-app link: a real `<a href>` that navigates without reloading on a plain click. */
export function Link({
  to,
  ...rest
}: { to: string } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    rest.onClick?.(event);
    const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
    if (event.defaultPrevented || modified || event.button !== 0) return;
    event.preventDefault();
    navigate(to);
  };
  return <a {...rest} href={to} onClick={onClick} />;
}

/** The `:id` of `/prefix/:id`, or undefined when `path` is not below `prefix`. */
export function paramAfter(path: string, prefix: string): string | undefined {
  if (!path.startsWith(`${prefix}/`)) return undefined;
  const rest = path.slice(prefix.length + 1);
  return rest !== '' && !rest.includes('/') ? decodeURIComponent(rest) : undefined;
}

/** The `:a` and `:b` of `/prefix/:a/:b`, or undefined when `path` is not exactly that deep. */
export function pairAfter(path: string, prefix: string): [string, string] | undefined {
  if (!path.startsWith(`${prefix}/`)) return undefined;
  const parts = path.slice(prefix.length + 1).split('/');
  const [a, b] = parts;
  return parts.length === 2 && a && b ? [decodeURIComponent(a), decodeURIComponent(b)] : undefined;
}
