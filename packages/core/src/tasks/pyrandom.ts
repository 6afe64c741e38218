/**
 * A port of CPython's `random.Random` for integer seeds: the Mersenne Twister (MT19937) seeded the
 * way CPython seeds it from an int, `getrandbits`, `_randbelow` (the getrandbits variant) and `sample`.
 * lm-evaluation-harness draws few-shot examples with `random.Random(1234).sample(...)`, so reproducing
 * its prompts means reproducing this generator bit for bit.
 */

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

export class PyRandom {
  private readonly state = new Uint32Array(N);
  private index = N + 1;

  /** Like Python's `random.Random(seed)` with an int seed (its absolute value is what seeds). */
  constructor(seed: number | bigint) {
    if (typeof seed === 'number' && !Number.isSafeInteger(seed)) {
      throw new RangeError(`PyRandom seed must be an integer, got ${seed}`);
    }
    this.initByArray(seedKey(BigInt(seed)));
  }

  /** Python's `getrandbits(k)`: a uniformly random non-negative integer below 2**k. */
  getrandbits(k: number): bigint {
    if (!Number.isInteger(k) || k < 0) throw new RangeError('number of bits must be non-negative');
    if (k <= 32) return BigInt(this.randbits32(k));
    // CPython fills 32-bit words from the least significant end; the last, partial word keeps its high bits.
    let result = 0n;
    for (let shift = 0, left = k; left > 0; shift += 32, left -= 32) {
      let word = this.genrandUint32();
      if (left < 32) word >>>= 32 - left;
      result |= BigInt(word) << BigInt(shift);
    }
    return result;
  }

  /** Python's `_randbelow_with_getrandbits(n)`: rejection sampling on `n.bit_length()` bits. */
  randbelow(n: number): number {
    if (!Number.isInteger(n) || n <= 0 || n > 0xffffffff) {
      throw new RangeError(`randbelow needs an integer in [1, 2**32 - 1], got ${n}`);
    }
    const bits = 32 - Math.clz32(n);
    let r = this.randbits32(bits);
    while (r >= n) r = this.randbits32(bits);
    return r;
  }

  /** Python's `sample(population, k)`, including its choice between the pool and the set algorithm. */
  sample<T>(population: readonly T[], k: number): T[] {
    const n = population.length;
    if (!Number.isInteger(k) || k < 0 || k > n) {
      throw new RangeError('Sample larger than population or is negative');
    }
    const result: T[] = new Array(k);
    let setsize = 21; // size of a small set minus size of an empty list
    if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4)); // table size for big sets
    if (n <= setsize) {
      // An n-length list is smaller than a k-length set.
      const pool = population.slice();
      for (let i = 0; i < k; i++) {
        const j = this.randbelow(n - i);
        result[i] = pool[j];
        pool[j] = pool[n - i - 1]; // move non-selected item into vacancy
      }
    } else {
      const selected = new Set<number>();
      for (let i = 0; i < k; i++) {
        let j = this.randbelow(n);
        while (selected.has(j)) j = this.randbelow(n);
        selected.add(j);
        result[i] = population[j];
      }
    }
    return result;
  }

  /** `getrandbits(k)` for 0 <= k <= 32 as a plain number. */
  private randbits32(k: number): number {
    if (k === 0) return 0;
    return this.genrandUint32() >>> (32 - k);
  }

  private initGenrand(seed: number): void {
    const mt = this.state;
    mt[0] = seed >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.index = N;
  }

  private initByArray(key: readonly number[]): void {
    const mt = this.state;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + key[j] + j) >>> 0; // non linear
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0; // non linear
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000; // MSB is 1; assuring non-zero initial array
  }

  private genrandUint32(): number {
    const mt = this.state;
    if (this.index >= N) {
      let kk = 0;
      for (; kk < N - M; kk++) {
        const y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      for (; kk < N - 1; kk++) {
        const y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      const y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      this.index = 0;
    }
    let y = mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }
}

/** CPython's `random_seed` for an int: |seed| split into 32-bit words, least significant first; 0 gives [0]. */
function seedKey(seed: bigint): number[] {
  let rest = seed < 0n ? -seed : seed;
  const key: number[] = [];
  do {
    key.push(Number(rest & 0xffffffffn));
    rest >>= 32n;
  } while (rest > 0n);
  return key;
}
