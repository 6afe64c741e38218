/**
 * mulberry32: a small, well-mixed seeded 32-bit PRNG with uniform output in [0, 1). Used where
 * determinism matters and CPython compatibility does not (toy-model weights, bootstrap resampling);
 * few-shot sampling uses the CPython port in tasks/pyrandom.ts instead.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
