import { parseVersion } from '../manifest/semver.js'
import { configSchema, manifestSchema } from '../schemas.js'
import type { SchemaNode } from '../schemas.js'

/** A token that passed its pattern, or why it did not (a message holding no raw input). */
export type TokenCheck = { ok: true; value: string } | { ok: false; message: string }

type NameKind = 'model' | 'environment'

interface NameRule {
  pattern: RegExp
  maxLength: number
  example: string
}

/**
 * Model and environment names follow the schemas (`metadata.name` of the manifest, `name` of a
 * config environment), so a chat command accepts exactly the names a repository can have.
 */
const NAME_RULES: Record<NameKind, NameRule> = {
  model: ruleOf((manifestSchema as SchemaNode).properties!.metadata!.properties!.name!, 'fraud-detector'),
  environment: ruleOf(
    (configSchema as SchemaNode).properties!.environments!.items!.properties!.name!,
    'staging',
  ),
}

function ruleOf(node: SchemaNode, example: string): NameRule {
  // Our own schema's pattern, never input: a bug in the schema would fail every command test.
  return { pattern: new RegExp(node.pattern!), maxLength: node.maxLength!, example }
}

/** Whether `token` is a well-formed model or environment name. */
export function isName(kind: NameKind, token: string): boolean {
  const rule = NAME_RULES[kind]
  return token.length <= rule.maxLength && rule.pattern.test(token)
}

/**
 * Checks a model or environment name; an uppercase spelling of a good name is refused with the
 * lowercase one (`model names are lowercase: fraud-detector`).
 */
export function checkName(kind: NameKind, token: string): TokenCheck {
  if (isName(kind, token)) return { ok: true, value: token }
  const lower = token.toLowerCase()
  if (isName(kind, lower)) return { ok: false, message: `${kind} names are lowercase: ${lower}` }
  const { maxLength, example } = NAME_RULES[kind]
  return {
    ok: false,
    message:
      `the ${kind} is not a ${kind} name: expected lowercase letters, digits and -, starting with a ` +
      `letter, at most ${maxLength} characters, such as ${example}`,
  }
}

const IMMUTABLE = 'versions are immutable: name one such as 1.4.0'

/**
 * Checks a version: SemVer as the manifest schema admits it (`parseVersion`). Moving names
 * (`latest`, `stable`, `main`, an environment…) are refused, since a command must say exactly
 * what it deploys; `v1.4.0` and `1.4` are refused with the version they probably mean.
 */
export function checkVersion(token: string): TokenCheck {
  if (parseVersion(token)) return { ok: true, value: token }
  if (/^v/i.test(token) && parseVersion(token.slice(1)))
    return { ok: false, message: `versions have no leading v: ${token.slice(1)}` }
  if (/^[a-z][a-z0-9-]*$/i.test(token))
    return {
      ok: false,
      message: isName('model', token) ? `${token} is not a version; ${IMMUTABLE}` : IMMUTABLE,
    }
  const numbers = /^(0|[1-9]\d{0,8})(?:\.(0|[1-9]\d{0,8}))?$/.exec(token)
  if (numbers)
    return {
      ok: false,
      message: `a version has three numbers, MAJOR.MINOR.PATCH: ${numbers[1]}.${numbers[2] ?? 0}.0`,
    }
  return {
    ok: false,
    message:
      'the version is not a version: expected MAJOR.MINOR.PATCH with an optional -prerelease or ' +
      '+build, such as 1.4.0 or 2.0.0-rc.1',
  }
}

/** Printable ASCII that a command line must not hold: quotes, backticks and shell characters. */
const FORBIDDEN_ASCII = new Set([...'\'"`;|&$<>(){}\\'])

/**
 * The first character of a command line that commands refuse, described, or `undefined`. A
 * command line is plain ASCII (letters, digits, punctuation, spaces and tabs) without quotes,
 * backticks and shell characters: anything else could make a command read differently than it
 * looks (a look-alike letter, an invisible character, a no-break space joining two tokens).
 * @example findForbiddenCharacter('/promote fraud\u200b-detector to prod') // 'U+200B (a zero-width character) at column 15'
 */
export function findForbiddenCharacter(line: string): string | undefined {
  let column = 0
  for (const character of line) {
    column++
    const kind = forbiddenKind(character)
    if (kind) return `${codePoint(character)} (${kind}) at column ${column}`
  }
  return undefined
}

/** `U+00A0`: how a character is shown in messages, never raw. */
export function codePoint(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
}

function forbiddenKind(character: string): string | undefined {
  const code = character.codePointAt(0)!
  if (character === "'" || character === '"') return 'a quote'
  if (character === '`') return 'a backtick'
  if (FORBIDDEN_ASCII.has(character)) return 'a shell character'
  if (character === '\t' || (code >= 0x20 && code < 0x7f)) return undefined
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return 'a control character'
  if (/[\u00ab\u00bb\u2018-\u201f\u2039\u203a\u300c-\u300f\uff02\uff07]/.test(character))
    return 'a typographic quote'
  if (/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(character)) return 'a bidirectional control'
  if (/[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]/.test(character)) return 'a zero-width character'
  if (/\p{Zs}/u.test(character)) return 'a non-ASCII space, such as a no-break space'
  if (/\p{L}/u.test(character)) return 'a non-ASCII letter, which can pass for a Latin one'
  return 'a non-ASCII character'
}
