import { DomainError, ErrorCode } from '@fitscout/common';
import { AccessTokenService, MembersService } from '@fitscout/identity';
import type { RequestWithId } from '@fitscout/observability';
import { type Role, roleAtLeast } from '@fitscout/tenancy';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { type AuthenticatedRequest, PUBLIC_ROUTE, REQUIRED_ROLE } from './auth.decorators';

/**
 * Global guard: authenticates the bearer token, loads the caller's current role from the
 * membership (so a demotion or removal takes effect at once), then enforces @RequireRole.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly accessTokens: AccessTokenService,
    private readonly members: MembersService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const required = this.reflector.getAllAndOverride<Role | undefined>(REQUIRED_ROLE, targets);
    if (!required)
      throw new Error(`Route ${context.getClass().name}.${context.getHandler().name} declares no role`);

    const req = context.switchToHttp().getRequest<Request & AuthenticatedRequest & RequestWithId>();
    const token = bearerToken(req);
    if (!token) throw new DomainError(ErrorCode.Unauthenticated, 'This endpoint requires a bearer token.');
    const claims = this.accessTokens.verify(token);
    const role = await this.members.activeRole(claims.org, claims.sub);
    if (!role)
      throw new DomainError(
        ErrorCode.InvalidToken,
        'The token no longer grants access to this organisation.',
      );

    req.auth = { userId: claims.sub, organisationId: claims.org, role, requestId: req.id ?? null };
    if (!roleAtLeast(role, required)) {
      throw DomainError.forbidden(`This action requires the ${required} role or higher; you are ${role}.`, {
        requiredRole: required,
      });
    }
    return true;
  }
}

function bearerToken(req: Request): string | null {
  const header = req.header('authorization');
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match ? match[1] : null;
}
