import type { AppConfig, ConnectorMode } from '@fitscout/config';
import { type Platform, PLATFORMS } from '@fitscout/scoring';
import type { Clock, ConnectorHealth, PlatformConnector } from './connector.types';
import { DisabledConnector } from './disabled.connector';
import { InstagramConnector } from './instagram/instagram.connector';
import { SimulatedConnector } from './simulated/simulated.connector';
import { YouTubeConnector } from './youtube/youtube.connector';

export interface ConnectorRegistryOptions {
  /** Injected into every connector (retry times, simulated growth); defaults to the system clock. */
  clock?: Clock;
}

/**
 * The connector for each platform. Never returns undefined: a platform without a usable connector gets
 * a DisabledConnector whose fetches throw ConnectorDisabledError and whose health says why.
 */
export class ConnectorRegistry {
  private readonly byPlatform = new Map<Platform, PlatformConnector>();

  constructor(
    readonly mode: ConnectorMode,
    connectors: Iterable<PlatformConnector>,
  ) {
    for (const connector of connectors) {
      if (this.byPlatform.has(connector.platform)) {
        throw new Error(`Two connectors registered for ${connector.platform}`);
      }
      this.byPlatform.set(connector.platform, connector);
    }
  }

  /** Simulated mode: the simulation for every platform. Live mode: YouTube and Instagram APIs, others disabled. */
  static fromConfig(
    config: Pick<AppConfig, 'connectors'>,
    options: ConnectorRegistryOptions = {},
  ): ConnectorRegistry {
    const { connectors } = config;
    const { clock } = options;
    if (connectors.mode === 'simulated') {
      return new ConnectorRegistry(
        'simulated',
        PLATFORMS.map((platform) => new SimulatedConnector(platform, { clock })),
      );
    }
    return new ConnectorRegistry('live', [
      new YouTubeConnector({
        apiKey: connectors.youtube.apiKey,
        baseUrl: connectors.youtube.baseUrl,
        timeoutMs: connectors.timeoutMs,
        clock,
      }),
      new InstagramConnector({
        accessToken: connectors.instagram.accessToken,
        businessAccountId: connectors.instagram.businessAccountId,
        graphBaseUrl: connectors.instagram.graphBaseUrl,
        timeoutMs: connectors.timeoutMs,
        clock,
      }),
    ]);
  }

  get(platform: Platform): PlatformConnector {
    let connector = this.byPlatform.get(platform);
    if (!connector) {
      const reason =
        this.mode === 'live'
          ? `no live connector for ${platform} (CONNECTOR_MODE=simulated serves simulated data)`
          : `no connector registered for ${platform}`;
      connector = new DisabledConnector(platform, reason);
      this.byPlatform.set(platform, connector);
    }
    return connector;
  }

  /** One entry per platform, in PLATFORMS order, for health endpoints and boot logs. */
  health(): ConnectorHealth[] {
    return PLATFORMS.map((platform) => {
      const connector = this.get(platform);
      return {
        platform,
        source: connector.source,
        enabled: connector.enabled,
        disabledReason: connector.disabledReason,
        capabilities: { ...connector.capabilities },
      };
    });
  }
}
