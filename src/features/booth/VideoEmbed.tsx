import { useState } from 'react';
import type { Media } from '../../protocol';

const YOUTUBE_ID = /^[\w-]{11}$/;

interface VideoEmbedProps {
  media: Media;
  startedAt: number;
}

/** The privacy-enhanced YouTube player, for YouTube media only. */
export function VideoEmbed({ media, startedAt }: VideoEmbedProps) {
  // Fixed at mount: a changing src would reload the player every second.
  const [startAt] = useState(() =>
    Math.max(0, Math.floor((Date.now() - startedAt) / 1000)),
  );

  if (media.format !== 1 || !YOUTUBE_ID.test(media.cid)) {
    return <p className="text-sm text-zinc-400">No video for this song.</p>;
  }

  const src = `https://www.youtube-nocookie.com/embed/${media.cid}?autoplay=1&start=${startAt}`;
  return (
    <iframe
      title={`Video: ${media.title}`}
      src={src}
      className="aspect-video w-full rounded-lg"
      allow="autoplay; encrypted-media"
      referrerPolicy="strict-origin-when-cross-origin"
      sandbox="allow-scripts allow-same-origin allow-presentation"
    />
  );
}
