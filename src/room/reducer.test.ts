import { describe, expect, it } from 'vitest';
import { decodeFrame } from '../protocol';
import type { RoomAction } from './actions';
import { roomReducer } from './reducer';
import { myRole, scoreOf } from './selectors';
import { CHAT_CAP, initialRoomState } from './state';
import {
  FRAMES,
  ME,
  SLUG,
  fixture,
  frame,
  liveRoom,
  rawFrame,
  reduceAll,
  snapshotAction,
} from './testFixtures';

const HISTORY_ONE = '5b0c7f0e-2d1a-4c6e-9a53-0c4b1d2e3f40';

function systemTexts(state: ReturnType<typeof liveRoom>): string[] {
  return state.chat.filter((l) => l.kind === 'system').map((l) => l.text);
}

describe('roomReducer with every fixture frame', () => {
  it.each(FRAMES.map((f) => [`${f.event} ${f.variant ?? ''}`, f] as const))(
    'reduces %s without throwing',
    (_, entry) => {
      const events = decodeFrame(rawFrame(entry), { slug: SLUG });
      const before = liveRoom();

      const after = reduceAll(before, events);

      expect(after.slug).toBe(SLUG);
      expect(after.chat.length).toBeGreaterThanOrEqual(0);
    },
  );

  it('decodes every non-heartbeat fixture into at least one event', () => {
    const silent = FRAMES.filter(
      (f) =>
        f.event !== 'heartbeat' &&
        decodeFrame(rawFrame(f), { slug: SLUG }).length === 0,
    );
    expect(silent.map((f) => f.event)).toEqual([]);
  });

  it('ignores an action it does not know', () => {
    const state = liveRoom();
    const bogus = { type: 'nonsense' } as unknown as RoomAction;
    expect(roomReducer(state, bogus)).toBe(state);
  });
});

describe('advance', () => {
  it('starts the play, replaces the wait list and resets votes and grabs', () => {
    const state = liveRoom(
      ...fixture('vote'),
      ...fixture('grab'),
      ...fixture('advance'),
    );

    expect(state.play?.historyID).toBe(HISTORY_ONE);
    expect(state.play?.media.title).toBe('Night Drive');
    expect(state.playDJ?.username).toBe('night_owl');
    expect(state.booth.waitlist).toEqual([4100202, 4100203]);
    expect(state.votes).toEqual({});
    expect(state.grabs).toEqual([]);
  });

  it('ignores a repeated advance with the same history id', () => {
    const played = liveRoom(
      ...fixture('advance'),
      ...fixture('vote'),
      ...fixture('grab'),
    );

    const again = reduceAll(played, fixture('advance'));

    expect(again).toBe(played);
    expect(scoreOf(again)).toEqual({ woots: 1, mehs: 0, grabs: 1 });
  });

  it('keeps the previous play, its DJ and its score as the last play', () => {
    const state = liveRoom(
      ...fixture('advance'),
      ...fixture('vote'),
      ...fixture('vote', 'meh'),
      ...fixture('grab'),
      ...fixture('advance', 'soundcloud'),
    );

    expect(state.play?.media.format).toBe(2);
    expect(state.lastPlay?.play.historyID).toBe(HISTORY_ONE);
    expect(state.lastPlay?.dj?.username).toBe('night_owl');
    expect(state.lastPlay?.score).toEqual({ woots: 1, mehs: 1, grabs: 1 });
  });

  it('remembers the DJ of the last play even after they left', () => {
    const state = liveRoom(
      ...fixture('advance'),
      ...frame([{ a: 'userLeave', p: 4100201, s: SLUG }]),
      ...fixture('advance', 'empty booth'),
    );

    expect(state.users[4100201]).toBeUndefined();
    expect(state.play).toBeNull();
    expect(state.lastPlay?.dj?.username).toBe('night_owl');
  });
});

describe('wait list, votes and grabs', () => {
  it('replaces the wait list on djListUpdate', () => {
    const state = liveRoom(...fixture('advance'), ...fixture('djListUpdate'));
    expect(state.booth.waitlist).toEqual([4100203, 4100202]);
  });

  it('lets a later vote replace an earlier one', () => {
    const state = liveRoom(
      ...fixture('vote'),
      ...frame([{ a: 'vote', p: { i: 4100203, v: -1 }, s: SLUG }]),
    );
    expect(scoreOf(state)).toEqual({ woots: 0, mehs: 1, grabs: 0 });
  });

  it('counts a repeated grab once', () => {
    const state = liveRoom(...fixture('grab'), ...fixture('grab'));
    expect(state.grabs).toEqual([4100203]);
  });

  it('clears the wait list when it is locked and cleared', () => {
    const state = liveRoom(
      ...fixture('advance'),
      ...fixture('djListLocked', 'locked and cleared'),
    );
    expect(state.booth).toMatchObject({ isLocked: true, waitlist: [] });
    expect(systemTexts(state)).toContain(
      'night_owl locked the wait list and cleared it',
    );
  });

  it('reads the cycle flag from either field', () => {
    expect(liveRoom(...fixture('djListCycle')).booth.shouldCycle).toBe(false);
    const again = liveRoom(
      ...fixture('djListCycle'),
      ...fixture('djListCycle', 'flag under'),
    );
    expect(again.booth.shouldCycle).toBe(true);
  });
});

