import { createTestApp, type TestContext } from './support/test-app';

const PUBLIC_OPERATIONS = new Set([
  'getLiveness',
  'getReadiness',
  'getMetrics',
  'login',
  'refreshToken',
  'logout',
  'acceptInvitation',
]);

interface Operation {
  operationId?: string;
  summary?: string;
  tags?: string[];
  security?: unknown[];
  responses: Record<string, { content?: Record<string, unknown> }>;
}

describe('OpenAPI document', () => {
  let ctx: TestContext;
  let operations: [string, Operation][];

  beforeAll(async () => {
    ctx = await createTestApp();
    const doc = (await ctx.http().get('/openapi.json')).body as {
      paths: Record<string, Record<string, Operation>>;
    };
    operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(
        ([method, op]) => [`${method.toUpperCase()} ${path}`, op] as [string, Operation],
      ),
    );
  });
  afterAll(() => ctx.close());

  it('gives every operation a unique operationId, a summary and a tag', () => {
    const ids = operations.map(([, op]) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [name, op] of operations) {
      expect({ name, id: typeof op.operationId, summary: typeof op.summary, tags: op.tags?.length }).toEqual({
        name,
        id: 'string',
        summary: 'string',
        tags: 1,
      });
    }
  });

  it('declares bearer security on every non-public operation and documents its errors as problem+json', () => {
    for (const [name, op] of operations) {
      const isPublic = PUBLIC_OPERATIONS.has(op.operationId ?? '');
      expect({ name, secured: Boolean(op.security?.length) }).toEqual({ name, secured: !isPublic });
      if (!isPublic) {
        expect({ name, has401: Boolean(op.responses['401']), has403: Boolean(op.responses['403']) }).toEqual({
          name,
          has401: true,
          has403: true,
        });
      }
      expect(op.responses['400']?.content?.['application/problem+json']).toBeDefined();
    }
  });
});
