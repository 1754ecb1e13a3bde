/** The browser's clock: the one place the web app reads the time of day (the server's is src/main/). */
export function browserNow(): number {
  return Date.now();
}
