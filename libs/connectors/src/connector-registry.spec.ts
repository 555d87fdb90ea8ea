import 'reflect-metadata';
import { APP_CONFIG, loadConfig } from '@fitscout/config';
import { Global, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { PLATFORMS } from '@fitscout/scoring';
import { ConnectorRegistry } from './connector-registry';
import { ConnectorsModule } from './connectors.module';
import { DisabledConnector } from './disabled.connector';
import { ConnectorDisabledError } from './errors/connector-errors';
import { InstagramConnector } from './instagram/instagram.connector';
import { SimulatedConnector } from './simulated/simulated.connector';
import { YouTubeConnector } from './youtube/youtube.connector';

const NOW = new Date('2026-03-01T12:00:00.000Z');

describe('ConnectorRegistry', () => {
  it('serves the simulation for every platform by default', async () => {
    const registry = ConnectorRegistry.fromConfig(loadConfig({}), { clock: () => NOW });
    expect(registry.mode).toBe('simulated');
    for (const platform of PLATFORMS) {
      const connector = registry.get(platform);
      expect(connector).toBeInstanceOf(SimulatedConnector);
      expect(connector.platform).toBe(platform);
    }
    expect(registry.health().every((h) => h.enabled && h.source === 'simulated')).toBe(true);
    const profile = await registry.get('x').fetchProfile({ handle: 'lena.kocht' });
    expect(profile.fetchedAt).toEqual(NOW);
  });

  it('in live mode wires YouTube and Instagram, disabled without credentials, and disables the rest', async () => {
    const registry = ConnectorRegistry.fromConfig(loadConfig({ CONNECTOR_MODE: 'live' }));
    expect(registry.get('youtube')).toBeInstanceOf(YouTubeConnector);
    expect(registry.get('instagram')).toBeInstanceOf(InstagramConnector);
    expect(registry.get('tiktok')).toBeInstanceOf(DisabledConnector);
    await expect(registry.get('tiktok').fetchProfile({ handle: 'x' })).rejects.toBeInstanceOf(
      ConnectorDisabledError,
    );

    const health = registry.health();
    expect(health.map((h) => h.platform)).toEqual([...PLATFORMS]);
    expect(health.find((h) => h.platform === 'youtube')).toEqual({
      platform: 'youtube',
      source: 'youtube-data-api-v3',
      enabled: false,
      disabledReason: 'YOUTUBE_API_KEY is not set',
      capabilities: { audience: false, followerSample: false, comments: false },
    });
    expect(health.find((h) => h.platform === 'instagram')?.disabledReason).toBe(
      'INSTAGRAM_ACCESS_TOKEN and INSTAGRAM_BUSINESS_ACCOUNT_ID are not set',
    );
    expect(health.find((h) => h.platform === 'reddit')).toMatchObject({
      source: 'none',
      enabled: false,
      disabledReason: expect.stringContaining('no live connector for reddit'),
    });
  });

  it('enables live connectors once credentials are configured', () => {
    const registry = ConnectorRegistry.fromConfig(
      loadConfig({
        CONNECTOR_MODE: 'live',
        YOUTUBE_API_KEY: 'k',
        INSTAGRAM_ACCESS_TOKEN: 't',
        INSTAGRAM_BUSINESS_ACCOUNT_ID: '17841405309211844',
      }),
    );
    const enabled = registry
      .health()
      .filter((h) => h.enabled)
      .map((h) => h.platform);
    expect(enabled).toEqual(['instagram', 'youtube']);
  });

  it('refuses two connectors for one platform', () => {
    expect(
      () => new ConnectorRegistry('simulated', [new SimulatedConnector('x'), new SimulatedConnector('x')]),
    ).toThrow(/Two connectors registered for x/);
  });
});

describe('ConnectorsModule', () => {
  @Global()
  @Module({
    providers: [{ provide: APP_CONFIG, useValue: loadConfig({ CONNECTOR_MODE: 'live' }) }],
    exports: [APP_CONFIG],
  })
  class TestConfigModule {}

  it('provides a registry built from APP_CONFIG', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [TestConfigModule, ConnectorsModule],
    }).compile();
    const registry = moduleRef.get(ConnectorRegistry);
    expect(registry.mode).toBe('live');
    expect(registry.get('youtube').enabled).toBe(false);
    await moduleRef.close();
  });
});
