/** Fixture rows: booth, chat, users, votes and framing. */
import { expect } from 'vitest';
import { asRecord, fixture } from './testFixtures';
import { scoreOf } from './selectors';
import { LOUD, MINT, line, unchanged, type FrameRow } from './testFrameTable';

export const ROOM_ROWS: FrameRow[] = [
  { event: 'ack', check: unchanged },
  { event: 'ack', variant: 'numeric', check: unchanged },
  {
    event: 'advance',
    check: (s) => {
      expect(s.play).toMatchObject({
        historyID: '5b0c7f0e-2d1a-4c6e-9a53-0c4b1d2e3f40',
        djID: 4100201,
        media: { title: 'Night Drive', format: 1, duration: 212 },
      });
      expect(s.playDJ?.username).toBe('night_owl');
      expect(s.booth.waitlist).toEqual([4100202, MINT]);
    },
  },
  {
    event: 'advance',
    variant: 'empty booth',
    before: () => fixture('advance'),
    check: (s) => {
      expect(s.play).toBeNull();
      expect(s.booth.waitlist).toEqual([]);
      expect(s.lastPlay?.play.media.title).toBe('Night Drive');
    },
  },
  {
    event: 'advance',
    variant: 'soundcloud',
    check: (s) => {
      expect(s.play).toMatchObject({ djID: 4100202, media: { format: 2 } });
      expect(s.booth.waitlist).toEqual([MINT]);
    },
  },
  {
    event: 'advance',
    variant: 'start time without',
    check: (s) => {
      expect(s.play?.startedAt).toBe(Date.UTC(2026, 10, 30, 22, 10, 0));
      expect(s.playDJ?.username).toBe('mint_tea');
    },
  },
  {
    event: 'chat',
    check: (s) =>
      expect(s.chat.at(-1)).toEqual({
        kind: 'user',
        cid: '4100203-1764539941257',
        userID: MINT,
        username: 'mint_tea',
        text: 'hello everyone',
        emote: false,
      }),
  },
  {
    event: 'chat',
    variant: 'server-escaped',
    check: (s) =>
      expect(s.chat.at(-1)).toMatchObject({
        username: 'a&b',
        text: `<b>&amp;" 'hi'`,
      }),
  },
  {
    event: 'chat',
    variant: 'emote',
    check: (s) =>
      expect(s.chat.at(-1)).toMatchObject({ text: 'dances', emote: true }),
  },
  {
    event: 'chatDelete',
    before: () => [...fixture('chat'), ...fixture('chat', 'emote')],
    check: (s) =>
      expect(s.chat.map((l) => l.cid)).toEqual(['4100203-1764539941999']),
  },
  {
    event: 'djListUpdate',
    check: (s) => expect(s.booth.waitlist).toEqual([MINT, 4100202]),
  },
  {
    event: 'grab',
    before: () => fixture('grab'),
    check: (s) => expect(s.grabs).toEqual([MINT]),
  },
  { event: 'skip', check: line('dusk_dj skipped their song') },
  {
    event: 'userJoin',
    check: (s) =>
      expect(s.users.get(MINT)).toMatchObject({
        level: 12,
        badge: '80sb01',
        language: 'en',
      }),
  },
  {
    event: 'userJoin',
    variant: 'guest',
    check: (s, b) => {
      expect(s.guests).toBe(1);
      expect(s.users).toEqual(b.users);
    },
  },
  {
    event: 'userJoin',
    variant: 'escaped username',
    check: (s) =>
      expect(s.users.get(4100205)).toMatchObject({
        username: 'a<3',
        badge: null,
        gRole: 0,
      }),
  },
  {
    event: 'userLeave',
    before: () => [...fixture('vote'), ...fixture('grab')],
    check: (s) => {
      expect(s.users.get(MINT)).toBeUndefined();
      expect(scoreOf(s)).toEqual({ woots: 0, mehs: 0, grabs: 0 });
    },
  },
  {
    event: 'userLeave',
    variant: 'guest leaves',
    before: () => [
      ...fixture('userJoin', 'guest'),
      ...fixture('userJoin', 'guest'),
    ],
    check: (s) => expect(s.guests).toBe(1),
  },
  {
    event: 'userUpdate',
    variant: 'username only',
    check: (s) => expect(s.users.get(MINT)?.username).toBe('matcha'),
  },
  {
    event: 'userUpdate',
    variant: 'level only',
    check: (s) =>
      expect(s.users.get(MINT)).toMatchObject({
        level: 13,
        username: 'mint_tea',
      }),
  },
  {
    event: 'userUpdate',
    variant: 'avatar only',
    check: (s) => expect(s.users.get(MINT)?.avatarID).toBe('base02'),
  },
  {
    event: 'userUpdate',
    variant: 'badge only',
    check: (s) => expect(s.users.get(MINT)?.badge).toBe('warrior01b'),
  },
  {
    event: 'vote',
    check: (s) => expect(asRecord(s.votes)).toEqual({ [MINT]: 1 }),
  },
  {
    event: 'vote',
    variant: 'meh',
    check: (s) => expect(asRecord(s.votes)).toEqual({ [LOUD]: -1 }),
  },
  {
    event: 'batch',
    variant: 'several events',
    check: (s) => {
      expect(s.chat).toEqual([]);
      expect(asRecord(s.votes)).toEqual({ [MINT]: 1 });
      expect(s.grabs).toEqual([MINT]);
    },
  },
  {
    event: 'heartbeat',
    variant: 'not JSON',
    check: (after, b) => expect(after).toBe(b),
  },
];
