import type { SqlToken } from '../sql-tokens.js';

/**
 * aclitem text (`grantee=privileges/grantor`) with 17's MAINTAIN letter `m` among its privileges,
 * which PostgreSQL 15 refuses (22P02 invalid mode character) and PGlite (18) reads: the same text
 * with each such `m` written as a letter neither knows (`q`: the parser reads letters up to the `/`), so that 18 refuses it where 15 does, at
 * the same position. Undefined when the text holds no such `m`. A name's own `m` (before `=`, after
 * `/`, or in double quotes) is left alone.
 */
export function pg15AclitemText(text: string): string | undefined {
  let changed = false;
  let quoted = false;
  let inPrivileges = false;
  let out = '';
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === '=') inPrivileges = true;
    else if (!quoted && (char === '/' || char === ',' || char === '{' || char === '}')) inPrivileges = false;
    else if (!quoted && inPrivileges && char === 'm') {
      out += 'q';
      changed = true;
      continue;
    }
    out += char;
  }
  return changed ? out : undefined;
}

/** 18's list of privilege letters in its refusal of an aclitem's unknown letter, and 15's. */
export const PG18_ACL_LETTERS = '"arwdDxtXUCTcsAm"';
export const PG15_ACL_LETTERS = '"arwdDxtXUCTcsA"';

/**
 * The edits writing each constant aclitem (`'...'::aclitem`, `'{...}'::aclitem[]`, `aclitem '...'`)
 * as `pg15AclitemText` has it.
 */
export function aclitemEdits(
  tokens: readonly SqlToken[],
): { readonly start: number; readonly end: number; readonly text: string }[] {
  return tokens.flatMap((token, index) => {
    if (token.kind !== 'string' || !token.value.startsWith("'")) return [];
    const previous = tokens[index - 1];
    const cast = tokens[index + 1]?.kind === 'punct' && tokens[index + 1]?.value === '::';
    const typed = previous?.kind === 'word' && previous.value === 'aclitem';
    if (!typed && !(cast && tokens[index + 2]?.kind === 'word' && tokens[index + 2]?.value === 'aclitem'))
      return [];
    const content = token.value.slice(1, -1);
    const text = content.includes('\\') ? undefined : pg15AclitemText(content);
    return text === undefined ? [] : [{ start: token.start, end: token.end, text: `'${text}'` }];
  });
}
