import { type Server, type Socket, createConnection, createServer } from 'node:net';

/** A TCP proxy on a free port: a stand-in for a load balancer or a network path that can fail. */
export interface TcpProxy {
  readonly port: number;
  /** Drops every open connection and refuses new ones for `ms` (a restart, a partition). */
  cut(ms: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * Forwards each connection to the first of `backends` (ports on 127.0.0.1) that accepts it, in
 * turns starting after the one the previous connection went to, like a round-robin balancer that
 * skips a backend that is down.
 */
export async function startTcpProxy(backends: () => number[]): Promise<TcpProxy> {
  const open = new Set<Socket>();
  let refusing = false;
  let turn = 0;
  const forward = (client: Socket, order: number[]) => {
    const [port, ...rest] = order;
    if (port === undefined || refusing) return void client.destroy();
    const upstream = createConnection({ port, host: '127.0.0.1' });
    let connected = false;
    upstream.once('error', () => {
      upstream.destroy();
      if (!connected) forward(client, rest);
    });
    upstream.once('connect', () => {
      connected = true;
      open.add(upstream);
      upstream.on('close', () => open.delete(upstream));
      client.pipe(upstream).pipe(client);
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
  };
  const server: Server = createServer((client) => {
    open.add(client);
    client.on('close', () => open.delete(client));
    client.on('error', () => {});
    if (refusing) return void client.destroy();
    // Paused until an upstream is found, so nothing the client sends first is lost.
    client.pause();
    const ports = backends();
    const start = turn++ % Math.max(1, ports.length);
    forward(client, [...ports.slice(start), ...ports.slice(0, start)]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    async cut(ms) {
      refusing = true;
      for (const socket of open) socket.destroy();
      await new Promise((resolve) => setTimeout(resolve, ms));
      refusing = false;
    },
    async close() {
      for (const socket of open) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
