import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Contradiction } from '../../src/core/types.js';
import { readPolarity } from '../../src/synthesize/contradictions.js';
import { synthesize } from '../../src/synthesize/index.js';
import { article, story, type ArticleSpec } from './story.js';

function contradictionsOf(...specs: ArticleSpec[]): Contradiction[] {
  return synthesize(story(specs.map(article))).contradictions;
}

const CASES: { name: string; articles: ArticleSpec[]; kind: Contradiction['kind'] | null }[] = [
  {
    name: 'an assertion that a topic was raised against "we haven\'t even actually discussed" it',
    articles: [
      { id: 'a', text: 'The White House said the president warned the minister against election interference during the meeting on Tuesday.' },
      { id: 'b', text: 'The minister later told reporters that "we haven\'t even actually discussed elections" with the president.' },
    ],
    kind: 'negation',
  },
  {
    name: '"did not discuss" against "discussed"',
    articles: [
      { id: 'a', text: 'The two leaders discussed the pipeline deal and energy prices over lunch, an aide said.' },
      { id: 'b', text: 'The chancellor said she did not discuss the pipeline deal with the prime minister at all.' },
    ],
    kind: 'negation',
  },
  {
    name: 'a demand ("should not interfere") is not a denial of fact (negative)',
    articles: [
      { id: 'a', text: 'The president said Russia should not interfere in the coming elections in any way.' },
      { id: 'b', text: 'Investigators concluded that Russia interfered in the elections with a hacking campaign.' },
    ],
    kind: null,
  },
  {
    name: '"not only ... but also" adds, it does not deny (negative)',
    articles: [
      { id: 'a', text: 'The treaty covers not only Russia but also China, the White House said in a statement.' },
      { id: 'b', text: 'Officials said the treaty covers Russia and China and will be signed in the spring.' },
    ],
    kind: null,
  },
  {
    name: 'a speaker denies what another account asserts',
    articles: [
      { id: 'a', text: 'Inspectors found that the chemical company dumped toxic waste into the river last year.' },
      { id: 'b', text: 'The chemical company has denied dumping waste into the river, calling the report biased.' },
    ],
    kind: 'denial',
  },
  {
    name: 'a question about the denied act is no assertion of it (negative)',
    articles: [
      { id: 'a', text: 'Residents asked officials whether the company dumped waste into the river during the flood.' },
      { id: 'b', text: 'The company has denied dumping waste into the river, calling the report biased.' },
    ],
    kind: null,
  },
  {
    name: 'refusing a request is not denying a proposition (negative)',
    articles: [
      { id: 'a', text: 'The former president said he plans to fight the subpoenas from the panel in court.' },
      { id: 'b', text: 'The president rejected the former president\'s request to block the subpoenas from the panel.' },
    ],
    kind: null,
  },
  {
    name: 'different numbers for the same quantity',
    articles: [
      { id: 'a', text: 'The earthquake in the northern province killed 120 people, officials said on Sunday.' },
      { id: 'b', text: 'The earthquake in the northern province killed 95 people, officials said on Sunday.' },
    ],
    kind: 'number',
  },
  {
    name: '"never checked into" against "checked out of" the same clinic',
    articles: [
      { id: 'a', text: 'The actress caused a stir on Thursday after she checked out of the Morningside clinic after only a few minutes.' },
      { id: 'b', text: 'Her lawyer said the actress never checked into the Morningside clinic and is back at another center.' },
    ],
    kind: 'negation',
  },
  {
    name: 'a negation inside a condition denies nothing (negative)',
    articles: [
      { id: 'a', text: 'Residents of the coast left their homes on Monday before the storm arrived, officials said.' },
      { id: 'b', text: 'If residents of the coast do not leave their homes before the storm, they risk their lives, officials said.' },
    ],
    kind: null,
  },
  {
    name: 'a negated repetition ("never agreed ... again") leaves the first time standing (negative)',
    articles: [
      { id: 'a', text: 'The model agreed to be photographed for the magazine in 2003, her agent said.' },
      { id: 'b', text: 'Her agent said the model never agreed to be photographed for the magazine again.' },
    ],
    kind: null,
  },
  {
    name: 'a record over years before the story ("not hit by a quake in 25 years") leaves the quake standing (negative)',
    articles: [
      { id: 'a', text: 'A strong earthquake hit the island on Sunday, killing ten people, officials said.' },
      { id: 'b', text: 'The island has not been hit by a strong earthquake in more than 25 years, officials said.' },
    ],
    kind: null,
  },
  {
    name: 'a light verb with another object: an offer to one player, none to another (negative)',
    articles: [
      { id: 'a', text: 'The Boston club has made the biggest offer in its history to the star first baseman.' },
      { id: 'b', text: 'The club has not made him an offer and is expected to do so only if the pitcher drops his price.' },
    ],
    kind: null,
  },
  {
    name: 'two different things as subjects: "the regulations don\'t require" / "the act requires" (negative)',
    articles: [
      { id: 'a', text: 'The act requires federal agencies to consult scientists before approving dams and mines.' },
      { id: 'b', text: 'The new regulations do not require federal agencies to consult scientists before approving dams and mines.' },
    ],
    kind: null,
  },
  {
    name: 'a negative subject asserts nothing: "Nothing in the proposals requires" (negative)',
    articles: [
      { id: 'a', text: 'Nothing in the proposals requires that a federal agency bypass consultation with scientists.' },
      { id: 'b', text: 'The proposals do not require a federal agency to bypass consultation with scientists, the lawsuit said.' },
    ],
    kind: null,
  },
  {
    name: 'an object of adverbs is no object: "has not been heard for far too long" (negative)',
    articles: [
      { id: 'a', text: 'A witness heard an officer yell at the teenager from too far away to see the confrontation.' },
      { id: 'b', text: 'The community has not been heard for far too long, the council member told the crowd.' },
    ],
    kind: null,
  },
  {
    name: 'a plan is no fact: "we\'re going to beat him" / "we\'re not going to beat him by ..." (negative)',
    articles: [
      { id: 'a', text: 'The senator said the party is going to beat the governor at the ballot box in November.' },
      { id: 'b', text: 'The candidate said the party is not going to beat the governor at the ballot box by attacking his family.' },
    ],
    kind: null,
  },
  {
    name: 'a clause opening with "no" asserts nothing: both sides deny (negative)',
    articles: [
      { id: 'a', text: 'The senator forced the banker to admit that no senior executives have been held accountable for the fraud.' },
      { id: 'b', text: 'The banker admitted he had not been held personally accountable for the fraud, the senator said.' },
    ],
    kind: null,
  },
  {
    name: 'a verb with a denied object ("offered no specifics") agrees with a denial (negative)',
    articles: [
      { id: 'a', text: 'The candidates have offered no specifics about the bombing targets in the region.' },
      { id: 'b', text: 'The candidates are not offering specifics about the bombing targets in the region, aides said.' },
    ],
    kind: null,
  },
  {
    name: 'a pronoun stands for the name before it: McConnell spoke, Clinton did not (negative)',
    articles: [
      { id: 'a', text: 'Senator Mitch McConnell says he spoke to Donald Trump on Friday about the violence at the rally.', entities: [{ name: 'Mitch McConnell' }, { name: 'Donald Trump' }] },
      { id: 'b', text: 'Hillary Clinton did not speak to Donald Trump on Friday about the violence at the rally.', entities: [{ name: 'Hillary Clinton' }, { name: 'Donald Trump' }] },
    ],
    kind: null,
  },
  {
    name: 'a denial cue read as a noun denies nothing: "nomination contests, putting him ahead" (negative)',
    articles: [
      { id: 'a', text: 'The governor put the senator ahead of his rivals with an early endorsement on Tuesday.' },
      { id: 'b', text: 'The senator has won three of the previous four nomination contests, putting him ahead of his rivals.' },
    ],
    kind: null,
  },
  {
    name: 'a negated denial concedes: "did not dispute that he lends his thoughts" (negative)',
    articles: [
      { id: 'a', text: 'The host lends his thoughts to the candidate and his close advisers, people close to him said.' },
      { id: 'b', text: 'The host did not dispute that he lends his thoughts to the candidate and his close advisers.' },
    ],
    kind: null,
  },
  {
    name: 'one voice qualifying its own words in one article is no disagreement (negative)',
    articles: [
      { id: 'a', text: '"We need real change in this country," the senator said. "But we do not need change based on bigotry and fear," he said.' },
    ],
    kind: null,
  },
  {
    name: 'a running total against one operation\'s count is no disagreement (negative)',
    articles: [
      { id: 'a', text: 'During the raid on the pirate boats, the navy seized six rifles and 300 rounds of ammunition.' },
      { id: 'b', text: 'The navy has seized a total of 14 rifles and 923 rounds of ammunition from the pirate boats.' },
    ],
    kind: null,
  },
  {
    name: 'two percentages of two different things in one poll (negative)',
    articles: [
      { id: 'a', text: 'A newspaper poll published on Sunday showed the government party at a dismal 20 percent support.' },
      { id: 'b', text: 'The newspaper poll published on Sunday said 83 percent of voters were unhappy with the government.' },
    ],
    kind: null,
  },
  {
    name: 'the ages of two different people (negative)',
    articles: [
      { id: 'a', text: 'Police said the suspect, a 38-year-old accountant, opened fire in the office on Friday.' },
      { id: 'b', text: 'Police said the victims of the shooting in the office on Friday were a 47-year-old man and his colleague.' },
    ],
    kind: null,
  },
  {
    name: 'the same amount in two currencies agrees (negative)',
    articles: [
      { id: 'a', text: 'The austerity measures aim to save 30 billion euros ($40 billion) by the end of 2012, the finance minister said.' },
      { id: 'b', text: 'The austerity measures aim to save $40 billion by the end of 2012, the finance minister said.' },
    ],
    kind: null,
  },
  {
    name: 'the magnitude of one quake reported two ways',
    articles: [
      { id: 'a', text: 'The 6.1-magnitude quake struck the island on Sunday, state media said.' },
      { id: 'b', text: 'The 5.9-magnitude quake struck the island on Sunday, state media said.' },
    ],
    kind: 'number',
  },
  {
    name: 'different years name different elections, not different numbers (negative)',
    articles: [
      { id: 'a', text: 'Russia interfered in the 2016 presidential election, the intelligence agencies concluded in their report.' },
      { id: 'b', text: 'Russia may interfere in the 2020 presidential election, the intelligence agencies warned in their report.' },
    ],
    kind: null,
  },
  {
    name: 'two floors ("more than 180", "at least 150") can both be true (negative)',
    articles: [
      { id: 'a', text: 'More than 180 people were killed in shootings across the country over the holiday weekend, officials said.' },
      { id: 'b', text: 'At least 150 people were killed in shootings across the country over the holiday weekend, officials said.' },
    ],
    kind: null,
  },
  {
    name: 'a round figure agrees with an exact one close to it (negative)',
    articles: [
      { id: 'a', text: 'The infrastructure bill clocked in at some 2,700 pages, and senators could begin amending it soon.' },
      { id: 'b', text: 'The infrastructure bill clocked in at 2,702 pages, and senators could begin amending it soon.' },
    ],
    kind: null,
  },
  {
    name: 'the same number in both accounts is agreement (negative)',
    articles: [
      { id: 'a', text: 'The earthquake in the northern province killed 120 people, officials said on Sunday.' },
      { id: 'b', text: 'At least 120 people were killed by the earthquake in the northern province, officials said.' },
    ],
    kind: null,
  },
  {
    name: '"not" before a noun phrase contrasts two things; both accounts say the same (negative)',
    articles: [
      { id: 'a', text: 'The drone strike in the capital killed an aid worker and nine members of his family, not a member of the militant group, the general said.' },
      { id: 'b', text: 'Top officials acknowledged on Friday that the drone strike killed three adults and seven children and not militant group members.' },
    ],
    kind: null,
  },
  {
    name: 'a question asserts nothing for an answer to deny (negative)',
    articles: [
      { id: 'a', text: '"Why are you so confident he will change his behavior, sir?"' },
      { id: 'b', text: 'The president turned around and said, "I am not confident he will change his behavior."' },
    ],
    kind: null,
  },
  {
    name: 'a negation inside an indirect question denies nothing (negative)',
    articles: [
      { id: 'a', text: 'The health secretary said it is the government\'s business to know which Americans have been vaccinated against the virus.' },
      { id: 'b', text: 'The health secretary said it is the government\'s business to know which Americans have not been vaccinated against the virus yet.' },
    ],
    kind: null,
  },
  {
    name: 'another subject did what the denial says one did not (negative)',
    articles: [
      { id: 'a', text: 'In the sixth round Klitschko landed 28 punches while the challenger connected on just one.', entities: [{ name: 'Wladimir Klitschko', surfaces: ['Klitschko'] }] },
      { id: 'b', text: 'It was a round in which Rahman did not land a clean punch at all, the judges said.', entities: [{ name: 'Hasim Rahman', surfaces: ['Rahman'] }] },
    ],
    kind: null,
  },
  {
    name: 'the same subject asserting and denying an act is a contradiction',
    articles: [
      { id: 'a', text: 'Police said the teenager pointed a gun at the two officers before they opened fire.', entities: [{ name: 'Kimani Gray', surfaces: ['Gray'] }] },
      { id: 'b', text: 'Witnesses said Gray did not point a gun at the officers before they opened fire.', entities: [{ name: 'Kimani Gray', surfaces: ['Gray'] }] },
    ],
    kind: 'negation',
  },
  {
    name: 'not knowing when something happens denies nothing (negative)',
    articles: [
      { id: 'a', text: 'The team knows the offer will expire at the end of the week, the agent said.' },
      { id: 'b', text: 'The agent said he did not know when the offer might expire this week.' },
    ],
    kind: null,
  },
  {
    name: 'a floor below a round figure agrees with it (negative)',
    articles: [
      { id: 'a', text: 'About 100 people have been injured in the riots across the country, officials said.' },
      { id: 'b', text: 'At least 70 people have been injured in the riots across the country, officials said.' },
    ],
    kind: null,
  },
  {
    name: 'a figure of another scope ("controlling for food and energy") is no contradiction of the headline figure (negative)',
    articles: [
      { id: 'a', text: 'Consumer prices in the country rose 0.8 percent from March to April, the Labor Department said.' },
      { id: 'b', text: 'Consumer prices in the country rose 0.9 percent from March to April, controlling for food and energy prices, the Labor Department said.' },
    ],
    kind: null,
  },
  {
    name: 'the same scope on both sides still disagrees: 0.8 and 0.9 percent, both excluding food (positive)',
    articles: [
      { id: 'a', text: 'Consumer prices in the country rose 0.8 percent from March to April excluding food, the Labor Department said.' },
      { id: 'b', text: 'Consumer prices in the country rose 0.9 percent from March to April excluding food, the Labor Department said.' },
    ],
    kind: 'number',
  },
  {
    name: 'time so far of a developing story ("after four days of riots" / "after eight days of riots") in undated accounts is no contradiction (negative; on one day it is, below)',
    articles: [
      { id: 'a', text: 'Athens was calm on Sunday after eight days of the worst riots the country has seen in decades.' },
      { id: 'b', text: 'Youths smashed windows in Athens on Sunday after four days of the worst riots the country has seen in decades.' },
    ],
    kind: null,
  },
  {
    name: 'two shares with other parts and other wholes are tallies of two scopes ("28 of his 68 punches" / "178 of 369 punches") (negative)',
    articles: [
      { id: 'a', text: 'Klitschko landed 28 of his 68 punches thrown during the round against Rahman.' },
      { id: 'b', text: 'The final numbers showed Klitschko landing 178 of 369 punches thrown against Rahman.' },
    ],
    kind: null,
  },
  {
    name: 'the same part of two different wholes disagrees ("28 of 68 punches" / "28 of 90 punches") (positive)',
    articles: [
      { id: 'a', text: 'Klitschko landed 28 of his 68 punches thrown during the round against Rahman.' },
      { id: 'b', text: 'Klitschko landed 28 of his 90 punches thrown during the round against Rahman.' },
    ],
    kind: 'number',
  },
  {
    name: 'phone numbers that differ by a digit are no number contradiction (negative)',
    articles: [
      { id: 'a', text: 'Anyone with information about the fire is asked to call police on 0845 125 2222 today.' },
      { id: 'b', text: 'Anyone with information about the fire is asked to call police on 0845 125 222 today.' },
    ],
    kind: null,
  },
  {
    name: '"I didn\'t feel we were executing" and "I feel we weren\'t executing" say the same (negative)',
    articles: [
      { id: 'a', text: '"I did not feel on the floor we were executing the philosophy we wanted to have," the coach said.' },
      { id: 'b', text: '"I feel on the floor we were not executing the philosophy that we want to have," the coach said.' },
    ],
    kind: null,
  },
  {
    name: '"This wasn\'t Carlesimo" describes, it denies no act (negative)',
    articles: [
      { id: 'a', text: 'Cheeks is the fifth coach fired this season, after Carlesimo of Oklahoma City and Jordan of Washington.' },
      { id: 'b', text: 'This was not Carlesimo of Oklahoma City, whose record sank any chance he had of surviving the season.' },
    ],
    kind: null,
  },
];

