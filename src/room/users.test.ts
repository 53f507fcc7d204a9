import { describe, expect, it } from 'vitest';
import { myRole } from './selectors';
import {
  ME,
  SLUG,
  fixture,
  frame,
  liveRoom,
  snapshotAction,
  systemTexts,
} from './testFixtures';

describe('users', () => {
  it('adds a joining user and counts a guest only as a guest', () => {
    const state = liveRoom(
      ...frame([{ a: 'userLeave', p: 4100203, s: SLUG }]),
      ...fixture('userJoin'),
      ...fixture('userJoin', 'guest'),
    );
    expect(state.users.get(4100203)?.username).toBe('mint_tea');
    expect(state.users.get(0)).toBeUndefined();
    expect(state.guests).toBe(1);
  });

  it('removes a leaving user with their vote and grab', () => {
    const state = liveRoom(
      ...fixture('vote'),
      ...fixture('grab'),
      ...fixture('userLeave'),
    );
    expect(state.users.get(4100203)).toBeUndefined();
    expect(state.votes.get(4100203)).toBeUndefined();
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
    expect(state.users.get(4100203)).toMatchObject({
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
    expect(state.users.get(4100204)?.username).toBe('loud_guy');
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

    expect(state.users.get(4100203)?.role).toBe(5000);
    expect(state.users.get(4100201)?.role).toBe(4000);
    expect(myRole(state)).toBe(2000);
    expect(systemTexts(state)).toContain('night_owl made mint_tea the host');
  });

  it('forgets a mute when its time runs out, and only that one', () => {
    const state = liveRoom(
      ...fixture('modMute'),
      { type: 'muteExpired', userID: 4100299 },
      { type: 'muteExpired', userID: 4100204 },
    );
    expect(state.mutes).toEqual({});
  });

  it('takes mutes from the snapshot', () => {
    const state = liveRoom(
      { type: 'resync' },
      snapshotAction({ mutes: { '4100203': 600 } }),
    );
    expect(state.mutes).toEqual({ 4100203: 600 });
  });
});
