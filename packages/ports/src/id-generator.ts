/** Produces unique identifiers (UUIDs in every Seams implementation). */
export interface IdGenerator {
  /** A new identifier, never returned before by this generator. */
  next(): string;
}