describe('users', () => {
  it('adds a joining user and counts a guest only as a guest', () => {
    const state = liveRoom(
      ...frame([{ a: 'userLeave', p: 4100203, s: SLUG }]),
      ...fixture('userJoin'),
      ...fixture('userJoin', 'guest'),
    );
    expect(state.users[4100203]?.username).toBe('mint_tea');
    expect(state.users[0]).toBeUndefined();
    expect(state.guests).toBe(1);
  });

  it('removes a leaving user with their vote and grab', () => {
    const state = liveRoom(
      ...fixture('vote'),
      ...fixture('grab'),
      ...fixture('userLeave'),
    );
    expect(state.users[4100203]).toBeUndefined();
    expect(state.votes[4100203]).toBeUndefined();
    expect(state.grabs).toEqual([]);
  });

  it('never counts guests below zero', () => {
    const state = liveRoom(
      ...fixture('userLeave', 'guest'),
      ...fixture('userLeave', 'guest'),
    );
    expect(state.guests).toBe(0);
  });

  it('merges only the changed fields of a user, even with a string id', () => {
    const state = liveRoom(
      ...fixture('userUpdate', 'level only'),
      ...fixture('userUpdate', 'avatar only'),
    );
    expect(state.users[4100203]).toMatchObject({
      username: 'mint_tea',
      level: 13,
      avatarID: 'base02',
    });
  });

  it('renames a user on nameChangedRoom', () => {
    const state = liveRoom(
      ...frame([
        {
          a: 'userJoin',
          p: { id: 4100204, username: 'loud_guy | promo' },
          s: SLUG,
        },
      ]),
      ...fixture('nameChangedRoom'),
    );
    expect(state.users[4100204]?.username).toBe('loud_guy');
  });

  it('sets roles on modStaff, on the 0-5 scale too, including your own', () => {
    const mine = frame([
      {
        a: 'modStaff',
        p: { m: 'night_owl', mi: 4100201, u: [{ n: 'me', i: ME.id, p: 2 }] },
        s: SLUG,
      },
    ]);
    const state = liveRoom(...fixture('modStaff', 'host transfer'), ...mine);

    expect(state.users[4100203]?.role).toBe(5000);
    expect(state.users[4100201]?.role).toBe(4000);
    expect(myRole(state)).toBe(2000);
    expect(systemTexts(state)).toContain('night_owl made mint_tea Host');
  });
});

describe('chat', () => {
  it('stores decoded text as plain text, once', () => {
    const [line] = liveRoom(...fixture('chat', 'server-escaped')).chat;
    expect(line).toMatchObject({
      kind: 'user',
      username: 'a&b',
      text: "<b>&amp;\" 'hi'",
    });
  });

  it('marks emotes and strips their prefix', () => {
    const [line] = liveRoom(...fixture('chat', 'emote')).chat;
    expect(line).toMatchObject({ emote: true, text: 'dances' });
  });

  it('removes only the deleted message', () => {
    const state = liveRoom(
      ...fixture('chat'),
      ...fixture('chat', 'emote'),
      ...fixture('chatDelete'),
    );
    expect(state.chat.map((l) => l.cid)).toEqual(['4100203-1764539941999']);
  });

  it(`keeps only the last ${CHAT_CAP} lines`, () => {
    const lines = Array.from({ length: CHAT_CAP + 20 }, (_, i) => ({
      a: 'chat',
      p: {
        message: `line ${i}`,
        un: 'mint_tea',
        cid: `4100203-${i}`,
        uid: 4100203,
      },
      s: SLUG,
    }));
    const state = liveRoom(...frame(lines));

    expect(state.chat).toHaveLength(CHAT_CAP);
    expect(state.chat[0]?.cid).toBe('4100203-20');
  });

  it('confirms your oldest sent line by its echo, even when the text differs', () => {
    const echo = frame([
      {
        a: 'chat',
        p: { message: 'hell', un: 'me_myself', cid: `${ME.id}-1`, uid: ME.id },
        s: SLUG,
      },
    ]);
    const state = liveRoom(
      { type: 'chatQueued', localId: 'a', text: 'hello  ' },
      { type: 'chatQueued', localId: 'b', text: 'second' },
      { type: 'chatSent', localId: 'a' },
      { type: 'chatSent', localId: 'b' },
      ...fixture('chat'),
      ...echo,
    );

    expect(state.pending.map((l) => l.localId)).toEqual(['b']);
  });

  it('does not fail a line that was already confirmed', () => {
    const echo = frame([
      {
        a: 'chat',
        p: { message: 'x', un: 'me_myself', cid: `${ME.id}-1`, uid: ME.id },
        s: SLUG,
      },
    ]);
    const state = liveRoom(
      { type: 'chatQueued', localId: 'a', text: 'x' },
      { type: 'chatSent', localId: 'a' },
      ...echo,
      { type: 'chatFailed', localId: 'a' },
    );
    expect(state.pending).toEqual([]);
  });
});

