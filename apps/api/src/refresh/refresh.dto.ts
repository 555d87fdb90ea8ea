import { ApiProperty } from '@nestjs/swagger';

export class QueuedRefreshDto {
  @ApiProperty({ format: 'uuid' })
  accountId: string;

  @ApiProperty({
    example: 'metrics.refresh-account__6f1c2d7e-8a51-4f7e-9b7a-2f3c1d0e9a11__1795437000000',
    description:
      'Look it up with GET /v1/jobs/{id}. The same account within one 15-minute window gets the same job.',
  })
  jobId: string;

  @ApiProperty({ example: '2026-11-23T13:45:00.000Z', description: 'Start of the refresh window.' })
  window: string;
}

export class RefreshAcceptedDto {
  @ApiProperty({ type: [QueuedRefreshDto], description: 'One job per refreshable account of the creator.' })
  jobs: QueuedRefreshDto[];
}

export class RefreshJobDto {
  @ApiProperty({ example: 'metrics.refresh-account__6f1c2d7e-8a51-4f7e-9b7a-2f3c1d0e9a11__1795437000000' })
  id: string;

  @ApiProperty({ example: 'metrics.refresh-account' })
  name: string;

  @ApiProperty({
    example: 'completed',
    description:
      'BullMQ state: waiting, prioritized, delayed (backoff or rate limit), active, completed or failed.',
  })
  state: string;

  @ApiProperty({ format: 'uuid' })
  accountId: string;

  @ApiProperty({ example: '2026-11-23T13:45:00.000Z' })
  window: string;

  @ApiProperty({ enum: ['api', 'schedule', 'tracking'], example: 'api' })
  trigger: string;

  @ApiProperty({ example: 1 })
  attemptsMade: number;

  @ApiProperty({ example: 6 })
  maxAttempts: number;

  @ApiProperty({ type: String, nullable: true, example: null })
  failedReason: string | null;

  @ApiProperty({
    type: Object,
    nullable: true,
    example: {
      outcome: 'refreshed',
      accountId: '6f1c2d7e-8a51-4f7e-9b7a-2f3c1d0e9a11',
      posts: 12,
      captionChecks: 0,
    },
    description:
      'The outcome once completed: refreshed, account_unavailable (status set), failed_permanently, skipped.',
  })
  result: unknown;

  @ApiProperty({ example: '2026-11-23T13:45:12.000Z' })
  queuedAt: string;

  @ApiProperty({ type: String, nullable: true })
  startedAt: string | null;

  @ApiProperty({ type: String, nullable: true })
  finishedAt: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'When a delayed job runs next.' })
  runAfter: string | null;
}
