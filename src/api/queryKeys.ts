export const queryKeys = {
  /** `users/me` with totals and notifications; null when logged out. */
  account: ['account'] as const,
  friendInvites: ['friendInvites'] as const,
  bans: ['bans'] as const,
  playlists: ['playlists'] as const,
  user: (id: number) => ['user', id] as const,
};
