import { useQueryClient } from '@tanstack/react-query';
import { playlistsQuery } from '../../api/playlistsQuery';
import { useGrab, useVote } from '../../api/useRoomMutations';
import { useRoomControls, useRoomState } from '../../app/roomContext';
import { amDJ, iGrabbed, myVote, scoreOf } from '../../room/selectors';

/** What the booth shows, and voting and grabbing on the current play. */
export function useBooth() {
  const state = useRoomState();
  const { dispatch, reportError } = useRoomControls();
  const vote = useVote(reportError);
  const grab = useGrab(reportError);
  const queryClient = useQueryClient();

  const { play } = state;
  const mine = myVote(state);

  const onVote = (direction: 1 | -1) => {
    if (!play || mine === direction) return;
    vote.mutate({ direction, historyID: play.historyID });
  };

  const grabbed = iGrabbed(state);

  const onGrab = async () => {
    if (!play || grabbed) return;
    let playlists;
    try {
      playlists = await queryClient.fetchQuery(playlistsQuery);
    } catch (error) {
      reportError(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    const active = playlists.find((p) => p.active);
    if (!active) {
      dispatch({
        type: 'notice',
        tone: 'error',
        text: 'Activate a playlist to grab songs into.',
      });
      return;
    }
    grab.mutate({ playlistID: active.id, historyID: play.historyID });
  };

  return {
    play,
    lastPlay: state.lastPlay,
    score: scoreOf(state),
    myVote: mine,
    grabbed,
    isDJ: amDJ(state),
    onWoot: () => onVote(1),
    onMeh: () => onVote(-1),
    onGrab: () => void onGrab(),
  };
}
