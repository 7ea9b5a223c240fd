import { describe, expect, it } from 'vitest';
import { DecisionAidSchema } from '../../../src/lib/schemas/decision-aid';
import { ContentError, parseWithFriendlyErrors } from '../../../src/lib/schemas/friendly-errors';
import { advise, aidAnswers, allAnswerSets, checkDecisionAid, type DecisionAidData } from '../../../src/lib/worksheets/decision-aid';
import { loadParticipationAid } from './load';

const aid = loadParticipationAid();

// A typical traject: the frame is set, real choices are open, a neighbourhood, some months, some money.
const base = { vast: 'kaders', open: 'keuzes', geraakt: 'buurt', tijd: 'midden', geld: 'beperkt', belofte: 'advies' };

describe('the participation decision aid (content/werkbladen/keuzehulp/participatie.yaml)', () => {
  it('gives an advice for every combination of answers, with at least one method for a rung', () => {
    for (const answers of allAnswerSets(aid)) {
      const advice = advise(aid, answers);
      expect(advice, JSON.stringify(answers)).not.toBeNull();
      if (advice?.kind === 'rung') expect(advice.methods.length, JSON.stringify(answers)).toBeGreaterThan(0);
    }
  });

  it('reaches every rule and every rung of the ladder, and the advice against participation', () => {
    const advices = allAnswerSets(aid).map((answers) => advise(aid, answers)!);
    expect(new Set(advices.map((a) => a.rule))).toEqual(new Set(aid.rules.map((_r, i) => i)));
    const rungs = new Set(advices.flatMap((a) => (a.kind === 'rung' ? [a.rung.id] : [])));
    expect([...rungs].sort()).toEqual(['adviseren', 'coproduceren', 'informeren', 'meebeslissen', 'raadplegen']);
    expect(advices.some((a) => a.kind === 'none')).toBe(true);
  });

  it('advises no participation when nothing is open, and says what to do instead', () => {
    const advice = advise(aid, { ...base, open: 'niets' });
    expect(advice?.kind).toBe('none');
    expect(advice?.because).toContain('schijnparticipatie');
    expect(advice?.kind === 'none' && advice.instead).toMatch(/communicatie/);
  });

  it('advises no participation when real choices are open but the decision is less than a month away', () => {
    expect(advise(aid, { ...base, tijd: 'kort' })?.kind).toBe('none');
    // With only details open, a short time is enough to inform well.
    const details = advise(aid, { ...base, tijd: 'kort', open: 'details' });
    expect(details?.kind === 'rung' && details.rung.id).toBe('informeren');
  });

  it('suggests the rung the board can keep, not the one it hopes for', () => {
    const rung = (answers: Record<string, string>) => {
      const advice = advise(aid, answers);
      return advice?.kind === 'rung' ? advice.rung.id : advice?.kind;
    };
    expect(rung(base)).toBe('adviseren');
    expect(rung({ ...base, belofte: 'luisteren' })).toBe('raadplegen');
    expect(rung({ ...base, belofte: 'beslissen', open: 'besluit' })).toBe('meebeslissen');
    // Deciding without a budget of its own to decide on, or without money for guidance, falls back to advice.
    expect(rung({ ...base, belofte: 'beslissen', open: 'keuzes' })).toBe('adviseren');
    expect(rung({ ...base, belofte: 'beslissen', open: 'besluit', geld: 'weinig' })).toBe('adviseren');
    expect(rung({ ...base, belofte: 'samen', tijd: 'lang' })).toBe('coproduceren');
    expect(rung({ ...base, belofte: 'samen', tijd: 'midden' })).toBe('adviseren');
  });

  it('picks methods that fit the time, the money and who is affected, each with a time, cost and pitfall', () => {
    const street = advise(aid, { ...base, geraakt: 'enkelen' });
    const city = advise(aid, { ...base, geraakt: 'stad', tijd: 'lang', geld: 'ruim' });
    const names = (a: typeof street) => (a?.kind === 'rung' ? a.methods.map((m) => m.id) : []);
    expect(names(street)).toContain('keukentafel');
    expect(names(street)).not.toContain('gelote-groep');
    expect(names(city)).toContain('gelote-groep');
    expect(names(city)).not.toContain('keukentafel');
    for (const method of aid.methods)
      for (const part of [method.time, method.cost, method.pitfall]) expect(part.length).toBeGreaterThan(10);
    // The answer "de hele stad" adds a point of attention about who does not come by themselves.
    expect(city?.notes.join(' ')).toMatch(/vaste stemmen/);
  });

  it('gives no advice until every question is answered, or with an answer it does not know', () => {
    const { belofte: _left, ...incomplete } = base;
    expect(advise(aid, incomplete)).toBeNull();
    expect(advise(aid, { ...base, tijd: 'morgen' })).toBeNull();
  });

  it('reads its answers from a worksheet under "keuzehulp."', () => {
    expect(aidAnswers({ 'keuzehulp.tijd': 'lang', 'traject.naam': 'Lindenplein' })).toEqual({ tijd: 'lang' });
  });
});

