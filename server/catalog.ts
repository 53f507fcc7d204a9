/**
 * The built-in catalog every new account's starter playlist is filled from:
 * well-known official uploads, so a fresh room has something real to play.
 * Durations are in seconds, as the wire carries them.
 */
import type { NewMedia } from './store/store';

const youtube = (
  cid: string,
  author: string,
  title: string,
  duration: number,
): NewMedia => ({
  cid,
  format: 1,
  author,
  title,
  image: `https://i.ytimg.com/vi/${cid}/hqdefault.jpg`,
  duration,
});

const soundcloud = (
  cid: string,
  author: string,
  title: string,
  duration: number,
): NewMedia => ({ cid, format: 2, author, title, image: '', duration });

export const CATALOG: readonly NewMedia[] = [
  youtube('dQw4w9WgXcQ', 'Rick Astley', 'Never Gonna Give You Up', 213),
  youtube('kJQP7kiw5Fk', 'Luis Fonsi', 'Despacito ft. Daddy Yankee', 282),
  youtube('9bZkp7q19f0', 'PSY', 'GANGNAM STYLE', 252),
  youtube('OPf0YbXqDm0', 'Mark Ronson', 'Uptown Funk ft. Bruno Mars', 271),
  youtube('JGwWNGJdvx8', 'Ed Sheeran', 'Shape of You', 264),
  youtube('YQHsXMglC9A', 'Adele', 'Hello', 367),
  youtube(
    '8UVNT4wvIGY',
    'Gotye',
    'Somebody That I Used To Know (feat. Kimbra)',
    244,
  ),
  youtube('fJ9rUzIMcZQ', 'Queen', 'Bohemian Rhapsody', 359),
  youtube('hTWKbfoikeg', 'Nirvana', 'Smells Like Teen Spirit', 301),
  youtube('nfWlot6h_JM', 'Taylor Swift', 'Shake It Off', 242),
  youtube('CevxZvSJLk8', 'Katy Perry', 'Roar', 270),
  youtube('60ItHLz5WEA', 'Alan Walker', 'Faded', 212),
  youtube('fWNaR-rxAic', 'Carly Rae Jepsen', 'Call Me Maybe', 200),
  youtube('2vjPBrBU-TM', 'Sia', 'Chandelier', 216),
  soundcloud('293', 'Forss', 'Flickermood', 214),
];
