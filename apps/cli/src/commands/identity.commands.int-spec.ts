import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { AuditEventEntity } from '@fitscout/audit';
import { MembershipEntity } from '@fitscout/identity';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CliUsageError } from '../cli-error';
import { CliModule } from '../cli.module';
import { addUser, createOrganisation } from './identity.commands';

describe('CLI identity commands', () => {
  let app: INestApplicationContext;
  const unique = () => randomUUID().slice(0, 8);

  beforeAll(async () => {
    app = await NestFactory.createApplicationContext(CliModule, { logger: false });
  });
  afterAll(() => app.close());

  it('org:create makes an organisation with its owner and audits it', async () => {
    const email = `owner-${unique()}@example.org`;
    const result = await createOrganisation(app, {
      name: `Gewerkschaft ${unique()}`,
      kind: 'union',
      'owner-email': email,
      'owner-password': 'a-long-owner-password',
      jurisdictions: 'de,at',
    });
    const ds = app.get(DataSource);
    const membership = await ds.getRepository(MembershipEntity).findOneOrFail({
      where: { organisationId: result.organisation.id },
      relations: { user: true },
    });
    expect(membership).toMatchObject({ role: 'owner', status: 'active', user: { email } });
    const audit = await ds
      .getRepository(AuditEventEntity)
      .findOneOrFail({ where: { organisationId: result.organisation.id } });
    expect(audit).toMatchObject({ action: 'organisation.created', actorUserId: null });
  });

  it('user:add adds a user with a password, or invites one without', async () => {
    const org = await createOrganisation(app, {
      name: `NGO ${unique()}`,
      kind: 'ngo',
      'owner-email': `o-${unique()}@example.org`,
      'owner-password': 'a-long-owner-password',
    });
    const withPassword = await addUser(app, {
      org: org.organisation.name,
      email: `m-${unique()}@example.org`,
      role: 'manager',
      password: 'a-long-member-password',
    });
    expect(withPassword).toMatchObject({ role: 'manager', status: 'active', invitationToken: null });
    const invited = await addUser(app, {
      org: org.organisation.id,
      email: `i-${unique()}@example.org`,
      role: 'viewer',
    });
    expect(invited.status).toBe('invited');
    expect(invited.invitationToken).toMatch(/^fsi_/);
  });

  it.each([
    [{ kind: 'ngo', 'owner-email': 'a@b.org', 'owner-password': 'long-enough-pw' }, 'name'],
    [{ name: 'X', kind: 'cult', 'owner-email': 'a@b.org', 'owner-password': 'long-enough-pw' }, 'kind'],
    [{ name: 'X', kind: 'ngo', 'owner-email': 'nope', 'owner-password': 'long-enough-pw' }, 'owner-email'],
    [{ name: 'X', kind: 'ngo', 'owner-email': 'a@b.org', 'owner-password': 'short' }, 'owner-password'],
    [
      {
        name: 'X',
        kind: 'ngo',
        'owner-email': 'a@b.org',
        'owner-password': 'long-enough-pw',
        jurisdictions: 'DE,XX',
      },
      'jurisdictions',
    ],
  ])('org:create rejects bad input %# naming the option', async (options, field) => {
    await expect(createOrganisation(app, options)).rejects.toMatchObject({ name: CliUsageError.name, field });
  });

  it('user:add rejects an unknown organisation and role', async () => {
    await expect(
      addUser(app, { org: 'no such org', email: 'a@b.org', role: 'viewer' }),
    ).rejects.toMatchObject({ field: 'org' });
    await expect(addUser(app, { org: 'x', email: 'a@b.org', role: 'emperor' })).rejects.toBeInstanceOf(
      CliUsageError,
    );
  });
});

describe('CLI process', () => {
  const root = resolve(__dirname, '../../../..');
  const runCli = (args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
      execFile(
        process.execPath,
        [
          '-r',
          'ts-node/register/transpile-only',
          '-r',
          'tsconfig-paths/register',
          'apps/cli/src/main.ts',
          ...args,
        ],
        { cwd: root, env: process.env, timeout: 60_000 },
        (error, stdout, stderr) => done({ code: error ? (error.code as number) : 0, stdout, stderr }),
      );
    });

  it('parses "--option value" with spaces and prints JSON; usage errors exit 2 with JSON on stderr', async () => {
    const email = `cli-${randomUUID().slice(0, 8)}@example.org`;
    const ok = await runCli([
      'org:create',
      '--name',
      'Kampagne Süd e.V.',
      '--kind',
      'ngo',
      '--owner-email',
      email,
      '--owner-password',
      'a-long-owner-password',
    ]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({
      organisation: { name: 'Kampagne Süd e.V.', kind: 'ngo' },
      owner: { email },
    });
    const bad = await runCli(['org:create', '--name', 'X', '--kind', 'cult']);
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stderr.trim().split('\n')[0])).toMatchObject({ field: 'kind' });
  }, 60_000);
});