describe('the build checks of a decision aid', () => {
  const small: DecisionAidData = {
    questions: [
      {
        id: 'open',
        question: 'Open?',
        options: [
          { value: 'ja', label: 'Ja' },
          { value: 'nee', label: 'Nee' },
        ],
      },
      {
        id: 'tijd',
        question: 'Tijd?',
        options: [
          { value: 'kort', label: 'Kort' },
          { value: 'lang', label: 'Lang' },
        ],
      },
    ],
    rungs: [
      { id: 'informeren', label: 'Informeren', meaning: 'vertellen.' },
      { id: 'adviseren', label: 'Adviseren', meaning: 'advies.' },
    ],
    methods: [
      { id: 'brief', name: 'Brief', rungs: ['informeren'], time: 't', cost: 'c', pitfall: 'p' },
      { id: 'groep', name: 'Groep', rungs: ['adviseren'], time: 't', cost: 'c', pitfall: 'p', needs: { tijd: ['lang'] } },
    ],
    rules: [
      { when: { open: ['nee'] }, none: true, because: 'b' },
      { when: { tijd: ['kort'] }, rung: 'informeren', because: 'b' },
      { rung: 'adviseren', because: 'b' },
    ],
  };

  it('accepts a sound aid', () => {
    expect(checkDecisionAid(small)).toEqual([]);
  });

  it('names a rule that an earlier rule always catches first', () => {
    const shadowed = {
      ...small,
      rules: [small.rules[0]!, { when: { open: ['nee'] }, rung: 'informeren', because: 'b' }, ...small.rules.slice(1)],
    };
    expect(checkDecisionAid(shadowed)).toContainEqual({ path: ['rules', 1], message: expect.stringContaining('nooit bereikt') });
  });

  it('names a rung that gets no method for some answers', () => {
    const noMethod = { ...small, rules: [small.rules[0]!, { rung: 'adviseren', because: 'b' }] };
    expect(checkDecisionAid(noMethod)[0]?.message).toMatch(
      /geen werkvorm past bij trede "adviseren" met de antwoorden open: ja, tijd: kort/,
    );
  });

  it('names unknown questions, answers and rungs, and a missing last rule', () => {
    const wrong = {
      ...small,
      rules: [
        { when: { geld: ['veel'] }, rung: 'informeren', because: 'b' },
        { when: { tijd: ['morgen'] }, rung: 'beslissen', because: 'b' },
      ],
    };
    const messages = checkDecisionAid(wrong).map((p) => `${p.path.join('.')}: ${p.message}`);
    expect(messages).toContain('rules.0.when.geld: "geld" is geen vraag van de keuzehulp');
    expect(messages).toContain('rules.1.when.tijd: "morgen" is geen antwoord op de vraag "tijd"');
    expect(messages).toContain('rules.1.rung: "beslissen" is geen trede');
    const noFallback = { ...small, rules: small.rules.slice(0, 2) };
    expect(checkDecisionAid(noFallback).map((p) => p.message)).toContain(
      'de laatste regel heeft geen when: hij geldt voor alle andere antwoorden',
    );
  });

  it('fails the build with the file and the field named, in Dutch', () => {
    const file = 'content/werkbladen/keuzehulp/participatie.yaml';
    const broken = { ...loadParticipationAid(), rules: [{ rung: 'bovenaan', because: 'b' }] };
    expect(() => parseWithFriendlyErrors(DecisionAidSchema, broken, file)).toThrow(ContentError);
    expect(() => parseWithFriendlyErrors(DecisionAidSchema, broken, file)).toThrow(
      /Fout in content\/werkbladen\/keuzehulp\/participatie\.yaml:[\s\S]*veld "rules\[0\]\.rung": "bovenaan" is geen trede/,
    );
  });
});
