import { describe, expect, it, vi } from 'vitest';
import { queryKeys } from '../api/queryKeys';
import { fixture } from '../room/testFixtures';
import { runEventEffects } from './eventEffects';

function targets(myID: number | null = 4100203) {
  return {
    actionQueue: { backOff: vi.fn() },
    chatSender: { backOff: vi.fn(), rateLimited: vi.fn(), echoed: vi.fn() },
    invalidate: vi.fn(),
    checkSlowMode: vi.fn(),
    myID: () => myID,
  };
}

function run(event: string, variant?: string, myID?: number | null) {
  const to = targets(myID);
  for (const e of fixture(event, variant)) runEventEffects(e, to);
  return to;
}

describe('runEventEffects', () => {
  it('pauses the action queue on floodAPI', () => {
    expect(run('floodAPI').actionQueue.backOff).toHaveBeenCalledOnce();
  });

  it('backs the chat sender off on floodChat', () => {
    expect(run('floodChat').chatSender.backOff).toHaveBeenCalledOnce();
  });

  it('resends dropped lines and learns the room pace on rateLimit', () => {
    const to = run('rateLimit');
    expect(to.chatSender.rateLimited).toHaveBeenCalledOnce();
    expect(to.checkSlowMode).toHaveBeenCalledOnce();
  });

  it('confirms a line only on your own echo', () => {
    expect(run('chat').chatSender.echoed).toHaveBeenCalledOnce();
    expect(run('chat', undefined, 1).chatSender.echoed).not.toHaveBeenCalled();
  });

  it('refreshes what account events change', () => {
    expect(run('notify').invalidate).toHaveBeenCalledWith(queryKeys.account);
    expect(run('friendRequest').invalidate).toHaveBeenCalledWith(
      queryKeys.friendInvites,
    );
    expect(run('playlistCycle').invalidate).toHaveBeenCalledWith(
      queryKeys.playlists,
    );
  });

  it('does nothing for other events', () => {
    const to = run('vote');
    expect(to.invalidate).not.toHaveBeenCalled();
    expect(to.actionQueue.backOff).not.toHaveBeenCalled();
  });
});
