import { describe, expect, it } from 'vitest';
import { scoreOf } from './selectors';
import { CHAT_CAP } from './state';
import {
  ME,
  SLUG,
  fixture,
  frame,
  liveRoom,
  reduceAll,
  snapshotAction,
  systemTexts,
  wireState,
} from './testFixtures';

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

  it('confirms the echoed line, not an older one the server dropped', () => {
    const echo = frame([
      {
        a: 'chat',
        p: { message: 'back again', un: 'me', cid: `${ME.id}-2`, uid: ME.id },
        s: SLUG,
      },
    ]);
    const state = liveRoom(
      { type: 'chatQueued', localId: 'muted', text: 'can anyone hear me' },
      { type: 'chatSent', localId: 'muted' },
      { type: 'chatQueued', localId: 'later', text: 'back again' },
      { type: 'chatSent', localId: 'later' },
      ...echo,
    );

    expect(state.pending.map((l) => l.localId)).toEqual(['muted']);
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
      'night_owl moved mint_tea to position 1',
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

  it('paces to the room slow mode, and doubles it on rateLimit', () => {
    const slow = liveRoom(
      { type: 'resync' },
      snapshotAction({ meta: { ...wireState().meta, slowMode: 5 } }),
    );
    const unknown = liveRoom(...fixture('rateLimit'));

    expect(slow.slowMode).toBe(5);
    expect(reduceAll(slow, fixture('rateLimit')).slowMode).toBe(10);
    expect(unknown.slowMode).toBe(2);
    expect(reduceAll(unknown, fixture('rateLimit')).slowMode).toBe(4);
  });

  it('takes and announces the pace fetched after a rateLimit', () => {
    const known = liveRoom(...fixture('rateLimit'), {
      type: 'slowModeKnown',
      seconds: 3,
    });
    const unknown = liveRoom(...fixture('rateLimit'), {
      type: 'slowModeKnown',
      seconds: 0,
    });

    expect(known.slowMode).toBe(3);
    expect(known.room?.slowMode).toBe(3);
    expect(known.notices.at(-1)?.text).toBe(
      'Chat is in slow mode: one message every 3 seconds',
    );
    expect(unknown.slowMode).toBe(2);
  });
});
