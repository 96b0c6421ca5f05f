// Graceful shutdown of the HTTP server, so a deploy loses no request:
//  1. at once: /ready fails (the caller's `stopAccepting`), and every answer from now on
//     carries `Connection: close`, so keep-alive clients reconnect elsewhere;
//  2. for `drainMs` the listener stays open and new requests are answered as usual, while
//     load balancers notice the failed readiness and stop sending traffic;
//  3. the listener closes once no connection has been taken for a short quiet time of free
//     event loop, so the connections the kernel already accepted (the listen backlog, taken
//     one poll at a time by a busy loop) are taken and answered too;
//  4. each connection closes once it has no request in flight: at once when it already
//     served one, after `freshGraceMs` of free event loop when it never sent a request (its
//     request may be in the socket's buffer, unread); then `done` runs (closing the
//     database) and the process exits;
//  5. whatever is still open at `timeoutMs` after the signal is cut off.
// Node's own `server.close()` is not used for step 3: it also destroys every connection that
// has not started a request yet, including those whose request is already in the socket's
// buffer, which is how requests used to be dropped on SIGTERM under load.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';
import type { Logger } from 'pino';

interface Tracked {
  since: number;
  inFlight: number;
  served: number;
  ended: boolean;
}

export interface ShutdownOptions {
  drainMs: number;
  timeoutMs: number;
  log: Logger;
  /** Called first: readiness fails from now on. */
  stopAccepting(): void;
  /** Called once every connection is closed (or at the timeout): closes the database and the rest. */
  done(): Promise<void>;
  /** How long a connection that never sent a request is kept after the listener closed. */
  freshGraceMs?: number;
  /** Free event loop time without a new connection before the listener closes (default 250 ms). */
  quietMs?: number;
}

/** Starts tracking the server's connections; `shutdown` then drains them as described above. */
export function drainable(server: Server): { shutdown(options: ShutdownOptions): Promise<'drained' | 'timeout'> } {
  const sockets = new Map<Socket, Tracked>();
  let stopping = false;
  let lastConnection = 0;
  server.on('connection', (socket: Socket) => {
    lastConnection = Date.now();
    sockets.set(socket, { since: lastConnection, inFlight: 0, served: 0, ended: false });
    socket.once('close', () => sockets.delete(socket));
  });
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const t = sockets.get(req.socket);
    if (stopping && !res.headersSent) res.setHeader('connection', 'close');
    if (!t) return;
    t.inFlight += 1;
    res.once('close', () => {
      t.inFlight -= 1;
      t.served += 1;
    });
  });

  return {
    shutdown(options) {
      stopping = true;
      const started = Date.now();
      const fresh = options.freshGraceMs ?? 1_000;
      options.stopAccepting();
      return new Promise((resolve) => {
        let finished = false;
        let sweep: NodeJS.Timeout | undefined;
        const finish = (how: 'drained' | 'timeout') => {
          if (finished) return;
          finished = true;
          clearInterval(sweep);
          clearTimeout(force);
          void options.done().finally(() => resolve(how));
        };
        const force = setTimeout(() => {
          options.log.warn({ open: sockets.size }, 'shutdown timeout: closing remaining connections');
          for (const socket of sockets.keys()) socket.destroy();
          finish('timeout');
        }, Math.max(0, options.timeoutMs));
        force.unref();

        // After the drain, the listener closes once no connection has been taken for
        // `quietMs` of free event loop: a busy loop takes the connections the kernel holds
        // (the listen backlog) one poll at a time, and closing the listener resets those
        // still waiting. Bounded: at the latest at 80% of the timeout.
        const quietMs = options.quietMs ?? 250;
        const latest = started + Math.max(options.drainMs, options.timeoutMs * 0.8);
        setTimeout(() => {
          let lastTick = Date.now();
          let quietSince = Math.max(lastConnection, lastTick);
          const waitQuiet = setInterval(() => {
            const now = Date.now();
            const lag = now - lastTick - 20;
            lastTick = now;
            if (lag > 50) quietSince = Math.max(quietSince + lag, lastConnection);
            else quietSince = Math.max(quietSince, lastConnection);
            if (now - quietSince < quietMs && now < latest) return;
            clearInterval(waitQuiet);
            closeListener();
          }, 20);
        }, Math.max(0, options.drainMs));

        const closeListener = () => {
          options.log.info({ open: sockets.size, afterMs: Date.now() - started }, 'shutdown: listener closed, answering the remaining requests');
          NetServer.prototype.close.call(server);
          let last = Date.now();
          // Connections still silent get their whole grace from now.
          for (const t of sockets.values()) if (t.served === 0 && t.inFlight === 0) t.since = Math.max(t.since, last);
          const check = () => {
            const now = Date.now();
            // A busy event loop reads sockets late: the grace of a connection that has not
            // sent a request yet counts only the time the loop was free to read it.
            const lag = now - last - 20;
            last = now;
            if (lag > 50) for (const t of sockets.values()) if (t.served === 0 && t.inFlight === 0) t.since += lag;
            for (const [socket, t] of sockets) {
              // end(), not destroy(): what is still in the socket's write buffer is sent first.
              if (!t.ended && t.inFlight === 0 && (t.served > 0 || now - t.since >= fresh)) {
                t.ended = true;
                options.log.debug({ served: t.served, idleMs: now - t.since }, 'shutdown: closing an idle connection');
                socket.end();
              }
            }
            if (sockets.size === 0) finish('drained');
          };
          sweep = setInterval(check, 20);
          check();
        };
      });
    },
  };
}
