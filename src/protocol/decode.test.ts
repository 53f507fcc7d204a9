import { describe, expect, it, vi } from 'vitest';
import { decodeFrame, type DecodeOptions } from './decode';
import type { RoomEvent } from './events';
import fixtures from './fixtures/frames.documented.json';

const ROOM = fixtures.room;

interface Fixture {
  event: string;
  variant?: string;
  frame?: unknown[];
  raw?: string;
}

function decode(raw: string, options: Partial<DecodeOptions> = {}) {
  return decodeFrame(raw, { slug: ROOM, ...options });
}

function decodeFixture(fixture: Fixture): RoomEvent[] {
  const onDrop = vi.fn();
  const raw = fixture.raw ?? JSON.stringify(fixture.frame);
  const events = decode(raw, { onDrop });
  if (fixture.event !== 'batch') expect(onDrop).not.toHaveBeenCalled();
  return events;
}

const byName = (fixture: Fixture) =>
  `${fixture.event}${fixture.variant ? ` (${fixture.variant})` : ''}`;

const frames = fixtures.frames as Fixture[];

describe('every documented frame', () => {
  it.each(frames.map((f) => [byName(f), f] as const))(
    'decodes %s without a drop',
    (_, fixture) => {
      const events = decodeFixture(fixture);
      const expected = fixture.event === 'heartbeat' ? 0 : 1;
      if (fixture.event !== 'batch') expect(events).toHaveLength(expected);
    },
  );
});

describe('decoded shapes', () => {
  const first = (event: string, variant?: string) => {
    const fixture = frames.find(
      (f) => f.event === event && f.variant === variant,
    );
    if (!fixture) throw new Error(`no fixture ${event} ${variant}`);
    return decodeFixture(fixture)[0];
  };

  it('accepts ack as the string "1" and as the number 1', () => {
    expect(first('ack')).toEqual({ type: 'ack', accepted: true });
    expect(first('ack', 'numeric payload, as the docs show it')).toEqual({
      type: 'ack',
      accepted: true,
    });
  });

  it('treats any other ack payload as a refused token', () => {
    const [event] = decode('[{"a":"ack","p":"0","s":"dashboard"}]');
    expect(event).toEqual({ type: 'ack', accepted: false });
  });

  it('turns an advance into a play with its start in epoch ms', () => {
    expect(first('advance')).toMatchObject({
      type: 'advance',
      waitlist: [4100202, 4100203],
      play: {
        historyID: '5b0c7f0e-2d1a-4c6e-9a53-0c4b1d2e3f40',
        djID: 4100201,
        playlistID: 77001,
        startedAt: Date.UTC(2026, 10, 30, 21, 59, 1, 809),
        media: { format: 1, duration: 212, title: 'Night Drive' },
      },
    });
  });

  it('reads an advance with {} as an empty booth', () => {
    expect(first('advance', 'empty booth: payload is an empty object')).toEqual(
      { type: 'advance', play: null, waitlist: [] },
    );
  });

  it('reads start times without fractional seconds', () => {
    const event = first('advance', 'start time without fractional seconds');
    expect(event).toMatchObject({
      play: { startedAt: Date.UTC(2026, 10, 30, 22, 10, 0) },
    });
  });

  it('decodes escaped chat text exactly once', () => {
    const event = first(
      'chat',
      `server-escaped HTML entities: must display as <b>&amp;" 'hi'`,
    );
    expect(event).toMatchObject({
      text: `<b>&amp;" 'hi'`,
      username: 'a&b',
      emote: false,
    });
  });

  it('marks /me lines as emotes and strips the command', () => {
    expect(first('chat', 'emote (/me)')).toMatchObject({
      text: 'dances',
      emote: true,
    });
  });

  it('does not take /meow for an emote', () => {
    const frame = [
      {
        a: 'chat',
        p: { message: '/meow', un: 'x', cid: '1-1', uid: 1 },
        s: ROOM,
      },
    ];
    const [event] = decode(JSON.stringify(frame));
    expect(event).toMatchObject({ text: '/meow', emote: false });
  });

  it('reads the djListCycle flag under f or c', () => {
    expect(first('djListCycle')).toMatchObject({ cycle: false });
    expect(first('djListCycle', "flag under 'c' instead of 'f'")).toMatchObject(
      { cycle: true },
    );
  });

  it('normalises the old 0-5 role scale in modStaff', () => {
    const event = first(
      'modStaff',
      'host transfer: two users, old 0-5 role scale',
    );
    expect(event).toMatchObject({
      changes: [
        { userID: 4100201, role: 4000 },
        { userID: 4100203, role: 5000 },
      ],
    });
  });

  it('maps both spellings of the room meta events to one event', () => {
    expect(first('roomDescriptionUpdate')).toMatchObject({
      type: 'roomDescription',
      value: 'Downtempo and lo-fi. Be kind.',
    });
    expect(first('roomDescriptionUpdate', 'short event name')).toMatchObject({
      type: 'roomDescription',
      value: 'Downtempo only',
    });
    expect(first('roomMinChatLevelUpdate', 'short event name')).toMatchObject({
      type: 'roomMinChatLevel',
      value: 3,
    });
  });

  it('keeps real newlines in an escaped welcome', () => {
    expect(
      first('roomWelcomeUpdate', 'escaped with &quot; and a real newline'),
    ).toMatchObject({ value: 'Say "hi"\nand enjoy & relax' });
  });

  it('fills null badge and gRole with defaults and decodes the name', () => {
    const event = first('userJoin', 'escaped username, null badge and gRole');
    expect(event).toMatchObject({
      user: { username: 'a<3', badge: null, gRole: 0, language: null },
    });
  });

  it('reads a string user id in userUpdate as a number', () => {
    expect(first('userUpdate', 'avatar only, id as string')).toEqual({
      type: 'userUpdate',
      userID: 4100203,
      changes: { avatarID: 'base02' },
    });
  });
});

