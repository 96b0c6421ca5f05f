// The feed queue on PostgreSQL: graphile-worker. Jobs live in its own schema (graphile_worker,
// migrated by the library itself), are taken with SKIP LOCKED by any number of worker
// processes, and are retried with its exponential backoff. A cron item sweeps for feeds whose
// check job was lost (failed for good, or never queued), so a feed cannot silently stop.
import { Logger as GraphileLogger, makeWorkerUtils, run, type Runner, type Task as GraphileTask, type WorkerUtils } from 'graphile-worker';
import type { Logger } from 'pino';
import type { FeedQueue, JobSpec, QueueDepth, Task, TaskName } from './queue.ts';

export interface GraphileQueueOptions {
  connectionString: string;
  tasks: Record<TaskName, Task>;
  /** Jobs run at once by this process; 0: only adds jobs. */
  concurrency: number;
  log: Logger;
  /** How often idle workers look for due jobs (they also LISTEN for new ones). */
  pollIntervalMs?: number;
}

function graphileLogger(log: Logger): GraphileLogger {
  return new GraphileLogger(() => (level, message, meta) => {
    const name: string = level; // a const enum of string values, not importable here
    // Its "info" lines (worker started, job completed) are chatty: debug here.
    if (name === 'error') log.error({ ...meta }, message);
    else if (name === 'warning') log.warn({ ...meta }, message);
    else log.debug({ ...meta }, message);
  });
}

export class GraphileQueue implements FeedQueue {
  readonly kind = 'graphile-worker';
  private constructor(
    private readonly utils: WorkerUtils,
    private readonly runner: Runner | null,
  ) {}

  static async open(options: GraphileQueueOptions): Promise<GraphileQueue> {
    const logger = graphileLogger(options.log);
    const utils = await makeWorkerUtils({ connectionString: options.connectionString, logger });
    try {
      await utils.migrate();
      let runner: Runner | null = null;
      if (options.concurrency > 0) {
        const taskList: Record<string, GraphileTask> = {};
        for (const [name, task] of Object.entries(options.tasks)) {
          taskList[name] = (payload, helpers) => {
            const { attempts, max_attempts: maxAttempts, run_at: runAt } = helpers.job;
            return task(payload, { attempts, maxAttempts, runAt: new Date(runAt) });
          };
        }
        runner = await run({
          connectionString: options.connectionString,
          concurrency: options.concurrency,
          maxPoolSize: options.concurrency + 2,
          pollInterval: options.pollIntervalMs ?? 2_000,
          noHandleSignals: true,
          logger,
          taskList,
          crontab: '* * * * * feeds_sweep ?max=1',
        });
      }
      return new GraphileQueue(utils, runner);
    } catch (err) {
      await utils.release();
      throw err;
    }
  }

  async add(task: TaskName, payload: unknown, spec: JobSpec = {}): Promise<void> {
    await this.utils.addJob(task, payload, spec);
  }

  async remove(jobKey: string): Promise<void> {
    await this.utils.withPgClient((client) => client.query('SELECT graphile_worker.remove_job($1)', [jobKey]));
  }

  async depth(): Promise<QueueDepth> {
    const { rows } = await this.utils.withPgClient((client) =>
      client.query<{ ready: number; scheduled: number }>(
        `SELECT count(*) FILTER (WHERE run_at <= now())::int AS ready, count(*) FILTER (WHERE run_at > now())::int AS scheduled
           FROM graphile_worker.jobs
          WHERE task_identifier LIKE 'feeds\\_%' AND locked_at IS NULL AND attempts < max_attempts`,
      ),
    );
    return rows[0] ?? { ready: 0, scheduled: 0 };
  }

  async stop(): Promise<void> {
    await this.runner?.stop();
    await this.utils.release();
  }
}
