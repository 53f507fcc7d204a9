import { describe, expect, it } from 'vitest';
import { scoreOf } from './selectors';
import {
  SLUG,
  asRecord,
  fixture,
  frame,
  liveRoom,
  reduceAll,
  systemTexts,
} from './testFixtures';

const HISTORY_ONE = '5b0c7f0e-2d1a-4c6e-9a53-0c4b1d2e3f40';

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
    expect(asRecord(state.votes)).toEqual({});
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

    expect(state.users.get(4100201)).toBeUndefined();
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
      'night_owl cleared and locked the wait list',
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
