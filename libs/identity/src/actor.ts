import type { Role } from '@fitscout/tenancy';

/** Who performs a change: carried into services for authorisation rules and the audit log. */
export interface Actor {
  organisationId: string;
  userId: string | null;
  role: Role;
  requestId?: string | null;
}
