import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/internal/safe-url.js';
describe('probe', () => {
  it('nbsp', () => {
    expect(safeUrl('\u00A0javascript:alert(1)')).to.equal(undefined);
  });
});
