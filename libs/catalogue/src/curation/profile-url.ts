import type { Platform } from '../catalogue.constants';

/** Profile URL shapes per platform; the capture group is the handle. */
const PATTERNS: { platform: Platform; host: RegExp; path: RegExp }[] = [
  { platform: 'instagram', host: /(^|\.)instagram\.com$/, path: /^\/([A-Za-z0-9._]{1,30})\/?$/ },
  { platform: 'tiktok', host: /(^|\.)tiktok\.com$/, path: /^\/@([A-Za-z0-9._]{1,50})\/?$/ },
  { platform: 'youtube', host: /(^|\.)youtube\.com$/, path: /^\/@([A-Za-z0-9._-]{1,100})\/?$/ },
  { platform: 'x', host: /(^|\.)(x|twitter)\.com$/, path: /^\/([A-Za-z0-9_]{1,15})\/?$/ },
  { platform: 'twitch', host: /(^|\.)twitch\.tv$/, path: /^\/([A-Za-z0-9_]{3,25})\/?$/ },
  { platform: 'facebook', host: /(^|\.)facebook\.com$/, path: /^\/([A-Za-z0-9.]{5,50})\/?$/ },
  { platform: 'linkedin', host: /(^|\.)linkedin\.com$/, path: /^\/in\/([A-Za-z0-9-]{3,100})\/?$/ },
  { platform: 'reddit', host: /(^|\.)reddit\.com$/, path: /^\/(?:u|user)\/([A-Za-z0-9_-]{3,20})\/?$/ },
];

/** Platform and handle from a public profile URL, or null when it is not one we recognise. */
export function parseProfileUrl(url: string): { platform: Platform; handle: string } | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  for (const p of PATTERNS) {
    if (!p.host.test(parsed.hostname.toLowerCase())) continue;
    const match = p.path.exec(parsed.pathname);
    return match ? { platform: p.platform, handle: match[1].toLowerCase() } : null;
  }
  return null;
}
