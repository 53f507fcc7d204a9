/** Room life: chat, people coming and going, room settings. */
import { z } from 'zod';
import { id, text, userSchema } from '../schemas';
import { isEmote, stripEmote } from '../text';
import { signal } from './shared';

const roomMeta = <T extends string, K extends string>(
  type: T,
  key: K,
  value: z.ZodType<string | number>,
) =>
  z
    .object({ [key]: value, u: id } as Record<K, typeof value> & {
      u: typeof id;
    })
    .transform((p) => ({
      type,
      value: (p as Record<K, string | number>)[key],
      userID: (p as { u: number }).u,
    }));

export const roomEvents = {
  chat: z
    .object({
      message: text,
      un: text,
      cid: z.string().min(1),
      uid: id,
      sub: z.number().int().optional(),
    })
    .transform((p) => ({
      type: 'chat' as const,
      cid: p.cid,
      userID: p.uid,
      username: p.un,
      text: stripEmote(p.message),
      emote: isEmote(p.message),
      sub: p.sub ?? 0,
    })),

  chatDelete: z.object({ c: z.string().min(1), mi: id }).transform((p) => ({
    type: 'chatDelete' as const,
    cid: p.c,
    moderatorID: p.mi,
  })),

  floodChat: signal('floodChat'),

  rateLimit: signal('rateLimit'),

  roomDescriptionUpdate: roomMeta('roomDescription', 'd', text),

  roomMinChatLevelUpdate: roomMeta('roomMinChatLevel', 'm', z.number().int()),

  roomNameUpdate: roomMeta('roomName', 'n', text),

  roomWelcomeUpdate: roomMeta('roomWelcome', 'w', text),

  userJoin: userSchema.transform((user) => ({
    type: 'userJoin' as const,
    user,
  })),

  userLeave: id.transform((userID) => ({
    type: 'userLeave' as const,
    userID,
  })),

  userUpdate: z
    .object({
      i: id,
      username: text.optional(),
      level: z.number().int().optional(),
      avatarID: z.string().optional(),
      badge: z.string().nullable().optional(),
      guest: z.boolean().optional(),
    })
    .transform(({ i, ...changes }) => ({
      type: 'userUpdate' as const,
      userID: i,
      changes,
    })),

  nameChangedRoom: z.object({ i: id, o: text, n: text }).transform((p) => ({
    type: 'nameChangedRoom' as const,
    userID: p.i,
    from: p.o,
    to: p.n,
  })),
};
