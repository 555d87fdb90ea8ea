import {
  baselineSuspiciousFollower,
  followerScoreTerms,
  followerSuspicion,
  followerSuspicionLogit,
  isSuspiciousFollower,
} from '../follower-classifier';
import { FollowerSampleEntry } from '../types';

const real: FollowerSampleEntry = {
  posts: 30,
  followers: 345,
  following: 420,
  hasProfilePicture: true,
  isPrivate: false,
  usernameLength: 10,
  digitsInUsername: 0,
};
const fake: FollowerSampleEntry = {
  ...real,
  posts: 0,
  followers: 30,
  following: 1_450,
  hasProfilePicture: false,
  digitsInUsername: 4,
};

describe('follower classifier', () => {
  it('computes the documented logit by hand', () => {
    // -3.5 + log10(421/346) + log10(421/31) = -3.5 + 0.0852 + 1.1329
    expect(followerSuspicionLogit(real)).toBeCloseTo(-2.282, 3);
    // -3.5 + log10(1451/31) + log10(1451/1) + 1.5 + 0.25·4 = -3.5 + 1.6703 + 3.1617 + 1.5 + 1
    expect(followerSuspicionLogit(fake)).toBeCloseTo(3.832, 3);
    const terms = followerScoreTerms(fake);
    const sum =
      terms.intercept +
      terms.followRatio +
      terms.followPerPost +
      terms.noProfilePicture +
      terms.usernameDigits;
    expect(sum).toBeCloseTo(followerSuspicionLogit(fake));
  });

  it('classifies at probability 0.5', () => {
    expect(isSuspiciousFollower(real)).toBe(false);
    expect(isSuspiciousFollower(fake)).toBe(true);
    expect(followerSuspicion(real)).toBeLessThan(0.5);
    expect(followerSuspicion(fake)).toBeGreaterThan(0.5);
  });

  it('clamps extreme ratios so one feature cannot dominate', () => {
    const extreme = { ...real, following: 1_000_000, followers: 0, posts: 0 };
    expect(followerScoreTerms(extreme).followRatio).toBe(3);
    expect(followerScoreTerms(extreme).followPerPost).toBe(4);
  });

  it('baseline rule', () => {
    expect(baselineSuspiciousFollower({ ...real, following: 1_000, posts: 5 })).toBe(true);
    expect(baselineSuspiciousFollower({ ...real, following: 999, posts: 0 })).toBe(false);
  });
});
