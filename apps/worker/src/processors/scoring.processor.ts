import { type BenchmarkReport, type RecomputeReport, ScoreService } from '@fitscout/fit';
import { JobHandler, JobName, type JobPayloads } from '@fitscout/queue';
import { Injectable, Logger } from '@nestjs/common';

/** Queue `scoring`: keeps stored scores in step with catalogue data and with the engagement benchmark. */
@Injectable()
export class ScoringProcessor {
  private readonly logger = new Logger(ScoringProcessor.name);

  constructor(private readonly scores: ScoreService) {}

  @JobHandler(JobName.ScoreStaleAccounts)
  async scoreStaleAccounts(
    payload: JobPayloads[JobName.ScoreStaleAccounts],
    meta: { jobId: string },
  ): Promise<RecomputeReport> {
    const report = await this.scores.recomputeStale();
    this.logger.log({
      jobId: meta.jobId,
      jobName: JobName.ScoreStaleAccounts,
      trigger: payload.trigger,
      ...report,
    });
    return report;
  }

  @JobHandler(JobName.RebuildBenchmarks)
  async rebuildBenchmarks(
    payload: JobPayloads[JobName.RebuildBenchmarks],
    meta: { jobId: string },
  ): Promise<{ benchmark: BenchmarkReport; recompute: RecomputeReport }> {
    const benchmark = await this.scores.rebuildBenchmark();
    const recompute = await this.scores.recomputeAll();
    this.logger.log({
      jobId: meta.jobId,
      jobName: JobName.RebuildBenchmarks,
      trigger: payload.trigger,
      benchmark,
      recompute,
    });
    return { benchmark, recompute };
  }
}
