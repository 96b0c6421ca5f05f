// The job queue the feed tasks run on. On PostgreSQL: graphile-worker (src/feeds/graphile-queue.ts),
// jobs in the database, shared by every server and `npm run worker` process. On the embedded
// database (PGlite, one process): LocalQueue below, an in-memory timer list in the server's own
// process that calls the same task functions with graphile-worker's retry rule. It is not
// durable: after a restart the feed table (nextCheckAt) is the schedule again, and each feed's
// first check then skips its validators so items whose page fetch was pending are found again.
import type { Logger } from 'pino';

export type TaskName = 'feeds_check' | 'feeds_item' | 'feeds_sweep';

export interface JobSpec {
  runAt?: Date;
  maxAttempts?: number;
  /** At most one pending job per key. */
  jobKey?: string;
  /** `replace`: the new payload and runAt win; `preserve_run_at`: the pending job keeps its time. */
  jobKeyMode?: 'replace' | 'preserve_run_at';
}

export interface JobInfo {
  /** This run's number, from 1. */
  attempts: number;
  maxAttempts: number;
  runAt: Date;
}

export type Task = (payload: unknown, job: JobInfo) => Promise<void>;

export interface QueueDepth {
  /** Due and waiting for a worker. */
  ready: number;
  /** Waiting for their time (next checks, retries). */
  scheduled: number;
}

export interface FeedQueue {
  readonly kind: 'graphile-worker' | 'in-process';
  add(task: TaskName, payload: unknown, spec?: JobSpec): Promise<void>;
  remove(jobKey: string): Promise<void>;
  depth(): Promise<QueueDepth>;
  /** Stops taking jobs and waits for those running. */
  stop(): Promise<void>;
}

/** graphile-worker's delay before retry n (seconds): exp(min(n, 10)). */
export const retryDelayMs = (attempts: number) => Math.exp(Math.min(attempts, 10)) * 1_000;

interface LocalJob {
  task: TaskName;
  payload: unknown;
  runAt: number;
  attempts: number;
  maxAttempts: number;
  key: string | null;
  running: boolean;
}

export class LocalQueue implements FeedQueue {
  readonly kind = 'in-process';
  private readonly jobs = new Set<LocalJob>();
  private readonly byKey = new Map<string, LocalJob>();
  private readonly running = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly tasks: Record<TaskName, Task>,
    private readonly concurrency: number,
    private readonly log: Logger,
  ) {}

  add(task: TaskName, payload: unknown, spec: JobSpec = {}): Promise<void> {
    const runAt = (spec.runAt ?? new Date()).getTime();
    const key = spec.jobKey ?? null;
    const pending = key ? this.byKey.get(key) : undefined;
    if (pending && !pending.running) {
      pending.payload = payload;
      if (spec.jobKeyMode !== 'preserve_run_at') {
        pending.runAt = runAt;
        pending.attempts = 0;
      }
    } else {
      const job: LocalJob = { task, payload, runAt, attempts: 0, maxAttempts: spec.maxAttempts ?? 25, key, running: false };
      this.jobs.add(job);
      if (key) this.byKey.set(key, job);
    }
    this.wake();
    return Promise.resolve();
  }

  remove(jobKey: string): Promise<void> {
    const job = this.byKey.get(jobKey);
    if (job && !job.running) {
      this.jobs.delete(job);
      this.byKey.delete(jobKey);
    }
    return Promise.resolve();
  }

  depth(): Promise<QueueDepth> {
    const now = Date.now();
    let ready = 0;
    let scheduled = 0;
    for (const job of this.jobs) {
      if (job.running) continue;
      if (job.runAt <= now) ready += 1;
      else scheduled += 1;
    }
    return Promise.resolve({ ready, scheduled });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await Promise.allSettled([...this.running]);
  }

  /** Starts due jobs up to the concurrency, then sleeps until the next one is due. */
  private wake(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const now = Date.now();
    const waiting = [...this.jobs].filter((j) => !j.running).sort((a, b) => a.runAt - b.runAt);
    for (const job of waiting) {
      if (this.running.size >= this.concurrency || job.runAt > now) break;
      this.start(job);
    }
    const next = waiting.find((j) => !j.running);
    if (next && this.running.size < this.concurrency) {
      this.timer = setTimeout(() => this.wake(), Math.max(0, next.runAt - Date.now()));
      this.timer.unref();
    }
  }

  private start(job: LocalJob): void {
    job.running = true;
    job.attempts += 1;
    // The key is free again: a job added with it now is a new job (as in graphile-worker).
    if (job.key && this.byKey.get(job.key) === job) this.byKey.delete(job.key);
    const run = this.tasks[job.task](job.payload, { attempts: job.attempts, maxAttempts: job.maxAttempts, runAt: new Date(job.runAt) }).then(
      () => void this.jobs.delete(job),
      (err: unknown) => {
        if (job.attempts >= job.maxAttempts) {
          this.jobs.delete(job);
          this.log.warn({ task: job.task, attempts: job.attempts, err: (err as Error).message }, 'feed job failed for the last time');
          return;
        }
        job.runAt = Date.now() + retryDelayMs(job.attempts);
        job.running = false;
        if (job.key && !this.byKey.has(job.key)) this.byKey.set(job.key, job);
        else if (job.key) this.jobs.delete(job); // a newer job with the key took its place
      },
    );
    const tracked = run.finally(() => {
      this.running.delete(tracked);
      this.wake();
    });
    this.running.add(tracked);
  }
}
