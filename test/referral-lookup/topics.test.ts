import { expect } from '@open-wc/testing';
import type { Referral } from '../../src/feed/types.js';
import { hasTopic, TOPIC_GROUPS, topicChoices, topicCodes } from '../../src/referral-lookup/topics.js';

const referral = (id: string, topics?: string[]): Referral => ({ id, name: id, kind: 'service', topics });

describe('topic picker', () => {
  it('maps plain words to the feed’s topic codes', () => {
    expect(topicCodes('worried')).to.deep.equal(['crisis', 'suicide', 'self-harm']);
    expect(topicCodes('grief')).to.deep.equal(['grief']);
    expect(topicCodes('drink-drugs')).to.deep.equal(['substance-use']);
    expect(topicCodes('hurting')).to.deep.equal(['domestic-violence', 'sexual-violence', 'bullying']);
    expect(topicCodes('money')).to.deep.equal(['money', 'housing']);
  });

  it('takes any other value as a code of its own, even one named like an object’s property', () => {
    expect(topicCodes('veterans')).to.deep.equal(['veterans']);
    expect(topicCodes('constructor')).to.deep.equal(['constructor']);
    expect(topicCodes('toString')).to.deep.equal(['tostring']);
  });

  it('compares codes in any case, and offers a code of the feed’s own once whatever its case', () => {
    expect(topicCodes('GRIEF')).to.deep.equal(['grief']);
    expect(hasTopic(referral('a', ['Self-Harm']), topicCodes('Worried'))).to.equal(true);
    const choices = topicChoices([referral('a', ['Grief', 'Veterans']), referral('b', ['veterans'])]);
    expect(choices.map((c) => [c.id, c.own, c.codes])).to.deep.equal([['grief', undefined, ['grief']], ['Veterans', 'Veterans', ['veterans']]]);
  });

  it('covers every topic code of the feed format', () => {
    const specCodes = ['crisis', 'suicide', 'self-harm', 'anxiety', 'depression', 'grief', 'trauma', 'substance-use', 'domestic-violence',
      'sexual-violence', 'eating-disorders', 'loneliness', 'stress', 'family', 'parenting', 'bullying', 'lgbtq', 'youth', 'older-adults', 'housing', 'money'];
    const covered = new Set([...TOPIC_GROUPS.values()].flat());
    expect(specCodes.filter((code) => !covered.has(code))).to.deep.equal([]);
  });

  it('finds a referral by any of a choice’s codes', () => {
    expect(hasTopic(referral('a', ['self-harm']), topicCodes('worried'))).to.equal(true);
    expect(hasTopic(referral('b', ['grief']), topicCodes('worried'))).to.equal(false);
    expect(hasTopic(referral('c'), topicCodes('worried'))).to.equal(false);
  });

  it('offers only the choices some referral has, in the picker’s order, then the feed’s own codes', () => {
    const choices = topicChoices([referral('a', ['grief', 'veterans']), referral('b', ['suicide']), referral('c', ['gambling', 'veterans'])]);
    expect(choices.map((c) => [c.id, c.own])).to.deep.equal([
      ['worried', undefined], ['suicide', undefined], ['grief', undefined], ['veterans', 'veterans'], ['gambling', 'gambling'],
    ]);
    expect(topicChoices([referral('d')])).to.deep.equal([]);
  });

  it('keeps a feed’s own code named like a choice apart from the choice: its own id, its own code', () => {
    const choices = topicChoices([referral('a', ['young', 'Eating']), referral('b', ['youth'])]);
    expect(choices.map((c) => [c.id, c.own, c.codes])).to.deep.equal([
      ['young', undefined, ['youth']], ['=young', 'young', ['young']], ['=Eating', 'Eating', ['eating']],
    ]);
    expect(topicCodes('=young')).to.deep.equal(['young']);
    expect(topicCodes('=Eating')).to.deep.equal(['eating']);
    expect(hasTopic(referral('a', ['young']), topicCodes('young'))).to.equal(false);
  });
});
