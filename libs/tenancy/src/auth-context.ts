import type { Role } from './roles';

/** Who is calling, resolved once per request by the API's auth guard and passed explicitly from there. */
export interface AuthContext {
  userId: string;
  organisationId: string;
  role: Role;
  requestId: string | null;
}
