import { describe, expect, it } from 'vitest';
import { decodeFrame } from '../protocol';
import type { RoomAction } from './actions';
import { roomReducer } from './reducer';
import { myRole, scoreOf } from './selectors';
import { initialRoomState } from './state';
import {
  FRAMES,
  ME,
  SLUG,
  asRecord,
  fixture,
  liveRoom,
  rawFrame,
  reduceAll,
  snapshotAction,
} from './testFixtures';
import { ROOM_ROWS } from './testFrameRowsRoom';
import { STAFF_ROWS } from './testFrameRowsStaff';
import type { FrameRow } from './testFrameTable';

const FRAME_TABLE = [...ROOM_ROWS, ...STAFF_ROWS];

type Fixture = (typeof FRAMES)[number];

function rowFor(entry: Fixture): FrameRow | undefined {
  return FRAME_TABLE.find(
    (row) =>
      row.event === entry.event &&
      (row.variant
        ? entry.variant?.startsWith(row.variant)
        : entry.variant === undefined),
  );
}

describe('roomReducer with every fixture frame', () => {
  it.each(FRAMES.map((f) => [`${f.event} ${f.variant ?? ''}`, f] as const))(
    'reduces %s',
    (_, entry) => {
      const row = rowFor(entry);
      if (!row) throw new Error('no expectation for this fixture');
      const before = liveRoom(...(row.before?.() ?? []));
      const events = decodeFrame(rawFrame(entry), { slug: SLUG });

      const after = reduceAll(before, events);

      row.check(after, before);
    },
  );

  it('has exactly one expectation per fixture', () => {
    const used = FRAMES.map(rowFor);
    expect(used.filter((row) => !row)).toEqual([]);
    expect(new Set(used).size).toBe(FRAME_TABLE.length);
  });

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
    expect(state.users.get(4100203)).toBeUndefined();
    expect(asRecord(state.votes)).toEqual({});
  });

  it('ends the session at once even before the snapshot', () => {
    const state = reduceAll(initialRoomState(SLUG), fixture('killSession'));
    expect(state.session?.reason).toBe('killSession');
  });

  it('replaces users on a resync instead of merging them', () => {
    const gone = snapshotAction({ users: [] });
    const state = liveRoom(...fixture('chat'), { type: 'resync' }, gone);

    expect(Object.keys(asRecord(state.users))).toEqual([String(ME.id)]);
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
