import 'reflect-metadata';
import { IsInt, MaxLength, validate } from 'class-validator';
import { rememberValidationRules } from './validators';

class Shift {
  @IsInt()
  minutes!: unknown;

  note?: unknown;
}

class LongShift extends Shift {
  @IsInt()
  breaks!: unknown;
}

const failing = async (o: object) => (await validate(o)).map((e) => e.property).sort();

describe('rememberValidationRules', () => {
  beforeAll(() => rememberValidationRules());

  it('validates as before, inherited rules included, each time it is asked', async () => {
    for (let i = 0; i < 3; i++) {
      expect(await failing(Object.assign(new Shift(), { minutes: 'ten' }))).toEqual(['minutes']);
      expect(await failing(Object.assign(new Shift(), { minutes: 10 }))).toEqual([]);
      expect(await failing(Object.assign(new LongShift(), { minutes: 'ten', breaks: 'two' }))).toEqual(['breaks', 'minutes']);
    }
  });

  it('applies a rule added after the class was first validated', async () => {
    expect(await failing(Object.assign(new Shift(), { minutes: 10, note: 'x'.repeat(20) }))).toEqual([]);
    MaxLength(5)(Shift.prototype, 'note');
    expect(await failing(Object.assign(new Shift(), { minutes: 10, note: 'x'.repeat(20) }))).toEqual(['note']);
    expect(await failing(Object.assign(new LongShift(), { minutes: 10, breaks: 1, note: 'x'.repeat(20) }))).toEqual(['note']);
  });
});
