// The real process: starts on the embedded database with zero set-up, reports a dead
// database on /ready, and on SIGTERM finishes in-flight requests before exiting 0.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';

let child: ChildProcessWithoutNullStreams | undefined;
afterEach(() => {
  child?.kill('SIGKILL');
  child = undefined;
});

/** Starts `src/index.ts` and resolves with its port once it logs that it listens. */
function start(env: Record<string, string>): Promise<{ port: number; exited: Promise<number | null>; output: () => string }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
  });
  child = proc;
  let output = '';
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    proc.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const m = /"url":"http:\/\/[^:]+:(\d+)\/graphql"/.exec(output);
      if (m) resolve({ port: Number(m[1]), exited, output: () => output });
    });
    proc.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then((code) => reject(new Error(`exited ${code} before listening:\n${output}`)));
  });
}

describe('process lifecycle', () => {
  it('starts with no configuration but memory storage, loads the sample, and drains on SIGTERM', async () => {
    const { port, exited, output } = await start({ DATABASE_URL: 'memory:' });
    expect(output()).toContain('loaded the sample article');

    // An in-flight request: headers sent, body held back until after SIGTERM.
    const body = JSON.stringify({ query: '{ country(code: "AF") { name } }' });
    const socket = connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    let response = '';
    socket.on('data', (d) => (response += d.toString()));
    // `Expect: 100-continue`: the server answers "100 Continue" once it holds the request,
    // so SIGTERM is sent while the request is surely in flight, however slow the machine.
    const continued = new Promise<void>((resolve) => {
      const check = () => {
        if (!/100 Continue/.test(response)) return;
        socket.off('data', check);
        resolve();
      };
      socket.on('data', check);
    });
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n`,
    );
    await continued;
    socket.write(body.slice(0, 10));

    child!.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    socket.write(body.slice(10));
    await new Promise((resolve) => socket.once('close', resolve));

    expect(response).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200/);
    expect(response).toContain('"Afghanistan"');
    expect(await exited).toBe(0);
    expect(output()).toContain('shutting down');
  }, 180_000); // a cold start of tsx, PGlite, migrations and the sample on a busy machine

  it('stops at once with a message naming a bad variable', async () => {
    await expect(start({ DATABASE_URL: 'mysql://nope' })).rejects.toThrow(/DATABASE_URL/);
  });
});
