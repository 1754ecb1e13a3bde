import { connect, createServer, type Socket } from 'node:net';

/** A loopback TCP proxy a test can cut connections through, to play a network that drops. */
export interface TcpProxy {
  readonly port: number;
  /** Connections opened through the proxy so far. */
  readonly opened: () => number;
  /** Connections open right now. */
  readonly live: () => number;
  /** Destroys every open connection (both ends), as a dropped network would. */
  cut(): void;
  close(): Promise<void>;
}

/** Starts a proxy on a free loopback port forwarding to `127.0.0.1:targetPort`. */
export async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  const pairs = new Set<[Socket, Socket]>();
  let opened = 0;
  const server = createServer((client) => {
    opened++;
    const upstream = connect(targetPort, '127.0.0.1');
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    const drop = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    for (const socket of pair) {
      socket.once('close', drop);
      socket.on('error', drop);
    }
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const cut = () => {
    for (const [client, upstream] of pairs) {
      client.destroy();
      upstream.destroy();
    }
    pairs.clear();
  };
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    opened: () => opened,
    live: () => pairs.size,
    cut,
    close() {
      cut();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
