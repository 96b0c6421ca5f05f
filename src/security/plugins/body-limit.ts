// Body size: a declared length over the cap is refused before reading; a chunked body is cut
// off once it passes the cap.
import type { IncomingMessage } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import { jsonError } from './errors.ts';

export function useBodyLimit(maxBodyBytes: number): Plugin {
  return {
    onRequest(payload) {
      const { request, serverContext } = payload;
      const declared = Number(request.headers.get('content-length') ?? NaN);
      if (Number.isFinite(declared) && declared > maxBodyBytes) {
        payload.endResponse(jsonError(413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${maxBodyBytes} bytes.`, { connection: 'close' }));
        return;
      }
      const req = (serverContext as { req?: IncomingMessage } | undefined)?.req;
      if (req && !Number.isFinite(declared) && request.method !== 'GET' && request.method !== 'HEAD') {
        let seen = 0;
        req.on('data', (chunk: Buffer) => {
          seen += chunk.length;
          if (seen > maxBodyBytes) req.destroy(new Error('request body too large'));
        });
      }
    },
  };
}
