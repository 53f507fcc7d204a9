import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE, roomStateSchema } from '../../src/protocol';
import { testServer, type TestServer } from '../test/harness';
import { freshRoom, host, member } from '../test/members';

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(() => server.close());

async function roleIn(slug: string, userID: number) {
  const room = await server.app.store.rooms.bySlug(slug);
  return server.app.store.rooms.roleOf(room?.id ?? 0, userID);
}

describe('staff', () => {
  it('lists the room staff with their roles', async () => {
    const slug = await freshRoom(server);
    const bouncer = await member(server, slug, ROLE.bouncer);
    const reply = await bouncer.client.get('staff');
    expect(reply.body.status).toBe('ok');
    const listed = reply.body.data as { id: number; role: number }[];
    expect(listed.map((u) => u.role)).toEqual([ROLE.host, ROLE.bouncer]);
    expect(listed[1]).toMatchObject({
      id: bouncer.user.id,
      username: bouncer.user.username,
    });
  });

  it('lets a manager make a bouncer, announced to the room', async () => {
    const slug = await freshRoom(server);
    const manager = await member(server, slug, ROLE.manager);
    const user = await member(server, slug);
    const watcher = await member(server, slug);

    const reply = await manager.client.post('staff/update', {
      userID: user.user.id,
      roleID: ROLE.bouncer,
    });
    expect(reply.body.status).toBe('ok');
    expect((await watcher.socket.next('modStaff')).p).toEqual({
      m: manager.user.username,
      mi: manager.user.id,
      u: [{ n: user.user.username, i: user.user.id, p: ROLE.bouncer }],
    });
    expect(await roleIn(slug, user.user.id)).toBe(ROLE.bouncer);
  });

  it('refuses roles above what the actor may give, and equal targets', async () => {
    const slug = await freshRoom(server);
    const bouncer = await member(server, slug, ROLE.bouncer);
    const manager = await member(server, slug, ROLE.manager);
    const other = await member(server, slug, ROLE.manager);
    const user = await member(server, slug);

    const tries = [
      { by: bouncer, userID: user.user.id, roleID: ROLE.residentDJ },
      { by: manager, userID: user.user.id, roleID: ROLE.manager },
      { by: manager, userID: other.user.id, roleID: ROLE.bouncer },
      { by: manager, userID: manager.user.id, roleID: ROLE.bouncer },
    ];
    for (const { by, ...body } of tries) {
      const reply = await by.client.post('staff/update', body);
      expect(reply.http).toBe(403);
      expect(reply.body.status).toBe('notAuthorized');
    }
    expect((await manager.client.delete(`staff/${other.user.id}`)).http).toBe(
      403,
    );
    expect(await user.socket.got('modStaff')).toBe(false);
    expect(await roleIn(slug, other.user.id)).toBe(ROLE.manager);
  });

  it('lets a co-host remove a manager with DELETE staff/:id', async () => {
    const slug = await freshRoom(server);
    const cohost = await member(server, slug, ROLE.cohost);
    const manager = await member(server, slug, ROLE.manager);

    const reply = await cohost.client.delete(`staff/${manager.user.id}`);
    expect(reply.body.status).toBe('ok');
    expect((await manager.socket.next('modStaff')).p).toMatchObject({
      u: [{ i: manager.user.id, p: ROLE.user }],
    });
    expect(await roleIn(slug, manager.user.id)).toBe(ROLE.user);
  });

  it('hands the room over: two entries, the old host becomes co-host', async () => {
    const slug = await freshRoom(server);
    const owner = await host(server, slug);
    const cohost = await member(server, slug, ROLE.cohost);
    const heir = await member(server, slug);

    const early = await cohost.client.post('staff/update', {
      userID: heir.user.id,
      roleID: ROLE.host,
    });
    expect(early.http).toBe(403);

    await owner.client.post('staff/update', {
      userID: heir.user.id,
      roleID: ROLE.host,
    });
    expect((await heir.socket.next('modStaff')).p).toEqual({
      m: owner.user.username,
      mi: owner.user.id,
      u: [
        { n: owner.user.username, i: owner.user.id, p: ROLE.cohost },
        { n: heir.user.username, i: heir.user.id, p: ROLE.host },
      ],
    });
    const state = roomStateSchema.parse(
      (await heir.client.get('rooms/state')).body.data[0],
    );
    expect(state.room.hostID).toBe(heir.user.id);
    expect(state.role).toBe(ROLE.host);
    expect(await roleIn(slug, owner.user.id)).toBe(ROLE.cohost);
    await owner.socket.close();
  });
});