describe('framing', () => {
  it('treats the bare h as a heartbeat with no events', () => {
    expect(decode('h')).toEqual([]);
  });

  it('keeps the order of a batch and skips other rooms', () => {
    const batch = frames.find((f) => f.event === 'batch');
    const onDrop = vi.fn();
    const events = decode(JSON.stringify(batch?.frame), { onDrop });

    expect(events.map((e) => e.type)).toEqual(['vote', 'grab']);
    expect(onDrop).toHaveBeenCalledTimes(1);
  });

  it('accepts dashboard events whatever room is shown', () => {
    const events = decode('[{"a":"levelUp","p":3,"s":"dashboard"}]', {
      slug: 'elsewhere',
    });
    expect(events).toEqual([{ type: 'levelUp', level: 3 }]);
  });

  it.each([
    ['not JSON', '{oops'],
    ['not an array', '{"a":"chat"}'],
    ['no action', '[{"p":1,"s":"chill-lounge"}]'],
    ['an unknown action', '[{"a":"dance","p":1,"s":"chill-lounge"}]'],
    [
      'a malformed payload',
      '[{"a":"vote","p":{"i":1,"v":2},"s":"chill-lounge"}]',
    ],
    ['a null entry', '[null]'],
  ])('drops %s with one report and never throws', (_, raw) => {
    const onDrop = vi.fn();
    expect(decode(raw, { onDrop })).toEqual([]);
    expect(onDrop).toHaveBeenCalledTimes(1);
  });

  it('keeps the good events of a frame around a bad one', () => {
    const raw = JSON.stringify([
      { a: 'grab', p: 1, s: ROOM },
      { a: 'grab', p: 'one', s: ROOM },
      { a: 'grab', p: 2, s: ROOM },
    ]);
    expect(decode(raw).map((e) => e.type === 'grab' && e.userID)).toEqual([
      1, 2,
    ]);
  });
});
