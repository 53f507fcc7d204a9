export const queryKeys = {
  me: ['me'] as const,
  playlists: ['playlists'] as const,
  user: (id: number) => ['user', id] as const,
};
