/** The ranking's order as a reader asked for it: the API's (best first), or its reverse with the offices without a value still last. */
export function ordered<R extends { rank: number | null }>(rows: readonly R[], bestFirst: boolean): R[] {
  if (bestFirst) return [...rows];
  return [...rows.filter((r) => r.rank !== null).reverse(), ...rows.filter((r) => r.rank === null)];
}
