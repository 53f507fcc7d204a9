import type { Play } from '../../protocol';
import { SkipButton } from '../moderation/SkipButton';
import { useDisplayName } from '../users/useDisplayName';
import { Artwork } from './Artwork';
import { PlayProgress } from './PlayProgress';
import type { useBooth } from './useBooth';
import { VideoEmbed } from './VideoEmbed';
import { VoteButtons } from './VoteButtons';

interface NowPlayingProps {
  play: Play;
  booth: ReturnType<typeof useBooth>;
  video: boolean;
}

export function NowPlaying({ play, booth, video }: NowPlayingProps) {
  const { media } = play;
  const { name: djName } = useDisplayName(play.djID);

  return (
    <div className="flex flex-col gap-4 p-4">
      {video && (
        <VideoEmbed
          key={play.historyID}
          media={media}
          startedAt={play.startedAt}
        />
      )}
      <div className="flex flex-col gap-4 sm:flex-row">
        {!video && <Artwork src={media.image} title={media.title} />}
        <div className="flex min-w-0 flex-1 flex-col gap-2">
          <p
            className="truncate text-xl font-semibold"
            data-testid="media-title"
            title={media.title}
          >
            {media.title}
          </p>
          <p className="truncate text-zinc-300" data-testid="media-author">
            {media.author}
          </p>
          <p className="text-sm text-zinc-400">
            played by{' '}
            <span
              className="font-medium text-violet-300"
              data-testid="current-dj"
            >
              {djName}
            </span>
          </p>
          <PlayProgress startedAt={play.startedAt} duration={media.duration} />
        </div>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <VoteButtons
          score={booth.score}
          myVote={booth.myVote}
          grabbed={booth.grabbed}
          isDJ={booth.isDJ}
          onWoot={booth.onWoot}
          onMeh={booth.onMeh}
          onGrab={booth.onGrab}
        />
        <SkipButton play={play} />
      </div>
    </div>
  );
}
