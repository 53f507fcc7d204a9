/**
 * What each fixture frame must do to a live room: one row per event and
 * variant of `frames.documented.json` (rows in testFrameRows*.ts). The
 * reducer test runs every row and fails on a fixture without one, so a new
 * fixture needs a new row.
 */
import { expect } from 'vitest';
import type { RoomAction } from './actions';
import type { RoomState } from './state';
import { SLUG, frame, systemTexts, wireUser } from './testFixtures';

export interface FrameRow {
  event: string;
  /** Start of the fixture's `variant`; none for the main shape. */
  variant?: string;
  /** Actions applied to the live room before the frame. */
  before?: () => RoomAction[];
  check: (after: RoomState, before: RoomState) => void;
}

export const lastLine = (state: RoomState) => systemTexts(state).at(-1);
export const lastNotice = (state: RoomState) => state.notices.at(-1);
export const unchanged = (after: RoomState, before: RoomState) =>
  expect(after).toEqual(before);
export const join = (id: number, name: string) =>
  frame([{ a: 'userJoin', p: wireUser(id, name), s: SLUG }]);

export const line = (text: string) => (after: RoomState) =>
  expect(lastLine(after)).toBe(text);

export const notice =
  (tone: string, text: string) =>
  (after: RoomState): void => {
    expect(lastNotice(after)).toMatchObject({ tone, text });
  };

export const ended = (session: object) => (after: RoomState) =>
  expect(after.session).toEqual(session);

export const MINT = 4100203;
export const LOUD = 4100204;