for (const c of CASES) {
  test(`contradiction: ${c.name}`, () => {
    const found = contradictionsOf(...c.articles);
    if (c.kind === null) {
      assert.deepEqual(found.map((k) => `${k.kind}: ${k.sides[0].text} <> ${k.sides[1].text}`), []);
      return;
    }
    const hit = found.find((k) => k.kind === c.kind);
    assert.ok(hit, `expected a ${c.kind} contradiction, got ${JSON.stringify(found)}`);
    const cited = new Set(hit.sides.flatMap((side) => side.citations.map((x) => x.article)));
    assert.deepEqual(cited, new Set(['a', 'b']), 'both sides are cited');
    assert.ok(hit.topic.length > 0);
  });
}

test('two named holders in one article disagree: "Gates said he was working for the party" / "Podesta said Gates was not"', () => {
  const found = contradictionsOf(
    {
      id: 'a',
      text: 'Rick Gates told reporters he was working for the Party of Regions in Kiev. But John Podesta said Gates was not working for the Party of Regions in Kiev.',
      entities: [{ name: 'Rick Gates', surfaces: ['Rick Gates', 'Gates'] }, { name: 'John Podesta' }],
    },
    { id: 'b', text: 'The lobbying firm registered with the Justice Department on Friday, the filings show.' },
  );
  assert.deepEqual(
    found.map((c) => [c.kind, c.sides.map((side) => side.holder)]),
    [['negation', ['Rick Gates', 'John Podesta']]],
  );
});

