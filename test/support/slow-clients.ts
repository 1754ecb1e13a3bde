import { connect, type Socket } from 'node:net';

/** A client connection the test drives by hand, and what the server made of it. */
export interface SlowClient {
  socket: Socket;
  /** Everything the server sent back. */
  received(): string;
  /** Settles when the connection is closed (by either side). */
  closed: Promise<void>;
  stop(): void;
}

/**
 * Opens a connection that sends a request's headers and then trickles its body one byte every
 * `everyMs` (or, with `idle`, sends nothing at all): what a slow-loris client does.
 */
export function slowClient(
  port: number,
  options: { idle?: boolean; everyMs?: number } = {},
): SlowClient {
  const socket = connect(port, '127.0.0.1');
  let received = '';
  socket.on('data', (chunk) => {
    received += chunk.toString('latin1');
  });
  socket.on('error', () => {});
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  let timer: NodeJS.Timeout | undefined;
  if (!options.idle) {
    socket.on('connect', () => {
      socket.write(
        'POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 4096\r\n\r\n{',
      );
      timer = setInterval(() => {
        if (!socket.destroyed) socket.write(' ');
      }, options.everyMs ?? 250);
    });
  }
  const stop = () => {
    clearInterval(timer);
    socket.destroy();
  };
  void closed.then(() => clearInterval(timer));
  return { socket, received: () => received, closed, stop };
}
