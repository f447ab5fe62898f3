import { KEYWORDS_SINCE_16 } from './pg15-catalog.js';

// PostgreSQL quotes an identifier (quote_ident, format('%I'), regclass and regproc output, the
// definitions pg_get_viewdef and pg_get_indexdef print) when it is a keyword of any category but
// unreserved, by the category table compiled into the server (ScanKeywordCategories). 16 to 18 made
// the SQL/JSON words, merge_action and system_user keywords that are not unreserved, so PGlite
// prints "json" where 15 prints json. 15 did not know these words at all: their entries in the
// compiled table are set to unreserved before PGlite's WebAssembly is compiled, and every quoting
// path answers as 15's. The lexer and the grammar do not read the table (a keyword's token comes
// from another one), and nothing else in the server does but pg_get_keywords(), which the fake
// replaces with 15's list (pg15-catalog.ts).

/** Keywords whose category in every PostgreSQL release pins the table down (with the count). */
const KNOWN_CATEGORIES: ReadonlyMap<string, number> = new Map([
  ['abort', 0],
  ['between', 1],
  ['select', 3],
  ['from', 3],
  ['where', 3],
  ['authorization', 2],
  ['zone', 0],
]);
const UNRESERVED = 0;
const HIGHEST_CATEGORY = 3;
const DATA_SECTION = 11;
const I32_CONST = 0x41;
const END = 0x0b;

interface DataSegment {
  /** Where the segment is placed in the linear memory. */
  readonly address: number;
  /** Where its bytes start in the module's binary. */
  readonly offset: number;
  readonly length: number;
}

/**
 * Sets the categories of the keywords 16 to 18 added to unreserved in PGlite's `pglite.wasm`
 * (`wasm`, changed in place). False when the table is not found in this build, which then quotes
 * as it did (the engine's tests say so).
 */
export function withPg15KeywordCategories(wasm: Uint8Array): boolean {
  const segments = dataSegments(wasm);
  if (!segments) return false;
  const words = keywordList(wasm, segments);
  if (!words) return false;
  const table = categoryTable(wasm, segments, words);
  if (table === undefined) return false;
  for (const word of KEYWORDS_SINCE_16) {
    const index = words.indexOf(word);
    if (index === -1) continue;
    const at = fileOffset(segments, table + index);
    if (at !== undefined) wasm[at] = UNRESERVED;
  }
  return true;
}

/** The active data segments of a WebAssembly binary, or undefined if it does not read as one. */
function dataSegments(wasm: Uint8Array): DataSegment[] | undefined {
  let at = 8;
  const leb = (): number => {
    let value = 0;
    let shift = 0;
    for (;;) {
      const byte = wasm[at++];
      if (byte === undefined) throw new RangeError('truncated');
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if ((byte & 0x80) === 0) return value;
    }
  };
  try {
    while (at < wasm.length) {
      const id = wasm[at++];
      const size = leb();
      const end = at + size;
      if (id !== DATA_SECTION) {
        at = end;
        continue;
      }
      const segments: DataSegment[] = [];
      for (let count = leb(); count > 0; count--) {
        const flags = leb();
        if (flags === 2) leb();
        let address: number | undefined;
        if (flags !== 1) {
          // An active segment's place: i32.const N, end (the only form emscripten writes).
          if (wasm[at++] !== I32_CONST) return undefined;
          address = leb();
          if (wasm[at++] !== END) return undefined;
        }
        const length = leb();
        if (address !== undefined) segments.push({ address, offset: at, length });
        at += length;
      }
      return segments;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** The keywords in the server's order, read from its keyword string ("abort\0absent\0..."). */
function keywordList(wasm: Uint8Array, segments: readonly DataSegment[]): string[] | undefined {
  const start = Buffer.from(wasm.buffer, wasm.byteOffset, wasm.byteLength).indexOf('abort\0ab');
  if (start === -1 || !segments.some(({ offset, length }) => start >= offset && start < offset + length))
    return undefined;
  const words: string[] = [];
  let at = start;
  for (;;) {
    const end = wasm.indexOf(0, at);
    if (end === -1 || end === at) return undefined;
    const word = Buffer.from(wasm.subarray(at, end)).toString('latin1');
    words.push(word);
    if (word === 'zone') return words;
    at = end + 1;
  }
}

/**
 * The address of the category table: one byte per keyword, each a category (0 unreserved to 3
 * reserved), where the keywords of `KNOWN_CATEGORIES` have theirs. Undefined unless exactly one
 * place in the data segments' memory has it. Runs of zeros the linker left out of the segments
 * count as zeros, as they are in memory.
 */
function categoryTable(
  wasm: Uint8Array,
  segments: readonly DataSegment[],
  words: readonly string[],
): number | undefined {
  const known: [index: number, category: number][] = [];
  for (const [word, category] of KNOWN_CATEGORIES) {
    const index = words.indexOf(word);
    if (index === -1) return undefined;
    known.push([index, category]);
  }
  const low = Math.min(...segments.map(({ address }) => address));
  const high = Math.max(...segments.map(({ address, length }) => address + length));
  const memory = new Uint8Array(high - low);
  for (const { address, offset, length } of segments)
    memory.set(wasm.subarray(offset, offset + length), address - low);
  const found: number[] = [];
  let run = 0;
  for (let at = memory.length - 1; at >= 0; at--) {
    run = (memory[at] ?? 0) <= HIGHEST_CATEGORY ? run + 1 : 0;
    if (run >= words.length && known.every(([index, category]) => memory[at + index] === category)) {
      found.push(at + low);
      if (found.length > 1) return undefined;
    }
  }
  return found[0];
}

function fileOffset(segments: readonly DataSegment[], address: number): number | undefined {
  const segment = segments.find((s) => address >= s.address && address < s.address + s.length);
  return segment && segment.offset + (address - segment.address);
}
