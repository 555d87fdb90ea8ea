import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { FieldErrorDto, ProblemDto } from '../http/problem.dto';

const DESCRIPTION = `Micro-influencer discovery, fit scoring, campaign management and ad-disclosure compliance.

All errors are RFC 9457 \`application/problem+json\` documents with a stable \`code\`.
Lists use cursor pagination: pass \`nextCursor\` back as \`cursor\`; \`limit\` is at most 200.
Another organisation's resources answer 404.`;

/** Builds the OpenAPI document from the controllers; also written to openapi.json by `npm run openapi`. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Fitscout API')
    .setDescription(DESCRIPTION)
    .setVersion('1.0.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .build();
  return SwaggerModule.createDocument(app, config, { extraModels: [ProblemDto, FieldErrorDto] });
}
