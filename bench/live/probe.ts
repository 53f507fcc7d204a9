/**
 * Preloaded into the server child (`--import`) so the bench can read its
 * V8 heap, which /proc does not show. It only answers over the IPC
 * channel the bench opened, and does nothing when there is none.
 */
process.on('message', (message) => {
  if (message !== 'heap') return;
  process.send?.({ heapUsed: process.memoryUsage().heapUsed });
});
// The channel must not keep a server alive that is asked to stop.
process.channel?.unref();
