import { Panel } from '../../ui/Panel';
import { NowPlaying } from './NowPlaying';
import { useBooth } from './useBooth';
import { useVideoSetting } from './useVideoSetting';

function VideoToggle({
  on,
  onChange,
}: {
  on: boolean;
  onChange: (on: boolean) => void;
}) {
  return (
    <label className="flex cursor-pointer items-center gap-2 text-xs text-zinc-400">
      <input
        type="checkbox"
        checked={on}
        onChange={(event) => onChange(event.target.checked)}
        className="accent-violet-400"
      />
      Video
    </label>
  );
}

export function Booth() {
  const booth = useBooth();
  const [video, setVideo] = useVideoSetting();
  const { play, lastPlay } = booth;

  return (
    <Panel
      label="Booth"
      title="Now playing"
      actions={<VideoToggle on={video} onChange={setVideo} />}
    >
      {play ? (
        <NowPlaying play={play} booth={booth} video={video} />
      ) : (
        <div className="p-6 text-center">
          <p className="text-lg font-medium text-zinc-300">Nobody is playing</p>
          <p className="mt-1 text-sm text-zinc-500">
            Join the wait list to play a song.
          </p>
        </div>
      )}
      {lastPlay && (
        <p
          className="border-t border-zinc-800 px-4 py-2 text-xs text-zinc-500"
          data-testid="last-play"
        >
          Last: {lastPlay.play.media.author} – {lastPlay.play.media.title}
          {lastPlay.dj && ` (${lastPlay.dj.username})`} · {lastPlay.score.woots}{' '}
          woots, {lastPlay.score.mehs} mehs, {lastPlay.score.grabs} grabs
        </p>
      )}
    </Panel>
  );
}
