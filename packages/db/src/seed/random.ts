// A small seeded PRNG (mulberry32) so that every run of the seed produces the same data.
// Each part of the seed draws from its own stream (see `streamFor`), so adding a draw in one part
// does not shift the numbers of every part after it.

const BASE_SEED = "daibiao-bijie-2024";

// FNV-1a: turns a label into a 32-bit seed.
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function streamFor(label: string): Rng {
  return new Rng(hash32(`${BASE_SEED}:${label}`));
}

// The items of several lists, each once (a deputy may be on two lists, e.g. city and county).
export function distinct<T>(...lists: readonly (readonly T[])[]): T[] {
  return [...new Set(lists.flat())];
}

export type Weighted<T> = readonly (readonly [T, number])[];

export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  // mulberry32: uniform in [0, 1)
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  // inclusive on both ends
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[Math.floor(this.next() * items.length)]!;
  }

  weighted<T>(items: Weighted<T>): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.next() * total;
    for (const [value, w] of items) {
      r -= w;
      if (r < 0) return value;
    }
    return items[items.length - 1]![0];
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }

  // k distinct items (fewer if the list is shorter), in random order.
  sample<T>(items: readonly T[], k: number): T[] {
    const n = items.length;
    if (k >= n) return this.shuffle(items);
    // Few from many: draw indexes and skip repeats instead of copying the whole list.
    if (k * 4 < n) {
      const seen = new Set<number>();
      const out: T[] = [];
      while (out.length < k) {
        const i = Math.floor(this.next() * n);
        if (seen.has(i)) continue;
        seen.add(i);
        out.push(items[i]!);
      }
      return out;
    }
    return this.shuffle(items).slice(0, k);
  }

  // `parts` integers between min and max (max may differ per part) that add up to exactly `total`.
  // Parts get uneven random weights, so the sizes vary as real ones do instead of all nearing the mean.
  split(total: number, parts: number, min: number, max: number | readonly number[]): number[] {
    const caps = Array.from({ length: parts }, (_, i) => (typeof max === "number" ? max : max[i]!));
    const out = caps.map((cap) => Math.min(min, cap));
    let left = total - out.reduce((a, b) => a + b, 0);
    const room = caps.reduce((a, cap, i) => a + cap - out[i]!, 0);
    if (left < 0 || left > room) throw new Error(`cannot split ${total} into ${parts} parts of at least ${min} with room for ${room} more`);
    const weights = out.map(() => 0.2 + 3 * this.next() ** 2);
    while (left > 0) {
      const open = out.map((_, i) => i).filter((i) => out[i]! < caps[i]!);
      const sum = open.reduce((a, i) => a + weights[i]!, 0);
      let given = 0;
      for (const i of open) {
        const add = Math.min(caps[i]! - out[i]!, Math.floor((left * weights[i]!) / sum));
        out[i] = out[i]! + add;
        given += add;
      }
      left -= given;
      // What rounding left over goes one at a time to weighted random parts.
      if (given === 0) {
        const i = this.weighted(open.map((k) => [k, weights[k]!] as const));
        out[i] = out[i]! + 1;
        left--;
      }
    }
    return out;
  }
}
