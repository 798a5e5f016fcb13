/**
 * A test-only EventWriter for RuntimeApiServer: it sends just the first N
 * bytes of chosen events, with the framing the server already set
 * (Content-Length up to 2048 bytes, else chunked, or close-delimited for an
 * HTTP/1.0 request, where the cut can't be seen, as with the real service),
 * then drops the connection: a /next answer broken mid-body.
 */
import type { EventWriter } from '../../src/local/runtime-api.ts';

export interface Truncator {
  /** Pass as RuntimeApiServer's `writeEvent`. */
  writeEvent: EventWriter;
  /** The event with this request id goes out cut after `bytes` bytes of body. */
  cut(requestId: string, bytes: number): void;
}

export function truncator(): Truncator {
  const cuts = new Map<string, number>();
  return {
    cut: (requestId, bytes) => void cuts.set(requestId, bytes),
    writeEvent: (res, body, { requestId }) => {
      const n = cuts.get(requestId);
      if (n === undefined || n >= body.length) return void res.end(body);
      res.write(body.subarray(0, n), () => res.destroy());
    },
  };
}
