import { describe, expect, it } from 'vitest';
import { boundedSortOrder, quicksortOrder } from './tuple-sort.js';

// Keys of 30 rows in scan order, and the orders PostgreSQL 15.20 gave them (`SELECT id FROM t
// ORDER BY g [LIMIT n]` over rows inserted in id order), recorded 2026-12-07.
const groups = Array.from({ length: 30 }, (_, index) => [1, 2, 3][(index * 7) % 3] as number);
const letters = Array.from({ length: 30 }, (_, index) => 'abc'[(index * 5) % 3] as string);
const byGroup = (a: number, b: number) => (groups[a] as number) - (groups[b] as number);
const byLetter = (a: number, b: number) => (letters[a] as string).localeCompare(letters[b] as string);
const ids = (positions: readonly number[]) => positions.map((position) => position + 1);

describe("PostgreSQL 15's in-memory sort of tied rows", () => {
  it('quicksorts them out of scan order once there are 7 or more', () => {
    expect(ids(quicksortOrder(30, byGroup))).toEqual([
      1, 4, 7, 10, 13, 16, 19, 22, 25, 28, 26, 2, 17, 14, 5, 29, 23, 8, 20, 11, 24, 12, 15, 18, 27, 21, 3, 30,
      6, 9,
    ]);
    expect(ids(quicksortOrder(30, byLetter))).toEqual([
      1, 4, 7, 10, 13, 16, 19, 22, 25, 28, 24, 12, 15, 18, 27, 21, 3, 30, 6, 9, 11, 2, 29, 14, 23, 26, 17, 8,
      5, 20,
    ]);
  });

  it('keeps the scan order of fewer than 7 rows (an insertion sort) and of rows already in order', () => {
    const few = [2, 1, 2, 1, 2, 1];
    expect(quicksortOrder(6, (a, b) => (few[a] as number) - (few[b] as number))).toEqual([1, 3, 5, 0, 2, 4]);
    expect(quicksortOrder(10, () => 0)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('keeps a LIMIT in a bounded heap once more than twice its rows came in, and quicksorts otherwise', () => {
    expect(ids(boundedSortOrder(30, 5, byGroup))).toEqual([7, 10, 4, 1, 13]);
    expect(ids(boundedSortOrder(30, 15, byGroup).slice(0, 15))).toEqual([
      1, 4, 7, 10, 13, 16, 19, 22, 25, 28, 26, 2, 17, 14, 5,
    ]);
  });
});
