import { metricsRegistry } from '@fitscout/observability';
import { Counter, Histogram } from 'prom-client';

export const jobDuration = new Histogram({
  name: 'job_duration_seconds',
  help: 'Duration of processed jobs by queue, job name and outcome',
  labelNames: ['queue', 'job', 'outcome'] as const,
  buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60],
  registers: [metricsRegistry],
});

export const jobFailures = new Counter({
  name: 'job_failures_total',
  help: 'Failed job attempts by queue and job name',
  labelNames: ['queue', 'job'] as const,
  registers: [metricsRegistry],
});
