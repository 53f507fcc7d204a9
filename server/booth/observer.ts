import type { RoomRecord, Score } from '../store/store';
import type { Play } from './play';

/**
 * Follows plays as they start and end, with who is in the room at each
 * moment (rewards use it). `ended` runs before the next play starts and
 * must not throw: a failing observer may not stall the booth.
 */
export interface PlayObserver {
  started(room: RoomRecord, play: Play, present: readonly number[]): void;
  ended(
    room: RoomRecord,
    play: Play,
    score: Score,
    present: readonly number[],
  ): Promise<void>;
}
