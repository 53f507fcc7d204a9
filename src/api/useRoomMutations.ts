/**
 * The room's REST actions. Each goes through the action queue, so a burst
 * of clicks (or a moderator clearing a spammer) never floods the server;
 * failures go to `onError`, which shows them as notices.
 */
import { useMutation } from '@tanstack/react-query';
import { actionQueue } from '../actions/actionQueue';
import * as api from './endpoints';

export type OnError = (error: Error) => void;

/** A mutation that leaves through the action queue. */
export function useQueued<T>(
  request: (variables: T) => Promise<void>,
  onError: OnError,
  onSuccess?: () => void,
) {
  return useMutation({
    mutationFn: (variables: T) => actionQueue.run(() => request(variables)),
    onError,
    onSuccess,
  });
}

export function useVote(onError: OnError) {
  return useQueued(api.vote, onError);
}

export function useGrab(onError: OnError) {
  return useQueued(api.grab, onError);
}

export function useSkip(onError: OnError) {
  return useQueued(api.skipPlay, onError);
}

export function useDeleteChat(onError: OnError) {
  return useQueued(api.deleteChat, onError);
}

export function useJoinWaitlist(onError: OnError) {
  return useQueued<void>(api.joinWaitlist, onError);
}

export function useLeaveWaitlist(onError: OnError) {
  return useQueued<void>(api.leaveWaitlist, onError);
}
