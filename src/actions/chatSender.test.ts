import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LocalAction } from '../room/actions';
import { ChatSender } from './chatSender';

function setup(open = true) {
  const sent: string[] = [];
  const actions: LocalAction[] = [];
  const sender = new ChatSender({
    transmit: (text) => {
      if (open) sent.push(text);
      return open;
    },
    dispatch: (action) => actions.push(action),
    confirmTimeout: 5000,
  });
  const types = () => actions.map((a) => a.type);
  return { sender, sent, actions, types };
}

describe('ChatSender', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows each line as queued, then sends them paced', async () => {
    const { sender, sent, types } = setup();

    expect(sender.send('one\ntwo\nthree')).toBe(3);
    expect(types().slice(0, 3)).toEqual([
      'chatQueued',
      'chatQueued',
      'chatQueued',
    ]);
    expect(sent).toEqual(['one']);

    await vi.advanceTimersByTimeAsync(70);
    expect(sent).toEqual(['one', 'two']);
    await vi.advanceTimersByTimeAsync(139);
    expect(sent).toEqual(['one', 'two']);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual(['one', 'two', 'three']);
  });

  it('never waits more than 700 ms between lines', async () => {
    const { sender, sent } = setup();
    sender.send(Array.from({ length: 14 }, (_, i) => `l${i}`).join('\n'));

    await vi.advanceTimersByTimeAsync(
      70 + 140 + 210 + 280 + 350 + 420 + 490 + 560 + 630 + 700,
    );
    expect(sent).toHaveLength(11);
    await vi.advanceTimersByTimeAsync(700);
    expect(sent).toHaveLength(12);
  });

  it('marks a line failed when no echo comes in time', async () => {
    const { sender, actions } = setup();
    sender.send('hello');

    await vi.advanceTimersByTimeAsync(4999);
    expect(actions.at(-1)?.type).toBe('chatSent');
    await vi.advanceTimersByTimeAsync(1);
    expect(actions.at(-1)).toMatchObject({ type: 'chatFailed' });
  });

  it('fails a line at once when the socket is closed', () => {
    const { sender, types } = setup(false);
    sender.send('hello');
    expect(types()).toEqual(['chatQueued', 'chatFailed']);
  });

  it('holds lines back after a flood signal', async () => {
    const { sender, sent } = setup();
    sender.backOff(2000);
    sender.send('later');

    await vi.advanceTimersByTimeAsync(1999);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual(['later']);
  });

  it('gives every line a distinct local id', () => {
    const { sender, actions } = setup();
    sender.send('a\nb');
    sender.send('c');
    const ids = actions
      .filter((a) => a.type === 'chatQueued')
      .map((a) => a.localId);
    expect(new Set(ids).size).toBe(3);
  });
});
