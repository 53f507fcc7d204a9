/** Fixture rows: staff actions, room meta, account and session events. */
import { expect } from 'vitest';
import { ME, fixture, systemTexts } from './testFixtures';
import {
  LOUD,
  MINT,
  ended,
  join,
  line,
  notice,
  type FrameRow,
} from './testFrameTable';

export const STAFF_ROWS: FrameRow[] = [
  {
    event: 'ban',
    check: ended({ reason: 'ban', duration: 'h', banReason: 1 }),
  },
  {
    event: 'djListCycle',
    check: (s) => {
      expect(s.booth.shouldCycle).toBe(false);
      line('night_owl turned wait-list cycling off')(s);
    },
  },
  {
    event: 'djListCycle',
    variant: "flag under 'c'",
    before: () => fixture('djListCycle'),
    check: (s) => {
      expect(s.booth.shouldCycle).toBe(true);
      line('night_owl turned wait-list cycling on')(s);
    },
  },
  {
    event: 'djListLocked',
    before: () => fixture('djListUpdate'),
    check: (s) => {
      expect(s.booth).toMatchObject({
        isLocked: true,
        waitlist: [MINT, 4100202],
      });
      line('night_owl locked the wait list')(s);
    },
  },
  {
    event: 'djListLocked',
    variant: 'locked and cleared',
    before: () => fixture('djListUpdate'),
    check: (s) => {
      expect(s.booth).toMatchObject({ isLocked: true, waitlist: [] });
      line('night_owl cleared and locked the wait list')(s);
    },
  },
  {
    event: 'earn',
    check: (s) => {
      expect(s.account).toEqual({ xp: 130870, pp: 17785, level: 16 });
      expect(s.me?.level).toBe(16);
      expect(s.users.get(Number(ME.id))?.level).toBe(16);
      notice('info', 'You have 17,785 PP and 130,870 XP')(s);
    },
  },
  {
    event: 'floodAPI',
    check: notice(
      'error',
      'Too many requests: your actions are paused for 15 seconds',
    ),
  },
  {
    event: 'floodChat',
    check: notice(
      'error',
      'You are chatting too fast: your messages will go out slower',
    ),
  },
  {
    event: 'friendAccept',
    check: notice('success', 'mint_tea accepted your friend request'),
  },
  {
    event: 'friendRequest',
    check: notice('info', 'mint_tea sent you a friend request'),
  },
  {
    event: 'gift',
    variant: 'not in the documented list',
    check: (s) => {
      expect(s.account?.pp).toBe(17900);
      notice('success', 'You got a gift: you now have 17,900 PP')(s);
    },
  },
  { event: 'gifted', check: notice('info', 'mint_tea gave night_owl a gift') },
  { event: 'killSession', check: ended({ reason: 'killSession' }) },
  {
    event: 'levelUp',
    check: (s) => {
      expect(s.account?.level).toBe(12);
      expect(s.me?.level).toBe(12);
      notice('success', 'You reached level 12')(s);
    },
  },
  {
    event: 'modAddDJ',
    check: line('night_owl added mint_tea to the wait list'),
  },
  { event: 'modBan', check: line('night_owl banned spam_bot_9 for an hour') },
  {
    event: 'modBan',
    variant: 'permanent',
    check: line('night_owl banned spam_bot_9 forever'),
  },
  { event: 'modMoveDJ', check: line('night_owl moved mint_tea to position 1') },
  {
    event: 'modMute',
    check: (s) => {
      expect(s.mutes).toEqual({ [LOUD]: 30 * 60 });
      line('night_owl muted loud_guy for 30 minutes')(s);
    },
  },
  {
    event: 'modMute',
    variant: 'unmute',
    before: () => fixture('modMute'),
    check: (s) => {
      expect(s.mutes).toEqual({});
      line('night_owl unmuted loud_guy')(s);
    },
  },
  {
    event: 'modRemoveDJ',
    check: line('night_owl removed mint_tea from the wait list'),
  },
  { event: 'modSkip', check: line('night_owl skipped') },
  {
    event: 'modStaff',
    check: (s) => {
      expect(s.users.get(MINT)?.role).toBe(2000);
      line('night_owl made mint_tea a bouncer')(s);
    },
  },
  {
    event: 'modStaff',
    variant: 'host transfer',
    check: (s) => {
      expect(s.users.get(4100201)?.role).toBe(4000);
      expect(s.users.get(MINT)?.role).toBe(5000);
      expect(systemTexts(s).slice(-2)).toEqual([
        'night_owl made night_owl a co-host',
        'night_owl made mint_tea the host',
      ]);
    },
  },
  {
    event: 'modWaitlistBan',
    check: line('night_owl banned loud_guy from the wait list for 15 minutes'),
  },
  { event: 'nameChanged', check: ended({ reason: 'nameChanged' }) },
  {
    event: 'nameChangedRoom',
    before: () => join(LOUD, 'loud_guy | promo'),
    check: (s) => {
      expect(s.users.get(LOUD)?.username).toBe('loud_guy');
      line('loud_guy | promo is now known as loud_guy')(s);
    },
  },
  { event: 'notify', check: notice('success', 'You reached level 12') },
  { event: 'playlistCycle', check: (after, b) => expect(after).toBe(b) },
  { event: 'plugMaintenance', check: ended({ reason: 'maintenance' }) },
  {
    event: 'plugMaintenanceAlert',
    check: (s) => {
      expect(s.maintenance).toMatchObject({ minutes: 15 });
      expect(s.notices).toEqual([]);
    },
  },
  {
    event: 'plugMessage',
    check: notice('info', 'Scheduled restart tonight at 23:00 UTC'),
  },
  { event: 'plugUpdate', check: ended({ reason: 'update' }) },
  {
    event: 'rateLimit',
    check: (s) => {
      expect(s.slowMode).toBe(2);
      // The notice waits for the room's real pace (slowModeKnown).
      expect(s.notices).toEqual([]);
    },
  },
  {
    event: 'roomDescriptionUpdate',
    check: (s) => {
      expect(s.room?.description).toBe('Downtempo and lo-fi. Be kind.');
      line('night_owl changed the room description')(s);
    },
  },
  {
    event: 'roomDescriptionUpdate',
    variant: 'short event name',
    check: (s) => expect(s.room?.description).toBe('Downtempo only'),
  },
  {
    event: 'roomMinChatLevelUpdate',
    check: (s) => {
      expect(s.room?.minChatLevel).toBe(2);
      line('night_owl set the minimum chat level to 2')(s);
    },
  },
  {
    event: 'roomMinChatLevelUpdate',
    variant: 'short event name',
    check: (s) => expect(s.room?.minChatLevel).toBe(3),
  },
  {
    event: 'roomNameUpdate',
    check: (s) => {
      expect(s.room?.name).toBe('Chill Lounge 24/7');
      line('night_owl changed the room name to Chill Lounge 24/7')(s);
    },
  },
  {
    event: 'roomWelcomeUpdate',
    check: (s) => {
      expect(s.room?.welcome).toBe('Welcome! Read the rules.');
      line('night_owl changed the welcome message')(s);
    },
  },
  {
    event: 'roomWelcomeUpdate',
    variant: 'escaped',
    check: (s) => expect(s.room?.welcome).toBe('Say "hi"\nand enjoy & relax'),
  },
];
