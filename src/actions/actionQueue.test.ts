import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { ActionQueue } from './actionQueue';

function recorder() {
  const started: number[] = [];
  const task = (n: number) => () => {
    started.push(n);
    return Promise.resolve(n);
  };
  return { started, task };
}

describe('ActionQueue', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('starts a lone request at once', async () => {
    const queue = new ActionQueue();
    const { started, task } = recorder();

    await expect(queue.run(task(1))).resolves.toBe(1);
    expect(started).toEqual([1]);
  });

  it('spaces a burst with a linearly growing gap, capped', async () => {
    const queue = new ActionQueue({ step: 200, maxGap: 600 });
    const { started, task } = recorder();
    for (let i = 1; i <= 5; i++) void queue.run(task(i));

    expect(started).toEqual([1]);
    await vi.advanceTimersByTimeAsync(199);
    expect(started).toEqual([1]);
    await vi.advanceTimersByTimeAsync(1);
    expect(started).toEqual([1, 2]);
    await vi.advanceTimersByTimeAsync(400);
    expect(started).toEqual([1, 2, 3]);
    await vi.advanceTimersByTimeAsync(599);
    expect(started).toEqual([1, 2, 3]);
    await vi.advanceTimersByTimeAsync(1);
    expect(started).toEqual([1, 2, 3, 4]);
    await vi.advanceTimersByTimeAsync(600);
    expect(started).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps the capped gap for as long as the burst lasts', async () => {
    const queue = new ActionQueue({ step: 200, maxGap: 400 });
    const { started, task } = recorder();
    for (let i = 1; i <= 6; i++) void queue.run(task(i));

    await vi.advanceTimersByTimeAsync(200 + 400 + 400);
    expect(started).toEqual([1, 2, 3, 4]);
    await vi.advanceTimersByTimeAsync(399);
    expect(started).toEqual([1, 2, 3, 4]);
    await vi.advanceTimersByTimeAsync(1);
    expect(started).toEqual([1, 2, 3, 4, 5]);
  });

  it('starts afresh after a quiet spell', async () => {
    const queue = new ActionQueue({ step: 200, maxGap: 1600 });
    const { started, task } = recorder();
    void queue.run(task(1));
    void queue.run(task(2));
    await vi.advanceTimersByTimeAsync(5000);

    void queue.run(task(3));
    expect(started).toEqual([1, 2, 3]);
  });

  it('holds every request back after a flood signal', async () => {
    const queue = new ActionQueue({ floodPause: 15_000 });
    const { started, task } = recorder();

    queue.backOff();
    void queue.run(task(1));
    await vi.advanceTimersByTimeAsync(14_999);
    expect(started).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(started).toEqual([1]);
  });

  it('backs off on its own when a request is refused as a flood', async () => {
    const queue = new ActionQueue({ floodPause: 10_000 });
    const { started, task } = recorder();
    const flooded = () =>
      Promise.reject(new ApiError('floodAPI', 'slow down', 429));

    await expect(queue.run(flooded)).rejects.toMatchObject({
      code: 'floodAPI',
    });
    void queue.run(task(2));
    await vi.advanceTimersByTimeAsync(9_000);
    expect(started).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(started).toEqual([2]);
  });

  it('passes a failure through to the caller', async () => {
    const queue = new ActionQueue();
    const failing = () => Promise.reject(new ApiError('notFound', 'gone', 404));
    await expect(queue.run(failing)).rejects.toThrow('gone');
  });
});
