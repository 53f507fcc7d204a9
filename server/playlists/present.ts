import { escapeHtml, type WireMedia } from '../../src/protocol';
import type { MediaRecord, PlaylistRecord } from '../store/store';

export function wireMedia(media: MediaRecord): WireMedia {
  return {
    id: media.id,
    cid: media.cid,
    format: media.format,
    author: escapeHtml(media.author),
    title: escapeHtml(media.title),
    image: media.image,
    duration: media.duration,
  };
}

export function wirePlaylist(playlist: PlaylistRecord) {
  return {
    id: playlist.id,
    name: escapeHtml(playlist.name),
    active: playlist.active,
    count: playlist.count,
  };
}
