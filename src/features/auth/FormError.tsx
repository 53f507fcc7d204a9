/** A server refusal, read out as soon as it appears. */
export function FormError({ error }: { error: Error | null }) {
  if (!error) return null;
  return (
    <p
      role="alert"
      className="rounded-md bg-red-500/10 px-3 py-2 text-sm text-red-300"
    >
      {error.message}
    </p>
  );
}
