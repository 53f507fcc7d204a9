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

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
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
          {lastPlay.dj && ` (${lastPlay.dj.username})`} ·{' '}
          {plural(lastPlay.score.woots, 'woot')},{' '}
          {plural(lastPlay.score.mehs, 'meh')},{' '}
          {plural(lastPlay.score.grabs, 'grab')}
        </p>
      )}
    </Panel>
  );
}
