/**
 * Made-up words, names and songs for the recorded session. Text is typed as
 * a person would (apostrophes, `<3`, the odd emoji) and escaped the way the
 * server escapes it, so the decoder meets real entity work.
 */
import { escapeHtml, type WireMedia } from '../src/protocol';
import type { Random } from './random';

const list = (text: string) => text.split(' ');

const WORDS = list(
  'this track is so good love it who made the beat again next please woot ' +
    'vibes chill night drive lofi remix mood nice pick dj same here what a ' +
    'tune bass drop slow fast yes no maybe coffee rain sleepy morning ' +
    "evening hello hi hey everyone welcome back thanks for playing that don't " +
    "it's that's can't <3 lol haha & wow",
);
const EMOJI = list('🎶 🔥 ✨ 😴 ☕');
const NAME_HEADS = list('mint dusk night lofi vinyl echo neon velvet amber');
const NAME_TAILS = list('owl tea fox cat dj wave loop beat sky moth crow fern');

/** A user name as the server sends it, now and then with an entity. */
export function username(random: Random, n: number): string {
  const base = `${random.pick(NAME_HEADS)}_${random.pick(NAME_TAILS)}`;
  const name = random.chance(0.03) ? `${base}<3` : base;
  return escapeHtml(n % 7 === 0 ? `${name}${n % 100}` : name);
}

/** One chat line, escaped; a few are `/me` emotes. */
export function chatText(random: Random): string {
  const words: string[] = [];
  const length = random.int(1, 12);
  for (let i = 0; i < length; i++) words.push(random.pick(WORDS));
  if (random.chance(0.04)) words.push(random.pick(EMOJI));

  const line = words.join(' ');
  return escapeHtml(random.chance(0.03) ? `/me ${line}` : line);
}

export function phrase(random: Random, length: number): string {
  const words: string[] = [];
  for (let i = 0; i < length; i++) words.push(random.pick(WORDS));
  return escapeHtml(words.join(' '));
}

function title(random: Random): string {
  const head = phrase(random, random.int(1, 3));
  return random.chance(0.2) ? `${head} (Remix)` : head;
}

/** The playlists' songs: YouTube and SoundCloud, as an advance carries them. */
export function mediaLibrary(random: Random, size: number): WireMedia[] {
  const library: WireMedia[] = [];
  for (let i = 0; i < size; i++) {
    const youtube = random.chance(0.8);
    const cid = youtube
      ? random.hex(11)
      : String(random.int(100_000_000, 999_999_999));
    library.push({
      id: 880_000 + i,
      cid,
      format: youtube ? 1 : 2,
      author: phrase(random, random.int(1, 2)),
      title: title(random),
      image: youtube
        ? `https://i.ytimg.com/vi/${cid}/default.jpg`
        : `https://i1.sndcdn.com/artworks-${cid}-large.jpg`,
      duration: random.int(120, 480),
    });
  }
  return library;
}
