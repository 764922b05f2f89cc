import { describe, expect, it } from 'vitest';
import { shortNames } from './shortNames';

describe('shortNames', () => {
  it('keeps the start where the ends are shared: a stack of *service', () => {
    const short = shortNames(['accountingservice', 'checkoutservice', 'currencyservice', 'kafka', 'imageprovider'], 9);
    expect(short.get('accountingservice')).toBe('accounti…');
    expect(short.get('checkoutservice')).toBe('checkout…');
    // Its ends are its own: the middle goes, as by default. A name that fits is left alone.
    expect(short.get('imageprovider')).toBe('imag…ider');
    expect(short.has('kafka')).toBe(false);
  });

  it('keeps the end where the starts are shared: a family of consumers', () => {
    const short = shortNames(['snuba-consumer-events', 'snuba-consumer-transactions', 'snuba-api'], 9);
    expect(short.get('snuba-consumer-events')).toBe('…r-events');
    expect(short.get('snuba-consumer-transactions')).toBe('…sactions');
    expect(short.has('snuba-api')).toBe(false);
  });

  it('cuts the middle where both ends are shared or none is', () => {
    const short = shortNames(['abcd-x-wxyz', 'abcd-y-wxyz', 'postgres-primary'], 9);
    expect(short.get('abcd-x-wxyz')).toBe('abcd…wxyz');
    expect(short.get('postgres-primary')).toBe('post…mary');
    for (const s of short.values()) expect(s.length).toBe(9);
  });
});
