import { FAILSAFE_SCHEMA, Type } from 'js-yaml'

/**
 * js-yaml types that resolve plain scalars exactly as the `yaml` package's YAML 1.2 core schema does
 * (same patterns, same conversions), so both loaders agree on every value. js-yaml's own schemas
 * differ: they read `1_000` and `0b1` as numbers and, by default, dates as `Date`.
 */
const nullType = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (data: string) => /^(?:~|[Nn]ull|NULL)?$/.test(data),
  construct: () => null,
  predicate: (object: unknown) => object === null,
})

const boolType = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (data: string) => /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(data),
  construct: (data: string) => data[0] === 't' || data[0] === 'T',
  predicate: (object: unknown) => typeof object === 'boolean',
})

const INT = /^[-+]?[0-9]+$|^0o[0-7]+$|^0x[0-9a-fA-F]+$/
const intType = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data: string) => INT.test(data),
  construct: (data: string) =>
    data.startsWith('0o')
      ? parseInt(data.slice(2), 8)
      : data.startsWith('0x')
        ? parseInt(data.slice(2), 16)
        : parseInt(data, 10),
  predicate: (object: unknown) => Number.isInteger(object),
})

const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$|^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/
const SPECIAL_FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/
const floatType = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (data: string) => FLOAT.test(data) || SPECIAL_FLOAT.test(data),
  construct: (data: string) =>
    SPECIAL_FLOAT.test(data)
      ? data.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : data[0] === '-'
          ? Number.NEGATIVE_INFINITY
          : Number.POSITIVE_INFINITY
      : parseFloat(data),
  predicate: (object: unknown) => typeof object === 'number',
})

/** YAML 1.2 core schema for js-yaml, identical in meaning to `yaml`'s `core` schema. */
export const CORE_SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, intType, floatType] })