describe('moderation lines, notices and room meta', () => {
  it('writes staff actions into the chat as system lines', () => {
    const state = liveRoom(
      ...fixture('modSkip'),
      ...fixture('modRemoveDJ'),
      ...fixture('modBan', 'permanent'),
      ...fixture('modMute', 'unmute'),
      ...fixture('modMoveDJ'),
    );
    expect(systemTexts(state)).toEqual([
      'night_owl skipped',
      'night_owl removed mint_tea from the wait list',
      'night_owl banned spam_bot_9 forever',
      'night_owl unmuted loud_guy',
      'night_owl moved mint_tea from #32 to #1 in the wait list',
    ]);
  });

  it('adds notices for earnings, levels and gifts', () => {
    const state = liveRoom(
      ...fixture('earn'),
      ...fixture('levelUp'),
      ...fixture('gifted'),
    );
    expect(state.notices.map((n) => n.text)).toEqual([
      'You have 17,785 PP and 130,870 XP',
      'You reached level 12',
      'mint_tea gave night_owl a gift',
    ]);
  });

  it('updates room meta, under the long and the short event names', () => {
    const state = liveRoom(
      ...fixture('roomNameUpdate'),
      ...fixture('roomDescriptionUpdate', 'short'),
      ...fixture('roomMinChatLevelUpdate'),
    );
    expect(state.room).toMatchObject({
      name: 'Chill Lounge 24/7',
      description: 'Downtempo only',
      minChatLevel: 2,
    });
  });

  it.each([
    ['killSession', 'killSession'],
    ['ban', 'ban'],
    ['plugMaintenance', 'maintenance'],
    ['nameChanged', 'nameChanged'],
    ['plugUpdate', 'update'],
  ])('ends the session on %s', (event, reason) => {
    expect(liveRoom(...fixture(event)).session?.reason).toBe(reason);
  });

  it('ignores events for another room in the same frame', () => {
    const state = liveRoom(...fixture('batch', 'several'));
    expect(state.chat).toEqual([]);
    expect(scoreOf(state)).toEqual({ woots: 1, mehs: 0, grabs: 1 });
  });
});

describe('snapshot and resync', () => {
  it('buffers events that arrive before the snapshot and replays them after it', () => {
    const early = [
      ...fixture('chat'),
      ...fixture('vote'),
      ...fixture('userLeave'),
    ];
    const state = reduceAll(initialRoomState(SLUG), [
      ...early,
      snapshotAction(),
    ]);

    expect(state.sync).toBe('live');
    expect(state.buffered).toEqual([]);
    expect(state.chat).toHaveLength(1);
    expect(state.users[4100203]).toBeUndefined();
    expect(state.votes).toEqual({});
  });

  it('ends the session at once even before the snapshot', () => {
    const state = reduceAll(initialRoomState(SLUG), fixture('killSession'));
    expect(state.session?.reason).toBe('killSession');
  });

  it('replaces users on a resync instead of merging them', () => {
    const gone = snapshotAction({ users: [] });
    const state = liveRoom(...fixture('chat'), { type: 'resync' }, gone);

    expect(Object.keys(state.users)).toEqual([String(ME.id)]);
    expect(state.chat).toHaveLength(1);
  });

  it('takes the play, votes and grabs from the snapshot', () => {
    const state = reduceAll(initialRoomState(SLUG), [
      snapshotAction({
        booth: {
          currentDJ: 4100202,
          isLocked: true,
          shouldCycle: false,
          waitingDJs: [4100203],
        },
        playback: {
          historyID: 'h1',
          media: {
            id: 1,
            cid: 'x',
            format: 1,
            author: 'A &amp; B',
            title: 'T',
            image: '',
            duration: 200,
          },
          playlistID: 3,
          startTime: '2026-11-30 21:59:01.809993',
        },
        votes: { '4100203': 1, '4100201': -1 },
        grabs: { '4100203': 1 },
        role: 3,
      }),
    ]);

    expect(state.play?.media.author).toBe('A & B');
    expect(state.playDJ?.username).toBe('dusk_dj');
    expect(scoreOf(state)).toEqual({ woots: 1, mehs: 1, grabs: 1 });
    expect(myRole(state)).toBe(3000);
  });
});
