import { describe, expect, it } from 'vitest';
import { changedSettings, formFrom } from './roomSettings';

const room = {
  id: 1,
  name: 'Chill Lounge',
  slug: 'chill-lounge',
  description: 'Be kind',
  welcome: 'Hi',
  hostID: 1,
  hostName: 'night_owl',
  minChatLevel: 0,
  population: 1,
  guests: 0,
  favorite: false,
  slowMode: 0,
};

describe('room settings form', () => {
  it('shows a level-0 room at the lowest level the form offers', () => {
    expect(formFrom(room).minChatLevel).toBe(1);
  });

  it('sends nothing when nothing changed', () => {
    expect(changedSettings(formFrom(room), formFrom(room))).toEqual({});
  });

  it('sends only the changed fields, with the name trimmed', () => {
    const before = formFrom(room);
    const after = { ...before, name: ' Lounge 2 ', slowMode: 5 };
    expect(changedSettings(before, after)).toEqual({
      name: 'Lounge 2',
      slowMode: 5,
    });
  });
});
