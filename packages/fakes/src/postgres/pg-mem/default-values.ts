/** A name as the grammar reads it: quoted (with "" inside) or a plain identifier. */
const NAME = String.raw`(?:"(?:[^"]|"")*"|[A-Za-z_][\w$]*)`;

/** `INSERT INTO name [AS alias] DEFAULT VALUES`, the name optionally schema-qualified. */
const DEFAULT_VALUES = new RegExp(
  String.raw`(\bINSERT\s+INTO\s+${NAME}(?:\s*\.\s*${NAME})?(?:\s+(?:AS\s+)?${NAME})?\s+)DEFAULT\s+VALUES\b`,
  'gi',
);

/**
 * The text with each `INSERT ... DEFAULT VALUES` written as `INSERT ... VALUES (DEFAULT)`, which
 * pg-mem's parser reads (it has no DEFAULT VALUES) and PostgreSQL runs alike: a one-item VALUES row
 * with no column list fills the first column, with its default, and every other column with its own.
 * Texts with string literals, dollar quotes or comments are left alone: the pattern could match
 * inside them, and change a value rather than a clause.
 */
export function withDefaultValuesRead(text: string): string {
  if (!/default\s+values/i.test(text)) return text;
  if (/'|--|\/\*|\$(?!\d)/.test(text)) return text;
  return text.replace(DEFAULT_VALUES, '$1VALUES (DEFAULT)');
}
