/**
 * A member whose socket stops reading: the server can only queue what it
 * sends them. Others must not notice, and the queue must stay small.
 */
import { sleep } from '../crowd';
import { outsider, tcpQueues } from '../outsider';
import { count, mib } from '../stats';
import {
  compare,
  measureWindow,
  unchanged,
  type FaultRun,
  type Outcome,
} from './context';

const SECONDS = 10;
// Its own address lets /proc/net/tcp tell its socket apart; its idle REST
// connection there has empty queues.
const ADDRESS = '127.0.0.40';
const RSS_GROWTH_LIMIT_MIB = 20;

export async function silentClient(run: FaultRun): Promise<Outcome> {
  const { server, traffic, members } = run;
  const { ws } = await outsider(server.url, 'bsilent', ADDRESS);
  ws.pause();

  const rss0 = server.rssMiB();
  const bytes0 = members[0]?.bytesReceived ?? 0;
  const rss: number[] = [];
  const sampling = (async () => {
    for (let i = 0; i < SECONDS; i++) {
      await sleep(1000);
      rss.push(server.rssMiB());
    }
  })();
  const during = await measureWindow(traffic, SECONDS * 1000);
  await sampling;

  // A reader gets the same frames, so its bytes tell what was sent.
  const sent = (members[0]?.bytesReceived ?? 0) - bytes0;
  const kernel = await tcpQueues(ADDRESS, server.port);
  const inKernel = kernel.serverSend + kernel.clientReceive;
  const growth = Math.max(...rss) - rss0;
  ws.terminate();

  const pass =
    unchanged(during, run.reference) && growth < RSS_GROWTH_LIMIT_MIB;
  return {
    scenario: `(b) a client stops reading for ${SECONDS} s`,
    pass,
    figure:
      `${compare(during, run.reference)}; ` +
      `${count(sent / 1024)} KiB sent to it, ` +
      `${count(inKernel / 1024)} KiB of that in TCP buffers, ` +
      `the rest queued in the server; ` +
      `server RSS ${mib(rss0)} -> max ${mib(Math.max(...rss))}`,
  };
}
