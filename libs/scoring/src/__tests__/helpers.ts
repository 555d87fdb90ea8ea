import { ScoringPostInput } from '../types';

export const NOW = new Date('2026-11-23T12:00:00.000Z');
const DAY_MS = 86_400_000;

export function ago(days: number): Date {
  return new Date(NOW.getTime() - days * DAY_MS);
}

export function post(
  days: number,
  likes: number | null,
  comments: number | null,
  extra: Partial<ScoringPostInput> = {},
): ScoringPostInput {
  return { kind: 'post', publishedAt: ago(days), likes, comments, isPaidPartnership: false, ...extra };
}
