import { describe, expect, it } from 'vitest';
import { PyRandom } from '../../src/tasks/pyrandom.js';

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

// Every expected value below was printed by CPython 3.11.7 on this machine, e.g.
//   python3 -c "import random; r=random.Random(1234); print([r.getrandbits(32) for _ in range(3)], r.getrandbits(64), ...)"
describe('PyRandom reproduces CPython random.Random', () => {
  it('getrandbits for 32, 64, 100, 1, 0 and 33 bits from one generator', () => {
    // r=random.Random(1234); [r.getrandbits(32) for _ in range(3)], r.getrandbits(64), r.getrandbits(100),
    // r.getrandbits(1), r.getrandbits(0), r.getrandbits(33)
    const r = new PyRandom(1234);
    expect([r.getrandbits(32), r.getrandbits(32), r.getrandbits(32)]).toEqual([4150886329n, 3342196574n, 1892932127n]);
    expect(r.getrandbits(64)).toBe(138193304849869414n);
    expect(r.getrandbits(100)).toBe(1263097734879819045699660835653n);
    expect(r.getrandbits(1)).toBe(1n);
    expect(r.getrandbits(0)).toBe(0n);
    expect(r.getrandbits(33)).toBe(2500648409n);
  });

  it('seeds from int seeds of any size the way CPython does (0, negative = |seed|, above 2**32)', () => {
    // random.Random(s).getrandbits(32) for s in 0, 7, -7, 2**40+5, 2**64+3
    expect(new PyRandom(0).getrandbits(32)).toBe(3626764237n);
    expect(new PyRandom(7).getrandbits(32)).toBe(1390851128n);
    expect(new PyRandom(-7).getrandbits(32)).toBe(1390851128n);
    expect(new PyRandom(2 ** 40 + 5).getrandbits(32)).toBe(2166296868n);
    expect(new PyRandom(2n ** 64n + 3n).getrandbits(32)).toBe(3921169615n);
  });

  it('sample from a large population uses the set branch, and draws continue from the same stream', () => {
    // r=random.Random(1234); r.sample(range(1119), 25); r.sample(range(1119), 26); r.getrandbits(32)
    const r = new PyRandom(1234);
    expect(r.sample(range(1119), 25)).toEqual([
      902, 239, 15, 185, 71, 171, 201, 726, 484, 35, 63, 32, 708, 991, 949, 304, 186, 374, 234, 29, 1030, 996, 511, 132, 1108,
    ]);
    expect(r.sample(range(1119), 26)).toEqual([
      954, 140, 182, 1054, 94, 552, 129, 619, 985, 727, 545, 510, 409, 928, 1085, 39, 1040, 144, 11, 683, 294, 968, 772, 342, 110, 156,
    ]);
    expect(r.getrandbits(32)).toBe(2523415722n);
  });

  it('sample switches from the pool to the set branch exactly where CPython does', () => {
    // r=random.Random(1234); r.sample(range(10),5), r.sample(range(50),6), r.sample(range(85),6), r.sample(range(86),6)
    // For k=6 the set size is 21 + 4**3 = 85: n=85 still uses the pool, n=86 the set.
    const r = new PyRandom(1234);
    expect(r.sample(range(10), 5)).toEqual([7, 1, 0, 9, 4]);
    expect(r.sample(range(50), 6)).toEqual([2, 42, 44, 5, 6, 22]);
    expect(r.sample(range(85), 6)).toEqual([30, 2, 3, 83, 44, 79]);
    expect(r.sample(range(86), 6)).toEqual([61, 78, 59, 19, 11, 23]);
  });

  it('sample of the whole population is a permutation; objects are returned as they are', () => {
    // random.Random(0): r.getrandbits(32); r.sample(range(7), 7)
    const r = new PyRandom(0);
    r.getrandbits(32);
    expect(r.sample(range(7), 7)).toEqual([3, 6, 0, 2, 5, 1, 4]);
    const docs = [{ a: 1 }, { a: 2 }];
    expect(new PyRandom(1).sample(docs, 2).every((doc) => docs.includes(doc))).toBe(true);
  });

  it('rejects a sample larger than the population, as Python raises ValueError', () => {
    expect(() => new PyRandom(1).sample([1, 2], 3)).toThrow(/larger than population/);
  });
});
