/** The room socket lives on the page's own origin unless configured. */
export function socketUrl(): string {
  const configured: unknown = import.meta.env.VITE_SOCKET_URL;
  if (typeof configured === 'string' && configured) return configured;
  return `${window.location.origin.replace(/^http/, 'ws')}/socket`;
}
