import { useState } from 'react';

/** Only plain web images; anything else falls back to the placeholder. */
function safeImage(src: string): string | null {
  return /^https?:\/\//i.test(src) ? src : null;
}

function Placeholder() {
  return (
    <div
      aria-hidden="true"
      className="flex size-full items-center justify-center bg-gradient-to-br from-violet-600/40 via-zinc-800 to-pink-600/30 text-4xl text-zinc-200"
    >
      ♪
    </div>
  );
}

/**
 * Cover art for the play. Media hosts are often unreachable (offline
 * installs, blockers), so a failed image shows a placeholder instead.
 */
export function Artwork({ src, title }: { src: string; title: string }) {
  const [failed, setFailed] = useState<string | null>(null);
  const url = safeImage(src);

  return (
    <div className="aspect-video w-full overflow-hidden rounded-lg bg-zinc-800 sm:w-48 sm:shrink-0">
      {url && failed !== url ? (
        <img
          src={url}
          alt={`Artwork for ${title}`}
          className="size-full object-cover"
          referrerPolicy="no-referrer"
          onError={() => setFailed(url)}
        />
      ) : (
        <Placeholder />
      )}
    </div>
  );
}
