import { describe, expect, it } from 'vitest'
import type { Problem } from '../../../core/problem.js'
import { formatMarkdown } from '../../../core/report/format-markdown.js'
import type { ValidationResult } from '../../../core/report/validation-result.js'

const problem = (overrides: Partial<Problem> = {}): Problem => ({
  file: 'models/fraud-detector/model.yaml',
  line: 12,
  column: 11,
  path: 'artifact.digest',
  rule: 'schema/pattern',
  severity: 'error',
  message: 'artifact.digest: "latest" is not a valid sha256 digest',
  hint: 'pin the artifact by its content digest',
  ...overrides,
})

const HEADER = ['| | Where | Problem | Fix |', '| --- | --- | --- | --- |']

interface Case {
  name: string
  result: ValidationResult
  lines: string[]
}

const cases: Case[] = [
  {
    name: 'all valid: a verdict and no table',
    result: {
      files: [
        { file: 'a/model.yaml', problems: [] },
        { file: 'b/model.yaml', problems: [] },
      ],
    },
    lines: ['## modelgate: manifest validation', '', '✅ 2 manifests valid (0 errors, 0 warnings)'],
  },
  {
    name: 'warnings only: still valid, with the table',
    result: {
      files: [
        {
          file: 'a/model.yaml',
          problems: [problem({ severity: 'warning', message: 'riskTier lowered', hint: undefined })],
        },
      ],
    },
    lines: [
      '## modelgate: manifest validation',
      '',
      '✅ 1 manifest valid (0 errors, 1 warning)',
      '',
      ...HEADER,
      '| ⚠️ | models/fraud\\-detector/model\\.yaml:12:11 | riskTier lowered |  |',
    ],
  },
  {
    name: 'an invalid file among valid ones',
    result: {
      files: [
        { file: 'models/fraud-detector/model.yaml', problems: [problem()] },
        { file: 'b/model.yaml', problems: [] },
      ],
    },
    lines: [
      '## modelgate: manifest validation',
      '',
      '❌ 1 of 2 manifests invalid (1 error, 0 warnings)',
      '',
      ...HEADER,
      '| ❌ | models/fraud\\-detector/model\\.yaml:12:11 | artifact\\.digest: "latest" is not a valid sha256 digest | pin the artifact by its content digest |',
    ],
  },
  {
    name: 'hostile text is escaped: HTML, pipes, mentions, newlines',
    result: {
      files: [
        {
          file: 'models/x/model.yaml',
          problems: [
            problem({
              file: 'models/<b>x</b>/model.yaml',
              message: 'metadata.name: "<img src=x onerror=alert(1)>|x" is not valid\nsecond line',
              hint: 'ask @acme/security',
            }),
          ],
        },
      ],
    },
    lines: [
      '## modelgate: manifest validation',
      '',
      '❌ 1 of 1 manifest invalid (1 error, 0 warnings)',
      '',
      ...HEADER,
      '| ❌ | models/&lt;b&gt;x&lt;/b&gt;/model\\.yaml:12:11 | metadata\\.name: "&lt;img src=x onerror=alert\\(1\\)&gt;\\|x" is not valid second line | ask @\u200bacme/security |',
    ],
  },
]

describe('formatMarkdown', () => {
  it.each(cases)('$name', ({ result, lines }) => {
    expect(formatMarkdown(result)).toBe(`${lines.join('\n')}\n`)
  })

  it('shows at most 1000 rows and says how many more there are', () => {
    const problems = Array.from({ length: 1003 }, (_, i) => problem({ line: i + 1, hint: undefined }))
    const lines = formatMarkdown({ files: [{ file: 'm.yaml', problems }] }).split('\n')
    expect(lines.filter((line) => line.startsWith('| ❌ |'))).toHaveLength(1000)
    expect(lines.at(-2)).toBe('…and 3 more; the annotations and SARIF file have them all.')
  })

  it('stops early when long rows would outgrow the job summary limit (1 MiB), whatever the rows hold', () => {
    const long = 'x'.repeat(4000)
    const problems = Array.from({ length: 500 }, () => problem({ message: long, hint: long }))
    const markdown = formatMarkdown({ files: [{ file: 'm.yaml', problems }] })
    expect(new TextEncoder().encode(markdown).length).toBeLessThan(1024 * 1024)
    expect(markdown.length).toBeLessThanOrEqual(256 * 1024 + 100)
    const rows = markdown.split('\n').filter((line) => line.startsWith('| ❌ |')).length
    expect(rows).toBe(32) // each row is ~8 KiB: 32 fit in 256 Ki characters
    expect(markdown).toContain(`\n…and ${500 - rows} more; the annotations and SARIF file have them all.\n`)
  })
})
