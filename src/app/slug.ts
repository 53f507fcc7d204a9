const SLUG = /^[a-z0-9-]{1,64}$/;

/** The room named by the first path segment (`/<slug>`), or the lobby. */
export function roomSlugFromPath(pathname: string): string {
  const first = decodeURIComponent(pathname.split('/').find(Boolean) ?? '');
  return SLUG.test(first) ? first : 'lobby';
}
