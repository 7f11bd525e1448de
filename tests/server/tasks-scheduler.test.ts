import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { startScheduler, type ScheduledTask } from '../../server/tasks/scheduler.js'

describe('task scheduler', () => {
  beforeEach(() => { vi.useFakeTimers() })
  afterEach(() => { vi.useRealTimers() })

  const log = () => ({ info: vi.fn(), error: vi.fn() })

  it('runs every task with the clock’s time, after a first delay and then at each interval', async () => {
    const seen: string[] = []
    const tasks: ScheduledTask[] = ['a', 'b'].map((name) => ({ name, run: async (now) => { seen.push(`${name}@${now.toISOString()}`) } }))
    const clock = () => new Date('2027-01-01T00:00:00Z')
    const scheduler = startScheduler({ tasks, clock, log: log(), firstDelayMs: 1000, intervalMs: 60_000 })
    await vi.advanceTimersByTimeAsync(999)
    expect(seen).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(seen).toEqual(['a@2027-01-01T00:00:00.000Z', 'b@2027-01-01T00:00:00.000Z'])
    await vi.advanceTimersByTimeAsync(60_000)
    expect(seen).toHaveLength(4)
    await scheduler.stop()
    await vi.advanceTimersByTimeAsync(600_000)
    expect(seen).toHaveLength(4)
  })

  it('logs a failing task and still runs the next ones', async () => {
    const ran: string[] = []
    const logger = log()
    const tasks: ScheduledTask[] = [
      { name: 'broken', run: async () => { throw new Error('boom') } },
      { name: 'fine', run: async () => { ran.push('fine') } },
    ]
    const scheduler = startScheduler({ tasks, log: logger, firstDelayMs: 0 })
    await vi.advanceTimersByTimeAsync(0)
    expect(ran).toEqual(['fine'])
    expect(logger.error).toHaveBeenCalledWith(expect.objectContaining({ task: 'broken' }), 'scheduled task failed')
    await scheduler.stop()
  })

  it('waits, when stopped, for the round under way to finish', async () => {
    let release: () => void = () => {}
    let finished = false
    const tasks: ScheduledTask[] = [{ name: 'slow', run: () => new Promise<void>((resolve) => { release = resolve }).then(() => { finished = true }) }]
    const scheduler = startScheduler({ tasks, log: log(), firstDelayMs: 0 })
    await vi.advanceTimersByTimeAsync(0)
    let hasStopped = false
    const stopped = scheduler.stop().then(() => { hasStopped = true })
    await vi.advanceTimersByTimeAsync(0)
    expect(hasStopped).toBe(false)
    release()
    await stopped
    expect(finished).toBe(true)
  })
})
