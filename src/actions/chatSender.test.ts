import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LocalAction } from '../room/actions';
import { ChatSender, type ChatSenderOptions } from './chatSender';

function setup(open = true, options: Partial<ChatSenderOptions> = {}) {
  const sent: string[] = [];
  const actions: LocalAction[] = [];
  const sender = new ChatSender({
    transmit: (text) => {
      if (open) sent.push(text);
      return open;
    },
    dispatch: (action) => actions.push(action),
    confirmTimeout: 5000,
    ...options,
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

describe('ChatSender back-off', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const flood = {
    floodPause: 3000,
    floodGap: 1000,
    floodCooldown: 10_000,
    retryAfter: 2500,
  };

  it('spaces lines a second apart for a while after floodChat', async () => {
    const { sender, sent } = setup(true, flood);
    sender.backOff();
    sender.send('a\nb\nc');

    await vi.advanceTimersByTimeAsync(3000);
    expect(sent).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(999);
    expect(sent).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual(['a', 'b']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toEqual(['a', 'b', 'c']);
  });

  it('goes back to the normal pace when the cooldown is over', async () => {
    const { sender, sent } = setup(true, flood);
    sender.backOff();
    await vi.advanceTimersByTimeAsync(10_000);

    sender.send('a\nb');
    await vi.advanceTimersByTimeAsync(70);
    expect(sent).toEqual(['a', 'b']);
  });

  it('sends again the lines floodChat dropped, before newer ones', async () => {
    const { sender, sent, actions } = setup(true, flood);
    sender.send('a\nb');
    await vi.advanceTimersByTimeAsync(70);

    sender.backOff();
    sender.send('c');
    await vi.advanceTimersByTimeAsync(2500);
    expect(actions.filter((a) => a.type === 'chatRetrying')).toHaveLength(2);

    await vi.advanceTimersByTimeAsync(500 + 1000 + 1000);
    expect(sent).toEqual(['a', 'b', 'a', 'b', 'c']);
  });

  it('does not send again a line whose echo came back', async () => {
    const { sender, sent } = setup(true, flood);
    sender.send('a\nb');
    await vi.advanceTimersByTimeAsync(70);

    sender.backOff();
    sender.echoed({ text: 'a', emote: false });
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent).toEqual(['a', 'b', 'b']);
  });

  it('sends a line again only once for two flood signals in a row', async () => {
    const { sender, sent } = setup(true, flood);
    sender.send('a');
    sender.backOff();
    await vi.advanceTimersByTimeAsync(1000);
    sender.backOff();
    await vi.advanceTimersByTimeAsync(10_000);

    expect(sent).toEqual(['a', 'a']);
  });

  it('shows a line as failed once it was dropped on every attempt', async () => {
    const { sender, actions } = setup(true, { ...flood, maxAttempts: 2 });
    sender.send('a');
    sender.backOff();
    await vi.advanceTimersByTimeAsync(3000);
    sender.backOff();
    await vi.advanceTimersByTimeAsync(2500);

    expect(actions.map((a) => a.type)).toEqual([
      'chatQueued',
      'chatSent',
      'chatRetrying',
      'chatSent',
      'chatFailed',
    ]);
  });

  it('paces every line to the slow mode, and stops when it is lifted', async () => {
    const { sender, sent } = setup();
    sender.setSlowMode(5);
    sender.send('a\nb');

    // Five seconds and a margin for the network.
    await vi.advanceTimersByTimeAsync(5249);
    expect(sent).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual(['a', 'b']);

    sender.setSlowMode(0);
    await vi.advanceTimersByTimeAsync(700);
    sender.send('c\nd');
    await vi.advanceTimersByTimeAsync(70);
    expect(sent).toEqual(['a', 'b', 'c', 'd']);
  });

  it('sends again what rateLimit dropped, at the slow-mode pace', async () => {
    const { sender, sent } = setup(true, flood);
    sender.send('a');
    sender.rateLimited();
    sender.setSlowMode(4);

    await vi.advanceTimersByTimeAsync(2500);
    expect(sent).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(1750);
    expect(sent).toEqual(['a', 'a']);
  });
});
