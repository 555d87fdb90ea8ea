import { normalizeHandle } from '../text/caption-entities';

/**
 * Scripted behaviour keyed by handle prefix, so demos and tests can ask for an anomaly by name
 * (`sim_pod_lena` on any platform). Documented for users in libs/connectors/README.md.
 */
export const SIMULATED_SCENARIOS = {
  normal: { prefix: null, description: 'organic growth, typical engagement' },
  spike: {
    prefix: 'sim_spike_',
    description: 'bought-follower spikes: +18–30% within hours every 9 weeks, purged over 4 weeks',
  },
  pod: {
    prefix: 'sim_pod_',
    description: 'engagement pod: few likes per comment, identical generic comments from the same accounts',
  },
  dead: {
    prefix: 'sim_dead_',
    description: 'dead audience: very low engagement, mostly suspicious followers, scattered countries',
  },
  private: {
    prefix: 'sim_private_',
    description: 'went private: every fetch throws AccountPrivateError (history stays computable)',
  },
  gone: { prefix: 'sim_gone_', description: 'deleted: every fetch throws AccountNotFoundError' },
  suspended: { prefix: 'sim_suspended_', description: 'suspended: every fetch throws AccountSuspendedError' },
  flaky: {
    prefix: 'sim_flaky_',
    description:
      'calls 1 and 2 of every 3 throw TransientConnectorError (timeout, then 503); call 3 succeeds',
  },
  ratelimited: {
    prefix: 'sim_ratelimited_',
    description: 'RateLimitedError during even 15-minute windows (UTC), retryAt = start of the next window',
  },
  quota: {
    prefix: 'sim_quota_',
    description: 'QuotaExhaustedError, retryAt = next midnight Pacific (like YouTube)',
  },
} as const;

export type SimulatedScenario = keyof typeof SIMULATED_SCENARIOS;

/** The scenario a handle asks for; anything without a known `sim_*_` prefix is `normal`. */
export function simulatedScenarioOf(handle: string): SimulatedScenario {
  const key = normalizeHandle(handle);
  for (const [scenario, { prefix }] of Object.entries(SIMULATED_SCENARIOS)) {
    if (prefix !== null && key.startsWith(prefix)) return scenario as SimulatedScenario;
  }
  return 'normal';
}

export const RATE_LIMIT_WINDOW_MS = 15 * 60_000;
