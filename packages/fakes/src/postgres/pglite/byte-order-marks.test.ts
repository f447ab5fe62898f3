import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { decodeDataRows, type ParsedBackendMessage, restoreByteOrderMarks } from './byte-order-marks.js';

/** A backend message: its type byte, then its length (counting itself) and body. */
function message(type: string, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0, 'latin1');
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

function dataRow(values: readonly (string | null)[]): Buffer {
  const parts = [Buffer.from([values.length >> 8, values.length & 0xff])];
  for (const value of values) {
    const length = Buffer.alloc(4);
    if (value === null) {
      length.writeInt32BE(-1);
      parts.push(length);
    } else {
      const bytes = Buffer.from(value, 'utf8');
      length.writeInt32BE(bytes.length);
      parts.push(length, bytes);
    }
  }
  return message('D', Buffer.concat(parts));
}

const commandComplete = message('C', Buffer.from('SELECT 2\0', 'latin1'));

describe('restoreByteOrderMarks', () => {
  it('decodes each data row of a raw reply keeping a leading U+FEFF, NULLs as null', () => {
    const reply = Buffer.concat([dataRow(['\uFEFFname', null, '']), dataRow(['\uFEFF']), commandComplete]);
    expect(decodeDataRows(reply)).toEqual([['\uFEFFname', null, ''], ['\uFEFF']]);
  });

  it('puts the marks back into the parsed data rows, in order, leaving other messages alone', () => {
    const reply = Buffer.concat([dataRow(['a', '\uFEFFb']), dataRow(['\uFEFFc']), commandComplete]);
    // What PGlite's parser made of it: its TextDecoder dropped each leading BOM.
    const messages: ParsedBackendMessage[] = [
      { name: 'dataRow', fields: ['a', 'b'] },
      { name: 'dataRow', fields: ['c'] },
      { name: 'commandComplete' },
    ];
    restoreByteOrderMarks(messages, reply);
    expect(messages.map((m) => m.fields)).toEqual([['a', '\uFEFFb'], ['\uFEFFc'], undefined]);
  });

  it('does nothing to a reply with no byte order mark in it', () => {
    const fields = ['a'];
    const messages: ParsedBackendMessage[] = [{ name: 'dataRow', fields }];
    restoreByteOrderMarks(messages, Buffer.concat([dataRow(['x']), commandComplete]));
    expect(messages[0]?.fields).toBe(fields);
  });
});

describe('the PGlite engine', () => {
  it('returns a text value that begins with U+FEFF with it, as PostgreSQL does', async () => {
    const { pool } = await createFakePostgres({
      engine: 'pglite',
      migrations: [{ name: 'notes', sql: 'CREATE TABLE notes (id int PRIMARY KEY, body text)' }],
    });
    const inserted = await pool.query('INSERT INTO notes VALUES (1, $1) RETURNING body, length(body) AS n', [
      '\uFEFFname',
    ]);
    expect(inserted.rows).toEqual([{ body: '\uFEFFname', n: 5 }]);
    const read = await pool.query("SELECT body, chr(65279) AS bom, 'plain' AS other FROM notes");
    expect(read.rows).toEqual([{ body: '\uFEFFname', bom: '\uFEFF', other: 'plain' }]);
  }, 60_000);
});
