/** SQL as tokens: words, and punctuation on its own, so `$1,` and `$1` differ only by the comma. */
export function sqlTokens(sql: string): string[] {
  return sql.split(/(\s+|[(),;])/).filter((token) => token.trim() !== '');
}

type Edit = { readonly kind: 'same' | 'removed' | 'added'; readonly token: string };

/** Longest-common-subsequence table: lengths[i][j] covers expected[i..] and actual[j..]. */
function lcsLengths(expected: readonly string[], actual: readonly string[]): number[][] {
  const lengths = Array.from({ length: expected.length + 1 }, () =>
    new Array<number>(actual.length + 1).fill(0),
  );
  for (let i = expected.length - 1; i >= 0; i -= 1) {
    for (let j = actual.length - 1; j >= 0; j -= 1) {
      const row = lengths[i] as number[];
      row[j] =
        expected[i] === actual[j]
          ? (lengths[i + 1]?.[j + 1] ?? 0) + 1
          : Math.max(lengths[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  return lengths;
}

function edits(expected: readonly string[], actual: readonly string[]): Edit[] {
  const lengths = lcsLengths(expected, actual);
  const result: Edit[] = [];
  let i = 0;
  let j = 0;
  while (i < expected.length || j < actual.length) {
    const e = expected[i];
    const a = actual[j];
    if (e !== undefined && e === a) {
      result.push({ kind: 'same', token: e });
      i += 1;
      j += 1;
    } else if (
      e !== undefined &&
      (a === undefined || (lengths[i + 1]?.[j] ?? 0) >= (lengths[i]?.[j + 1] ?? 0))
    ) {
      result.push({ kind: 'removed', token: e });
      i += 1;
    } else {
      result.push({ kind: 'added', token: a ?? '' });
      j += 1;
    }
  }
  return result;
}

/**
 * A word diff in git's `--word-diff` notation: `[-expected-]{+actual+}`, common words plain.
 * Empty when the two token lists are equal.
 */
export function wordDiff(expected: string, actual: string): string {
  const list = edits(sqlTokens(expected), sqlTokens(actual));
  if (list.every((edit) => edit.kind === 'same')) return '';
  const parts: string[] = [];
  for (const edit of list) {
    const last = parts.length - 1;
    const open = edit.kind === 'removed' ? '[-' : '{+';
    const close = edit.kind === 'removed' ? '-]' : '+}';
    if (edit.kind === 'same') parts.push(edit.token);
    else if (parts[last]?.startsWith(open))
      parts[last] = `${parts[last]?.slice(0, -2)} ${edit.token}${close}`;
    else parts.push(`${open}${edit.token}${close}`);
  }
  return parts.join(' ');
}

/** How many tokens differ: used to pick the closest expectation when order does not matter. */
export function diffSize(expected: string, actual: string): number {
  return edits(sqlTokens(expected), sqlTokens(actual)).filter((edit) => edit.kind !== 'same').length;
}
