import { describe, expect, it } from 'vitest';
import { communeUrl, readCommuneParam } from '../../src/ui/communeLink.ts';

describe('the commune link', () => {
  it('reads the commune code from the query string, or null without one', () => {
    expect(readCommuneParam('?commune=07210')).toBe('07210');
    expect(readCommuneParam('?lang=en&commune=%2007210%20')).toBe('07210');
    expect(readCommuneParam('?commune=')).toBeNull();
    expect(readCommuneParam('')).toBeNull();
  });

  it('sets and removes the code, keeping other parameters', () => {
    expect(communeUrl('http://x.test/app/?lang=en', '07210')).toBe('http://x.test/app/?lang=en&commune=07210');
    expect(communeUrl('http://x.test/app/?commune=07210&lang=en', null)).toBe('http://x.test/app/?lang=en');
    expect(communeUrl('http://x.test/?commune=1', '2')).toBe('http://x.test/?commune=2');
  });
});
