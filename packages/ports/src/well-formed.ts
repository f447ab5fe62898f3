// In `u` mode a surrogate pair is one code point, so only an unpaired surrogate matches.
const LONE_SURROGATE = /\p{Surrogate}/u;

// ES2024's String.prototype.isWellFormed (Node 20 and later): V8 answers a Latin-1 string without
// reading it and scans the others about twenty times faster than the expression, which took one
// to two seconds on the 268 million characters the limit tests hand a store. Looked up, not
// called directly, so ports still run (on the expression) where it is missing.
const nativeIsWellFormed = (String.prototype as { isWellFormed?: (this: string) => boolean }).isWellFormed;

/** Whether `text` holds an unpaired UTF-16 surrogate, which UTF-8 cannot carry (it becomes U+FFFD). */
export function hasLoneSurrogate(text: string): boolean {
  return nativeIsWellFormed === undefined ? LONE_SURROGATE.test(text) : !nativeIsWellFormed.call(text);
}
