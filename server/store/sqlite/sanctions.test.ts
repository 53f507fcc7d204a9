import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLog } from '../../log';
import type { SanctionRecord, Store } from '../store';
import { createSqliteStore } from '.';

let dir: string;
let store: Store;
let roomID: number;
let userID: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'wootroom-store-'));
  store = createSqliteStore(
    join(dir, 'room.db'),
    createLog('error').for('store'),
  );
  const host = await store.users.create({
    email: 'h@x.test',
    username: 'h',
    passwordHash: 'x',
    joinedAt: 0,
  });
  const user = await store.users.create({
    email: 'u@x.test',
    username: 'u',
    passwordHash: 'x',
    joinedAt: 0,
  });
  roomID = (await store.rooms.create({ slug: 'r', name: 'R', hostID: host.id }))
    .id;
  userID = user.id;
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const mute = (over: Partial<SanctionRecord> = {}): SanctionRecord => ({
  roomID,
  userID,
  kind: 'mute',
  moderatorID: 1,
  reason: 2,
  duration: 's',
  createdAt: 1000,
  expiresAt: 2000,
  ...over,
});

describe('sqlite sanctions', () => {
  it('answers a sanction only until it expires', async () => {
    await store.sanctions.put(mute());
    expect(await store.sanctions.get(roomID, 'mute', userID, 1999)).toEqual(
      mute(),
    );
    expect(await store.sanctions.get(roomID, 'mute', userID, 2000)).toBeNull();
    expect(await store.sanctions.get(roomID, 'ban', userID, 1500)).toBeNull();
  });

  it('replaces a sanction of the same kind and keeps forever ones', async () => {
    await store.sanctions.put(mute({ kind: 'ban', expiresAt: 5000 }));
    await store.sanctions.put(mute({ kind: 'ban', expiresAt: null }));
    const bans = await store.sanctions.list(roomID, 'ban', 10 ** 12);
    expect(bans).toEqual([mute({ kind: 'ban', expiresAt: null })]);

    expect(await store.sanctions.remove(roomID, 'ban', userID)).toBe(true);
    expect(await store.sanctions.remove(roomID, 'ban', userID)).toBe(false);
  });
});

describe('sqlite room update', () => {
  it('writes only the fields named', async () => {
    await store.rooms.update(roomID, { name: 'New', isLocked: true });
    await store.rooms.update(roomID, { slowMode: 30 });
    expect(await store.rooms.bySlug('r')).toMatchObject({
      name: 'New',
      description: '',
      isLocked: true,
      shouldCycle: true,
      slowMode: 30,
    });
  });
});
