import { parseOptions } from './cli-args';
import { CliUsageError } from './cli-error';

describe('parseOptions', () => {
  it('reads --name value, --name=value and bare flags', () => {
    expect(
      parseOptions(['--org', 'Demo Kampagnenbüro', '--role=viewer', '--dry-run', '--email', 'a@b.org']),
    ).toEqual({
      org: 'Demo Kampagnenbüro',
      role: 'viewer',
      'dry-run': 'true',
      email: 'a@b.org',
    });
    expect(parseOptions(['--accounts', 'id1,id2'])).toEqual({ accounts: 'id1,id2' });
    expect(parseOptions(['--note=a=b'])).toEqual({ note: 'a=b' });
  });

  it('rejects stray arguments and repeated options', () => {
    expect(() => parseOptions(['value'])).toThrow(CliUsageError);
    expect(() => parseOptions(['--org', 'a', 'b'])).toThrow(/unexpected argument "b"/);
    expect(() => parseOptions(['--org', 'a', '--org', 'b'])).toThrow(/given twice/);
  });
});
