import type { Job, Queue } from 'bullmq';

/** Waits until the job finished (completed or failed for good), polling real Redis. */
export async function waitForJob(queue: Queue, jobId: string, timeoutMs = 15_000): Promise<Job> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await queue.getJob(jobId);
    if (job) {
      const state = await job.getState();
      if (state === 'completed' || (state === 'failed' && job.attemptsMade >= (job.opts.attempts ?? 1))) {
        return (await queue.getJob(jobId)) ?? job;
      }
    }
    if (Date.now() > deadline) throw new Error(`job ${jobId} did not finish within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
