/**
 * A tiny scheduler: every few minutes, runs each task once, one after the
 * other (PGlite has a single connection; nothing is gained by overlapping).
 * Tasks are plain functions of the time; each is safe when several app
 * servers run it at once, so the scheduler needs no leader.
 */
export const TASK_INTERVAL_MINUTES = 15

export interface ScheduledTask {
  name: string
  run(now: Date): Promise<unknown>
}

export interface SchedulerLog {
  info(object: object, message: string): void
  error(object: object, message: string): void
}

export interface Scheduler {
  /** Stops the timer; resolves when a round under way has finished. */
  stop(): Promise<void>
}

export function startScheduler({ tasks, clock = () => new Date(), log, intervalMs = TASK_INTERVAL_MINUTES * 60_000, firstDelayMs = 30_000 }: {
  tasks: readonly ScheduledTask[]
  clock?: () => Date
  log: SchedulerLog
  intervalMs?: number
  /** The first round waits a little, so start-up is not slowed. */
  firstDelayMs?: number
}): Scheduler {
  let stopped = false
  let round: Promise<void> | undefined
  let timer: ReturnType<typeof setTimeout> | undefined

  async function runAll() {
    for (const task of tasks) {
      if (stopped) return
      try {
        const result = await task.run(clock())
        log.info({ task: task.name, result }, 'scheduled task done')
      } catch (error) {
        log.error({ err: error, task: task.name }, 'scheduled task failed')
      }
    }
  }

  function schedule(delay: number) {
    timer = setTimeout(() => {
      round = runAll().finally(() => {
        round = undefined
        if (!stopped) schedule(intervalMs)
      })
    }, delay)
    // The timer alone never keeps the process alive.
    timer.unref()
  }

  schedule(firstDelayMs)
  return {
    async stop() {
      stopped = true
      clearTimeout(timer)
      await round
    },
  }
}
