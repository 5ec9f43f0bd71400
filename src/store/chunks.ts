/**
 * Items in batches, so that one statement stays under the engines' limits on bound parameters.
 * @example chunks([1, 2, 3], 2) // [[1, 2], [3]]
 */
export const chunks = <T>(items: readonly T[], size = 500): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};
