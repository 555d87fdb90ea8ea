/**
 * @fitscout/connectors: platform connectors for the metrics-refresh workers.
 *
 *   const connector = registry.get('youtube');
 *   const account = await connector.fetchAccount({ handle: 'lenakocht', externalId }, { limit: 12 });
 *
 * Failures are typed (errors/connector-errors.ts): branch on `error.kind`, `error.retryAt` and
 * `error.accountStatus`. See README.md for the simulated handles.
 */
export * from './connector.types';
export * from './errors/connector-errors';
export { nextMidnightPacific, parseRetryAfter } from './errors/retry-after';
export { extractHashtags, extractMentions, normalizeHandle } from './text/caption-entities';
export { ConnectorRegistry, type ConnectorRegistryOptions } from './connector-registry';
export { ConnectorsModule } from './connectors.module';
export { DisabledConnector } from './disabled.connector';
export {
  YOUTUBE_MAX_POSTS,
  YouTubeConnector,
  type YouTubeConnectorOptions,
} from './youtube/youtube.connector';
export { SHORT_MAX_SECONDS, TAGGED_SHORT_MAX_SECONDS } from './youtube/youtube.mapping';
export {
  INSTAGRAM_MAX_POSTS,
  InstagramConnector,
  type InstagramConnectorOptions,
} from './instagram/instagram.connector';
export {
  SIMULATED_MAX_POSTS,
  SimulatedConnector,
  type SimulatedConnectorOptions,
  type SimulatedSnapshot,
} from './simulated/simulated.connector';
export { SIMULATED_SCENARIOS, type SimulatedScenario, simulatedScenarioOf } from './simulated/scenarios';
