// A TCP proxy on 127.0.0.1 that tests put between the service and PostgreSQL to cause
// faults: refuse connections (database down), blackhole them (accepts, never answers), or
// reset every open connection (database restart).
import { connect, createServer, type Server, type Socket } from 'node:net';

export type ProxyMode = 'forward' | 'refuse' | 'blackhole';

export class TcpProxy {
  mode: ProxyMode = 'forward';
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(target: { host: string; port: number }, mode: ProxyMode = 'forward'): Promise<TcpProxy> {
    const holder: { proxy?: TcpProxy } = {};
    const server = createServer((client) => {
      if (holder.proxy) holder.proxy.accept(client, target);
      else client.destroy();
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const address = server.address();
    if (!address || typeof address === 'string') throw new Error('proxy did not bind');
    const proxy = new TcpProxy(server, address.port);
    proxy.mode = mode;
    holder.proxy = proxy;
    return proxy;
  }

  private track(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  }

  private accept(client: Socket, target: { host: string; port: number }): void {
    this.track(client);
    if (this.mode === 'refuse') {
      client.resetAndDestroy();
      return;
    }
    if (this.mode === 'blackhole') {
      client.on('data', () => undefined); // swallowed, never answered
      return;
    }
    const upstream = connect(target.port, target.host);
    this.track(upstream);
    // Bytes flow only while forwarding; in blackhole mode they are dropped both ways.
    client.on('data', (d) => {
      if (this.mode === 'forward') upstream.write(d);
    });
    upstream.on('data', (d) => {
      if (this.mode === 'forward') client.write(d);
    });
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  }

  /** Number of open sockets (both sides). */
  get openSockets(): number {
    return this.sockets.size;
  }

  /** Switches mode. Refusing resets open connections; leaving a blackhole resets the ones it spoiled. */
  setMode(mode: ProxyMode): void {
    const previous = this.mode;
    this.mode = mode;
    if (mode === 'refuse' || (previous === 'blackhole' && mode === 'forward')) this.resetAll();
  }

  /** Resets every open connection, as a database restart does. */
  resetAll(): void {
    for (const s of this.sockets) s.resetAndDestroy();
    this.sockets.clear();
  }

  async close(): Promise<void> {
    this.resetAll();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
