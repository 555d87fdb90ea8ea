import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Actor } from '@fitscout/identity';
import type { AuthContext, Role } from '@fitscout/tenancy';

export const PUBLIC_ROUTE = 'fitscout:public';
export const REQUIRED_ROLE = 'fitscout:required-role';

export type AuthenticatedRequest = { auth?: AuthContext };

/** No authentication (login, refresh, health). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_ROUTE, true);

/** The minimum role for a route; higher roles pass too. Every non-public route must declare one. */
export const RequireRole = (role: Role): MethodDecorator & ClassDecorator => SetMetadata(REQUIRED_ROLE, role);

/** The caller as an Actor for services and the audit log. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const auth = ctx.switchToHttp().getRequest<AuthenticatedRequest>().auth;
  if (!auth) throw new Error('CurrentActor used on a route without authentication');
  return {
    organisationId: auth.organisationId,
    userId: auth.userId,
    role: auth.role,
    requestId: auth.requestId,
  };
});
