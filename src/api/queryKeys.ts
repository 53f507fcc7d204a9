export const queryKeys = {
  me: ['me'] as const,
  /** `users/me` with totals and notifications, for the account views. */
  account: ['account'] as const,
  friendInvites: ['friendInvites'] as const,
  bans: ['bans'] as const,
  playlists: ['playlists'] as const,
  user: (id: number) => ['user', id] as const,
};
