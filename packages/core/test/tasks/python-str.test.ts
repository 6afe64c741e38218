import { describe, expect, it } from 'vitest';
import { pyCapitalize, pyRstrip, pyStrip } from '../../src/tasks/python-str.js';

// Expected values printed by CPython 3.11.7 here: python3 -c "print(repr(s.capitalize()))" / "print(repr(s.strip()))".
describe('Python str semantics', () => {
  it.each([
    ['the DOG runs', 'The dog runs'],
    ['1st PLACE', '1st place'],
    ['\u00dftra\u00dfe', 'Sstra\u00dfe'],
    ['\u01c6emal', '\u01c5emal'],
    ['\ufb01sh FISH', 'Fish fish'],
    ['\u0391\u03a3 \u03a3\u0391\u03a3', '\u0391\u03c2 \u03c3\u03b1\u03c2'],
    ['\u0130STANBUL', '\u0130stanbul'],
    ['\u10d0', '\u10d0'],
    ['\u1fb3', '\u1fbc'],
    ['', ''],
  ])('capitalize(%j) is %j', (input, expected) => {
    expect(pyCapitalize(input)).toBe(expected);
  });

  it.each([
    ['\x1c a \x85', 'a'],
    ['\ufeff a', '\ufeff a'],
    [' \u3000x\t\n', 'x'],
  ])('strip(%j) is %j', (input, expected) => {
    expect(pyStrip(input)).toBe(expected);
  });

  it.each([
    [' a \x1f\x85', ' a'],
    ['a\ufeff', 'a\ufeff'],
    ['\t\n', ''],
  ])('rstrip(%j) is %j', (input, expected) => {
    expect(pyRstrip(input)).toBe(expected);
  });
});
