/**
 * RabbitMQ's topic matching: words are dot-separated, `*` matches exactly one word and `#`
 * zero or more. The empty key has no words (only `#` matches it), while `.` is two empty words.
 * Recursive over words; patterns and keys are short (at most a few words).
 */
export function matchesTopic(pattern: string, routingKey: string): boolean {
  return matchWords(wordsOf(pattern), 0, wordsOf(routingKey), 0);
}

const wordsOf = (text: string): string[] => (text === '' ? [] : text.split('.'));

function matchWords(pattern: string[], p: number, key: string[], k: number): boolean {
  if (p === pattern.length) return k === key.length;
  const word = pattern[p];
  if (word === '#') {
    for (let skip = k; skip <= key.length; skip += 1) {
      if (matchWords(pattern, p + 1, key, skip)) return true;
    }
    return false;
  }
  if (k === key.length) return false;
  return (word === '*' || word === key[k]) && matchWords(pattern, p + 1, key, k + 1);
}
