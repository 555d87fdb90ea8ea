import * as fs from 'node:fs';
import * as path from 'node:path';
import { FollowerSampleEntry } from '@fitscout/scoring';

/**
 * Loaders for the two labelled follower data sets in ../shared/datasets. They are read at evaluation time
 * only: the licences (CC BY-NC 4.0, CC BY-SA 4.0) allow evaluation, not shipping, so nothing is copied.
 */

export interface LabelledFollower {
  features: FollowerSampleEntry;
  isFake: boolean;
}

export interface LabelledDataset {
  name: string;
  rows: LabelledFollower[];
  note: string;
}

interface InstaFakeRow {
  userMediaCount: number;
  userFollowerCount: number;
  userFollowingCount: number;
  userHasProfilPic: number;
  userIsPrivate: number;
  userBiographyLength: number;
  usernameLength: number;
  usernameDigitCount: number;
  isFake: number;
}

/** Where the data sets live: `--datasets <dir>` or `FITSCOUT_DATASETS`, else ../shared/datasets. */
export function resolveDatasetsDir(argv: readonly string[]): string {
  const flag = argv.indexOf('--datasets');
  if (flag >= 0 && argv[flag + 1]) return path.resolve(argv[flag + 1]);
  const env = process.env.FITSCOUT_DATASETS;
  if (env) return path.resolve(env);
  return path.resolve(__dirname, '../../../shared/datasets');
}

export function loadInstaFake(dir: string): LabelledDataset | null {
  const base = path.join(dir, 'instafake');
  const files = ['fakeAccountData.json', 'realAccountData.json'].map((f) => path.join(base, f));
  if (!files.every((f) => fs.existsSync(f))) return null;
  const raw: InstaFakeRow[] = files.flatMap((f) => JSON.parse(fs.readFileSync(f, 'utf8')) as InstaFakeRow[]);
  // The README reports exact duplicate rows; keep the first of each so no row is counted twice.
  const seen = new Set<string>();
  const rows: LabelledFollower[] = [];
  for (const r of raw) {
    const key = [
      r.userMediaCount,
      r.userFollowerCount,
      r.userFollowingCount,
      r.userHasProfilPic,
      r.userIsPrivate,
      r.userBiographyLength,
      r.usernameLength,
      r.usernameDigitCount,
      r.isFake,
    ].join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push({
      isFake: r.isFake === 1,
      features: {
        posts: r.userMediaCount,
        followers: r.userFollowerCount,
        following: r.userFollowingCount,
        hasProfilePicture: r.userHasProfilPic === 1,
        isPrivate: r.userIsPrivate === 1,
        usernameLength: r.usernameLength,
        digitsInUsername: r.usernameDigitCount,
      },
    });
  }
  return {
    name: 'InstaFake (dev)',
    rows,
    note: `${raw.length} rows, ${raw.length - rows.length} duplicates dropped`,
  };
}

export function loadSrf(dir: string): LabelledDataset | null {
  const file = path.join(dir, 'srf-instagram-fake-followers', 'labelled_followers.csv');
  if (!fs.existsSync(file)) return null;
  const [header, ...lines] = fs.readFileSync(file, 'utf8').trim().split(/\r?\n/);
  const cols = header.split(',');
  const at = (name: string): number => {
    const i = cols.indexOf(name);
    if (i < 0) throw new Error(`SRF file lacks column ${name}`);
    return i;
  };
  const idx = {
    fake: at('is_fake'),
    posts: at('posts'),
    following: at('following'),
    followers: at('followers'),
    pic: at('has_profile_picture'),
    priv: at('is_private'),
    len: at('username_length'),
    digits: at('username_digit_count'),
  };
  const rows = lines.map((line): LabelledFollower => {
    const v = line.split(',').map(Number);
    return {
      isFake: v[idx.fake] === 1,
      features: {
        posts: v[idx.posts],
        followers: v[idx.followers],
        following: v[idx.following],
        hasProfilePicture: v[idx.pic] === 1,
        isPrivate: v[idx.priv] === 1,
        usernameLength: v[idx.len],
        digitsInUsername: v[idx.digits],
      },
    };
  });
  return { name: 'SRF (held out)', rows, note: `${rows.length} rows` };
}
