import { describe, expect, it } from 'vitest';
import { portLabel } from './ServiceNode';

describe('port chips', () => {
  const port = (over: Partial<Parameters<typeof portLabel>[0]>) => ({ target: 80, published: '8080', protocol: 'tcp', host_ip: null, ...over });

  it('say what a published port means, host address and protocol included when they narrow it', () => {
    expect(portLabel(port({}))).toBe('8080→80');
    expect(portLabel(port({ host_ip: '0.0.0.0' }))).toBe('8080→80');
    expect(portLabel(port({ host_ip: '127.0.0.1', published: '8000', target: 8000 }))).toBe('127.0.0.1:8000→8000');
    expect(portLabel(port({ host_ip: '::1' }))).toBe('[::1]:8080→80');
    expect(portLabel(port({ protocol: 'udp', published: '50000', target: 50000 }))).toBe('50000→50000/udp');
    expect(portLabel(port({ published: null }))).toBe('80');
  });
});