test('a given name names the subject: "Lindsay never checked into" meets "Lohan had checked into"', () => {
  const person = { name: 'Lindsay Lohan', surfaces: ['Lindsay Lohan', 'Lohan'] };
  const found = contradictionsOf(
    { id: 'a', text: 'Lindsay Lohan had checked into the Morningside clinic on Thursday morning, her father said.', entities: [person] },
    {
      id: 'b',
      text: 'Lindsay Lohan is in Rancho Mirage, Calif. "Lindsay never checked into the Morningside clinic," a source said.',
      entities: [person, { name: 'California', type: 'place', surfaces: ['Calif.'] }],
    },
  );
  assert.deepEqual(found.map((c) => c.kind), ['negation']);
});

test('different dates for the same event', () => {
  const found = synthesize(
    story([
      article({ id: 'a', text: 'The factory fire broke out on Monday and destroyed the main warehouse, police said.', dates: [{ surface: 'on Monday', value: '2024-05-06' }] }),
      article({ id: 'b', text: 'The factory fire broke out on Sunday and destroyed the main warehouse, police said.', dates: [{ surface: 'on Sunday', value: '2024-05-05' }] }),
    ]),
  ).contradictions;
  assert.ok(found.some((k) => k.kind === 'date'), JSON.stringify(found));
});

