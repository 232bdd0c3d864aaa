/** A claim on part of an amount: its weight among the others, and a key that orders ties. */
export interface Claim {
  key: string;
  weight: bigint;
}

/**
 * Splits `amount` minor units in proportion to the claims' weights, exactly: each part is the floor
 * of its proportional share, and the units left over go one each to the largest remainders (the
 * largest remainder method), ties going to the smaller key. The parts always sum to `amount`, none
 * is negative, and the same claims always give the same parts, whatever their order.
 */
export function splitExactly(amount: bigint, claims: readonly Claim[]): Map<string, bigint> {
  if (amount < 0n) throw new RangeError("the amount to split must not be negative");
  let total = 0n;
  for (const c of claims) {
    if (c.weight < 0n) throw new RangeError(`claim ${c.key} has a negative weight`);
    total += c.weight;
  }
  const parts = new Map<string, bigint>();
  if (total === 0n) {
    if (amount !== 0n) throw new RangeError("there is nothing to split the amount by: every weight is zero");
    for (const c of claims) parts.set(c.key, 0n);
    return parts;
  }
  const remainders: { key: string; remainder: bigint }[] = [];
  let given = 0n;
  for (const c of claims) {
    if (parts.has(c.key)) throw new RangeError(`claim ${c.key} appears twice`);
    const scaled = amount * c.weight;
    const part = scaled / total;
    parts.set(c.key, part);
    given += part;
    remainders.push({ key: c.key, remainder: scaled % total });
  }
  remainders.sort((a, b) =>
    a.remainder === b.remainder ? (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) : a.remainder > b.remainder ? -1 : 1,
  );
  // Fewer units are left than there are claims, since each floor lost less than one.
  for (let i = 0; given < amount; i++, given++) {
    const r = remainders[i] as { key: string };
    parts.set(r.key, (parts.get(r.key) ?? 0n) + 1n);
  }
  return parts;
}
