/**
 * The client's logger reads `globalThis.localStorage` when there is one.
 * Node 20 has none and its typings do not name it, so the room modules the
 * bench imports would not type-check under the Node config without this.
 * Newer Node typings declare it themselves; this must go with them.
 */
// `var` is what puts a name on `globalThis`.
// eslint-disable-next-line no-var
declare var localStorage: { getItem(key: string): string | null } | undefined;