test('a count that changed between two days is an update, not a contradiction (negative)', () => {
  const found = synthesize(
    story([
      article({ id: 'a', published: '2008-12-10', text: 'The city was calm after four days of the worst riots the country has seen in decades.' }),
      article({ id: 'b', published: '2008-12-14', text: 'The city was calm after eight days of the worst riots the country has seen in decades.' }),
    ]),
  ).contradictions;
  assert.deepEqual(found.filter((k) => k.kind === 'number'), []);
  const sameDay = synthesize(
    story([
      article({ id: 'a', published: '2008-12-14', text: 'The city was calm after four days of the worst riots the country has seen in decades.' }),
      article({ id: 'b', published: '2008-12-14', text: 'The city was calm after eight days of the worst riots the country has seen in decades.' }),
    ]),
  ).contradictions;
  assert.equal(sameDay.filter((k) => k.kind === 'number').length, 1, JSON.stringify(sameDay));
});

test('dates of two different acts in one fact are no date contradiction (negative)', () => {
  const found = synthesize(
    story([
      article({ id: 'a', text: 'The new eviction moratorium issued on Tuesday comes from the disease control agency, officials said.', dates: [{ surface: 'on Tuesday', value: '2021-08-03' }] }),
      article({ id: 'b', text: 'The new eviction moratorium from the disease control agency will expire on Oct. 3, officials said.', dates: [{ surface: 'on Oct. 3', value: '2021-10-03' }] }),
    ]),
  ).contradictions;
  assert.deepEqual(found.filter((k) => k.kind === 'date'), []);
});

