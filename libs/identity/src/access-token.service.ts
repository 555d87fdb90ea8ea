import { DomainError, ErrorCode } from '@fitscout/common';
import { APP_CONFIG, type AppConfig } from '@fitscout/config';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

export interface AccessTokenClaims {
  sub: string;
  org: string;
  typ: 'access';
}

/** Short-lived HS256 JWTs. They name the user and organisation; the role is read from the membership per request. */
@Injectable()
export class AccessTokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get ttlSeconds(): number {
    return this.config.auth.accessTtlSeconds;
  }

  sign(userId: string, organisationId: string): string {
    const claims: AccessTokenClaims = { sub: userId, org: organisationId, typ: 'access' };
    return this.jwt.sign(claims, {
      secret: this.config.auth.jwtSecret,
      expiresIn: this.config.auth.accessTtlSeconds,
      algorithm: 'HS256',
      issuer: 'fitscout',
    });
  }

  verify(token: string): AccessTokenClaims {
    let claims: Partial<AccessTokenClaims>;
    try {
      claims = this.jwt.verify<AccessTokenClaims>(token, {
        secret: this.config.auth.jwtSecret,
        algorithms: ['HS256'],
        issuer: 'fitscout',
      });
    } catch (error) {
      const expired = (error as { name?: string }).name === 'TokenExpiredError';
      throw new DomainError(
        ErrorCode.InvalidToken,
        expired ? 'The access token has expired.' : 'The access token is invalid.',
      );
    }
    if (claims.typ !== 'access' || typeof claims.sub !== 'string' || typeof claims.org !== 'string') {
      throw new DomainError(ErrorCode.InvalidToken, 'The access token is invalid.');
    }
    return claims as AccessTokenClaims;
  }
}
