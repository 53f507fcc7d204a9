/**
 * The one way REST mutations leave the client. The server bans clients that
 * send ~20 requests in 10 s, and staff do bulk work (delete a spammer's 40
 * lines), so requests start one after another with a growing gap (+200 ms
 * per request in a burst, at most 1.6 s), and everything stops for ~15 s
 * after the server says `floodAPI`.
 */
import { isApiError } from '../api/client';
import { logger } from '../log';
import { PacedQueue } from './pacedQueue';

const log = logger('queue');

export interface ActionQueueOptions {
  step?: number;
  maxGap?: number;
  floodPause?: number;
  now?: () => number;
}

interface Job {
  task: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

export class ActionQueue {
  private readonly floodPause: number;
  private readonly queue: PacedQueue<Job>;

  constructor(options: ActionQueueOptions = {}) {
    this.floodPause = options.floodPause ?? 15_000;
    this.queue = new PacedQueue((job) => this.start(job), {
      step: options.step ?? 200,
      maxGap: options.maxGap ?? 1600,
      now: options.now,
    });
  }

  get pending(): number {
    return this.queue.size;
  }

  run<T>(task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({
        task,
        resolve: resolve as (value: unknown) => void,
        reject,
      });
    });
  }

  /** Stops all requests for a while; called on the `floodAPI` event. */
  backOff(ms = this.floodPause): void {
    log.warn('server says too many requests; pausing for', ms, 'ms');
    this.queue.pause(ms);
  }

  private start(job: Job) {
    log.debug('start; waiting', this.queue.size);

    job.task().then(job.resolve, (error: unknown) => {
      if (isApiError(error, 'floodAPI')) this.backOff();
      job.reject(error);
    });
  }
}

export const actionQueue = new ActionQueue();
