import { expect } from '@open-wc/testing';
import Ajv2020 from 'ajv/dist/2020.js';

describe('ajv probe', () => {
  it('loads', () => {
    const ajv = new Ajv2020();
    expect(ajv.validate({ type: 'string' }, 'x')).to.equal(true);
  });
});
