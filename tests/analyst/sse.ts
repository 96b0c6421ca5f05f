// A GraphQL-over-SSE subscriber for tests: reads `next` events off a streaming response.
import type { ExecutionResult } from 'graphql';

export interface Subscription<T> {
  /** The next result; rejects if the stream ends first. */
  next(): Promise<ExecutionResult<T>>;
  close(): void;
}

export async function subscribeSse<T>(
  fetchFn: (url: string, init: RequestInit) => Promise<Response>,
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Subscription<T>> {
  const controller = new AbortController();
  const res = await fetchFn(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query, variables }),
    signal: controller.signal,
  });
  if (!res.ok || !res.headers.get('content-type')?.includes('text/event-stream')) {
    throw new Error(`subscription refused: ${res.status} ${await res.text()}`);
  }
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  const queue: ExecutionResult<T>[] = [];
  let buffer = '';
  let done = false;
  const pump = async (): Promise<void> => {
    const chunk = await reader.read();
    if (chunk.done) {
      done = true;
      return;
    }
    buffer += chunk.value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const lines = block.split('\n');
      const event = lines.find((l) => l.startsWith('event:'))?.slice(6).trim();
      const data = lines.filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trim()).join('\n');
      if (event === 'complete') done = true;
      else if (data && (event === 'next' || event === undefined)) queue.push(JSON.parse(data) as ExecutionResult<T>);
    }
  };
  return {
    async next() {
      while (!queue.length) {
        if (done) throw new Error('subscription stream ended');
        await pump();
      }
      return queue.shift()!;
    },
    close: () => controller.abort(),
  };
}

/**
 * Publishes until the subscriber has seen the first result: a subscription is live only
 * once its stream is being read, which the client cannot observe otherwise.
 */
export async function untilReceived<T>(sub: Subscription<T>, publish: () => void | Promise<void>): Promise<ExecutionResult<T>> {
  const first = sub.next();
  let received = false;
  void first.finally(() => (received = true)).catch(() => undefined);
  while (!received) {
    await publish();
    await Promise.race([first.catch(() => undefined), new Promise((r) => setTimeout(r, 100))]);
  }
  return first;
}
