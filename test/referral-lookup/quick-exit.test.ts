import { expect } from '@open-wc/testing';
import { shiftCounter } from '../../src/referral-lookup/quick-exit.js';

describe('quick exit: Shift three times', () => {
  const presses = (keys: [string, number][]) => {
    const count = shiftCounter();
    return keys.map(([key, time]) => count(key, time));
  };

  it('answers on the third Shift in a row', () => {
    expect(presses([['Shift', 0], ['Shift', 300], ['Shift', 600]])).to.deep.equal([false, false, true]);
  });

  it('starts again after more than a second between presses', () => {
    expect(presses([['Shift', 0], ['Shift', 300], ['Shift', 1400], ['Shift', 1700], ['Shift', 2000]])).to.deep.equal([false, false, false, false, true]);
  });

  it('starts again after any other key, so typing capitals never leaves', () => {
    expect(presses([['Shift', 0], ['Shift', 100], ['A', 150], ['Shift', 200]])).to.deep.equal([false, false, false, false]);
  });

  it('counts afresh after leaving', () => {
    expect(presses([['Shift', 0], ['Shift', 100], ['Shift', 200], ['Shift', 300]])).to.deep.equal([false, false, true, false]);
  });
});
