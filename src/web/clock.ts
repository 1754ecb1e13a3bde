/** The browser's clock: the one place the web app reads the time of day (the server's is src/main/). */
export function browserNow(): number {
  return Date.now();
}

/** A fresh UUID minted in the browser (the portal's draft and event ids): the web app's only id source. */
export function browserId(): string {
  return crypto.randomUUID();
}
