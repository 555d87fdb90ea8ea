import { AccountScoreEntity } from './account-score.entity';
import { EngagementBenchmarkEntity } from './engagement-benchmark.entity';

export * from './account-score.entity';
export * from './engagement-benchmark.entity';

export const FIT_ENTITIES = [AccountScoreEntity, EngagementBenchmarkEntity];
