import { describe, expect, it } from 'vitest';
import { IdMap } from './idMap';

const three = IdMap.from<string>([
  [30, 'c'],
  [10, 'a'],
  [20, 'b'],
]);

describe('IdMap', () => {
  it('keeps ids in order and finds each of them', () => {
    expect(three.keys()).toEqual([10, 20, 30]);
    expect(three.values()).toEqual(['a', 'b', 'c']);
    expect(three.get(20)).toBe('b');
    expect(three.has(25)).toBe(false);
    expect(three.get(5)).toBeUndefined();
    expect(three.size).toBe(3);
  });

  it('lets the later of two entries with one id win', () => {
    const map = IdMap.from([
      [1, 'old'],
      [1, 'new'],
    ]);
    expect(map.keys()).toEqual([1]);
    expect(map.get(1)).toBe('new');
  });

  it('reads a record keyed by id', () => {
    const map = IdMap.fromRecord({ 4100203: 1, 17: -1 });
    expect(map.keys()).toEqual([17, 4100203]);
    expect(map.get(4100203)).toBe(1);
  });

  it('adds, replaces and removes without changing the old map', () => {
    const added = three.set(25, 'x').set(5, 'first').set(99, 'last');
    const replaced = three.set(20, 'B');
    const removed = three.delete(10);

    expect(added.keys()).toEqual([5, 10, 20, 25, 30, 99]);
    expect(added.get(25)).toBe('x');
    expect(replaced.values()).toEqual(['a', 'B', 'c']);
    expect(removed.keys()).toEqual([20, 30]);
    expect(three.keys()).toEqual([10, 20, 30]);
    expect(three.values()).toEqual(['a', 'b', 'c']);
  });

  it('returns the same map when nothing changes', () => {
    expect(three.set(20, 'b')).toBe(three);
    expect(three.delete(25)).toBe(three);
    expect(IdMap.empty<string>().delete(1).size).toBe(0);
  });
});