test('the same denial in several articles is one side citing each', () => {
  const found = contradictionsOf(
    { id: 'a', text: 'Trump tweeted that the two had discussed many items including trade and election meddling.' },
    { id: 'b', text: 'Lavrov told reporters that he did not discuss election meddling with Trump at the White House.' },
    { id: 'c', text: 'Lavrov said afterwards that he and Trump had not discussed election meddling during the visit.' },
  );
  const negation = found.filter((k) => k.kind === 'negation');
  assert.equal(negation.length, 1, JSON.stringify(found));
  assert.deepEqual(new Set(negation[0].sides[1].citations.map((c) => c.article)), new Set(['b', 'c']));
});

const POLARITY: [string, string[]][] = [
  ['the world got a taste of life without Facebook and its apps', []],
  ['there was no agreement on the budget', []],
  ["we haven't even actually discussed elections", ['discuss']],
  ['he did not discuss election meddling with Trump', ['discuss']],
  ['Russia should not interfere in elections', []],
  ['the deal includes not only Russia but also China', []],
  ['he never visited the plant', ['visit']],
  // negatives: a condition, a repetition, a question after an adverb
  ["if you don't make the means to cross a road, it's bad for wildlife", []],
  ['she never agreed to have her photograph taken again', []],
  // a record over a stretch of time before the story denies no act of the story
  ['the surrounding area has not been hit by a quake in more than 25 years', []],
  ['the team has not won a title since 1998', []],
  ['the club has not lost at home for decades', []],
  // a duration of the act itself is no record: the act is still denied
  ['the mayor did not visit the site in the morning', ['visit']],
  ['he has not visited since the meeting ended', ['visit']],
  ['the area has not flooded since the 1990s', []],
  ['his friends have not explained exactly what caused the shooting', []],
];
for (const [text, predicates] of POLARITY) {
  test(`negated predicates of "${text}"`, () => assert.deepEqual(readPolarity(text).negated.map((p) => p.predicate), predicates));
}

test('another person in the same role for the same fact is a name contradiction', () => {
  const found = contradictionsOf(
    {
      id: 'a',
      text: 'White House spokesman Judd Deere said in a statement that the meeting covered arms control.',
      entities: [{ name: 'Judd Deere', roles: ['White House spokesman'] }],
    },
    {
      id: 'b',
      text: 'White House spokesman John Smith said in a statement that the meeting covered arms control.',
      entities: [{ name: 'John Smith', roles: ['White House spokesman'] }],
    },
  );
  const k = found.find((x) => x.kind === 'name');
  assert.ok(k, JSON.stringify(found));
  assert.equal(k.topic, 'white house spokesman');
});

test('two people with different roles in the same fact are no name contradiction (negative)', () => {
  const found = contradictionsOf(
    { id: 'a', text: 'Senator Ann Lee said in a statement that the meeting covered arms control.', entities: [{ name: 'Ann Lee', roles: ['Senator'] }] },
    { id: 'b', text: 'Governor Bob Ray said in a statement that the meeting covered arms control.', entities: [{ name: 'Bob Ray', roles: ['Governor'] }] },
  );
  assert.deepEqual(found.filter((x) => x.kind === 'name'), []);
});
