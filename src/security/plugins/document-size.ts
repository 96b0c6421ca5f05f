// Document size, before parsing and apart from the body limit (which stays large for ingest
// variables): a long document costs parse time and parse-cache memory whatever it asks.
import type { Plugin } from 'graphql-yoga';
import { AppError, ErrorCode } from '../../errors.ts';

export function useDocumentSizeLimit(maxDocumentBytes: number): Plugin {
  return {
    onParams({ params, setResult }) {
      const query = params.query;
      // A string of n characters is at most 3n bytes in UTF-8: short documents skip the count.
      if (typeof query !== 'string' || query.length * 3 <= maxDocumentBytes) return;
      const bytes = Buffer.byteLength(query, 'utf8');
      if (bytes <= maxDocumentBytes) return;
      setResult({
        errors: [
          new AppError(ErrorCode.DOCUMENT_TOO_LARGE, `The query document is ${bytes} bytes; at most ${maxDocumentBytes} are accepted. Send large values as variables.`, {
            http: { status: 413 },
          }),
        ],
      });
    },
  };
}
