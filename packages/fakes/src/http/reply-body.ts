/** A reply body on the wire and the content type it implies, unless the reply sets its own. */
export interface EncodedBody {
  readonly data: string | Uint8Array;
  readonly contentType: string;
}

/** A string as text, bytes as they are, anything else as JSON; `undefined` is no body. */
export function encodeBody(body: unknown): EncodedBody | undefined {
  if (body === undefined) return undefined;
  if (typeof body === 'string') return { data: body, contentType: 'text/plain' };
  if (body instanceof Uint8Array) return { data: body, contentType: 'application/octet-stream' };
  return { data: JSON.stringify(body), contentType: 'application/json' };
}
