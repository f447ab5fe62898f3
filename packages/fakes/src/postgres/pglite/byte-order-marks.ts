// PGlite's protocol parser decodes every text field with a default TextDecoder, which drops a
// leading U+FEFF (byte order mark): a value PostgreSQL stores and returns as '\uFEFFname' (text
// pasted from a file saved with a BOM, say) came back from the PGlite engine as 'name', with
// length() still counting the character. The raw reply still holds the bytes, so where it holds
// a BOM at all (rare: one byte search per reply) the rows are decoded again from it.

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const DATA_ROW = 0x44; // 'D'
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** A parsed backend message as PGlite's parser gives it; data rows carry their decoded fields. */
export interface ParsedBackendMessage {
  readonly name: string;
  fields?: unknown;
}

/** The values of each DataRow among `reply`'s raw backend messages, a leading U+FEFF kept. */
export function decodeDataRows(reply: Uint8Array): (string | null)[][] {
  const view = new DataView(reply.buffer, reply.byteOffset, reply.byteLength);
  const rows: (string | null)[][] = [];
  let at = 0;
  while (at + 5 <= reply.byteLength) {
    const type = reply[at];
    const length = view.getInt32(at + 1);
    if (type === DATA_ROW) {
      const count = view.getInt16(at + 5);
      const values: (string | null)[] = [];
      let field = at + 7;
      for (let i = 0; i < count; i++) {
        const size = view.getInt32(field);
        field += 4;
        if (size < 0) values.push(null);
        else {
          values.push(decoder.decode(reply.subarray(field, field + size)));
          field += size;
        }
      }
      rows.push(values);
    }
    at += 1 + length;
  }
  return rows;
}

/** Puts back the byte order marks PGlite's parser dropped from `messages`' data rows, in place. */
export function restoreByteOrderMarks(messages: readonly ParsedBackendMessage[], reply: Uint8Array): void {
  if (Buffer.from(reply.buffer, reply.byteOffset, reply.byteLength).indexOf(BOM) === -1) return;
  const rows = decodeDataRows(reply);
  let next = 0;
  for (const message of messages) {
    if (message.name !== 'dataRow') continue;
    const row = rows[next++];
    if (row) message.fields = row;
  }
}
