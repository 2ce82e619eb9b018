import { applyDecorators, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage, IsEmail, MaxLength, registerDecorator, ValidateIf, ValidationOptions } from 'class-validator';
import { DATE_WINDOW, isDateInWindow, isIsoDate, LIMITS } from '@ptp/shared';
import { badInput, FieldError } from './errors';

/** An email address a person could type, at most LIMITS.emailMax characters (every input that takes one). */
export const IsEmailAddress = () => applyDecorators(IsEmail({}, { message: 'email must be a valid email address' }), MaxLength(LIMITS.emailMax));

/** A calendar date written YYYY-MM-DD that exists, between 1950 and 2100 (DATE_WINDOW). */
export function IsIsoDate(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isIsoDate',
      target: object.constructor,
      propertyName,
      options: {
        message: ({ value }) =>
          typeof value === 'string' && isIsoDate(value)
            ? `${propertyName} must lie between ${DATE_WINDOW.minYear}-01-01 and ${DATE_WINDOW.maxYear}-12-31`
            : `${propertyName} must be a date written YYYY-MM-DD`,
        ...options,
      },
      validator: { validate: (value: unknown) => typeof value === 'string' && isDateInWindow(value) },
    });
}

/** A finite number with at most `places` decimals (class-validator's maxDecimalPlaces throws on 5e-324). */
export function IsDecimal(places: number, options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isDecimal',
      target: object.constructor,
      propertyName,
      options: { message: `${propertyName} must be a number with at most ${places} decimals`, ...options },
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'number' || !Number.isFinite(value)) return false;
          const scaled = value * 10 ** places;
          return Math.abs(scaled - Math.round(scaled)) < 1e-6 && (value === 0 || Math.abs(value) >= 10 ** -places);
        },
      },
    });
}

/**
 * A field of an update that may be left out but not cleared. `IsOptional` lets null through to
 * the service (which would write NULL or fail); this lets the other validators see null and adds
 * the one message that matters.
 */
export function IsOmittable() {
  return (object: object, propertyName: string) => {
    ValidateIf((_o, value) => value !== undefined)(object, propertyName);
    registerDecorator({
      name: 'notNull',
      target: object.constructor,
      propertyName,
      options: { message: `${propertyName} cannot be cleared; leave it out to keep the current value` },
      validator: { validate: (value: unknown) => value !== null },
    });
  };
}

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    // A null where a value is needed: the type checks' messages would only repeat it.
    const constraints = e.constraints?.notNull ? { notNull: e.constraints.notNull } : (e.constraints ?? {});
    const own = Object.values(constraints).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

type Storage = ReturnType<typeof getMetadataStorage>;
type Metadatas = ReturnType<Storage['getTargetValidationMetadatas']>;
let remembered = false;

/**
 * class-validator looks up a class's rules on every validation, of every input object and every nested one, by walking
 * every class that has rules (`prototype instanceof` each: hundreds here) and filtering their lists, then groups them
 * by property again: a tenth of a log-hours request's CPU. The rules are fixed once the classes are loaded, so each
 * answer is kept per class and options, and forgotten whenever a rule is added. The answers are only read by
 * class-validator (it filters and groups them into new arrays), never changed.
 */
export function rememberValidationRules(storage: Storage = getMetadataStorage()): void {
  if (remembered) return;
  remembered = true;
  let byTarget = new WeakMap<object, Map<string, Metadatas>>();
  let grouped = new WeakMap<Metadatas, ReturnType<Storage['groupByPropertyName']>>();
  const lookUp = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = `${schema}\u0000${always}\u0000${strictGroups}\u0000${groups?.join('\u0000') ?? ''}`;
    let forTarget = byTarget.get(target);
    if (!forTarget) byTarget.set(target, (forTarget = new Map()));
    let found = forTarget.get(key);
    if (!found) forTarget.set(key, (found = lookUp(target, schema, always, strictGroups, groups)));
    return found;
  };
  storage.groupByPropertyName = (metadatas) => {
    let found = grouped.get(metadatas);
    if (!found) grouped.set(metadatas, (found = group(metadatas)));
    return found;
  };
  storage.addValidationMetadata = (metadata) => {
    byTarget = new WeakMap();
    grouped = new WeakMap();
    add(metadata);
  };
}

/** The global pipe: unknown fields refused, every message names its field. */
export function createValidationPipe(): ValidationPipe {
  rememberValidationRules();
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors: ValidationError[]) => {
      const fields = flatten(errors);
      if (!fields.length) return new BadRequestException('Invalid input.');
      return badInput(fields.map((f) => (f.message.startsWith(f.field) ? f.message : `${f.field}: ${f.message}`)).join('; '), fields);
    },
  });
}
