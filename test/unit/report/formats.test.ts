import { describe, expect, it } from 'vitest'
import type { Problem, ValidationResult } from '../../../core/index.js'
import {
  formatGithub,
  formatJson,
  formatSarif,
  formatText,
  githubAnnotations,
  summarizeValidation,
} from '../../../core/index.js'

const problem = (overrides: Partial<Problem> = {}): Problem => ({
  file: 'models/fraud-detector/model.yaml',
  line: 12,
  column: 11,
  endLine: 12,
  endColumn: 17,
  path: 'artifact.digest',
  rule: 'schema/pattern',
  severity: 'error',
  message: 'artifact.digest: "latest" is not a valid sha256 digest',
  hint: 'pin the artifact by its content digest',
  ...overrides,
})

const result: ValidationResult = {
  files: [
    { file: 'models/churn/model.yaml', problems: [] },
    {
      file: 'models/fraud-detector/model.yaml',
      problems: [
        problem(),
        problem({
          line: 9,
          column: 1,
          rule: 'risk-tier-lowered',
          severity: 'warning',
          message: 'riskTier lowered from high to medium',
          hint: undefined,
          endLine: undefined,
          endColumn: undefined,
        }),
      ],
    },
  ],
}

describe('summarizeValidation', () => {
  it('counts files, invalid files, errors and warnings', () => {
    expect(summarizeValidation(result)).toEqual({ files: 2, invalidFiles: 1, errors: 1, warnings: 1 })
  })
})

describe('formatText', () => {
  it('prints compiler-style lines, hints, and a summary', () => {
    expect(formatText(result)).toBe(
      [
        'models/fraud-detector/model.yaml:12:11: error: artifact.digest: "latest" is not a valid sha256 digest [schema/pattern]',
        '  hint: pin the artifact by its content digest',
        'models/fraud-detector/model.yaml:9:1: warning: riskTier lowered from high to medium [risk-tier-lowered]',
        '1 of 2 files invalid (1 error, 1 warning)',
        '',
      ].join('\n'),
    )
  })

  it('says all files are valid when they are', () => {
    expect(formatText({ files: [{ file: 'a', problems: [] }] })).toBe('1 file valid (0 errors, 0 warnings)\n')
  })
})

describe('formatJson', () => {
  it('gives validity per file and overall', () => {
    const json = JSON.parse(formatJson(result))
    expect(json.valid).toBe(false)
    expect(json.summary).toEqual({ files: 2, invalidFiles: 1, errors: 1, warnings: 1 })
    expect(json.files.map((f: { file: string; valid: boolean }) => [f.file, f.valid])).toEqual([
      ['models/churn/model.yaml', true],
      ['models/fraud-detector/model.yaml', false],
    ])
    expect(json.files[1].problems[0]).toEqual(problem())
  })
})

describe('githubAnnotations', () => {
  it("gives each problem's text and place in @actions/core's AnnotationProperties shape", () => {
    expect(githubAnnotations(result)).toEqual([
      {
        severity: 'error',
        message:
          'artifact.digest: "latest" is not a valid sha256 digest\nhint: pin the artifact by its content digest',
        properties: {
          file: 'models/fraud-detector/model.yaml',
          startLine: 12,
          startColumn: 11,
          endLine: 12,
          endColumn: 17,
          title: 'modelgate schema/pattern',
        },
      },
      {
        severity: 'warning',
        message: 'riskTier lowered from high to medium',
        properties: {
          file: 'models/fraud-detector/model.yaml',
          startLine: 9,
          startColumn: 1,
          title: 'modelgate risk-tier-lowered',
        },
      },
    ])
  })

  it('gives an end column only on a one-line span, as the runner accepts it', () => {
    const [annotation] = githubAnnotations({ files: [{ file: 'a', problems: [problem({ endLine: 14 })] }] })
    expect(annotation!.properties).toMatchObject({ endLine: 14 })
    expect(annotation!.properties).not.toHaveProperty('endColumn')
  })
})

describe('formatGithub', () => {
  it('emits one annotation per problem with its position and title', () => {
    expect(formatGithub(result).split('\n')).toEqual([
      '::error file=models/fraud-detector/model.yaml,line=12,col=11,endLine=12,endColumn=17,title=modelgate schema/pattern::artifact.digest: "latest" is not a valid sha256 digest%0Ahint: pin the artifact by its content digest',
      '::warning file=models/fraud-detector/model.yaml,line=9,col=1,title=modelgate risk-tier-lowered::riskTier lowered from high to medium',
      '',
    ])
  })

  it('escapes text so a message cannot inject workflow commands', () => {
    const evil = problem({
      file: 'models/a,b:c/model.yaml',
      message: 'x\n::set-output name=passed::true\r%0A',
      hint: undefined,
    })
    const [line, extra] = formatGithub({ files: [{ file: evil.file, problems: [evil] }] }).split('\n')
    expect(line).toBe(
      '::error file=models/a%2Cb%3Ac/model.yaml,line=12,col=11,endLine=12,endColumn=17,title=modelgate schema/pattern::x%0A::set-output name=passed::true%0D%250A',
    )
    expect(extra).toBe('')
  })

  it('prints nothing when there is nothing to say', () => {
    expect(formatGithub({ files: [{ file: 'a', problems: [] }] })).toBe('')
  })
})

describe('formatSarif', () => {
  const sarif = JSON.parse(formatSarif(result, { toolVersion: '0.1.0' }))
  const run = sarif.runs[0]

  it('is SARIF 2.1.0 with a descriptor for each rule that fired', () => {
    expect(sarif.version).toBe('2.1.0')
    expect(run.tool.driver).toMatchObject({ name: 'modelgate', semanticVersion: '0.1.0' })
    expect(
      run.tool.driver.rules.map((r: { id: string; shortDescription: { text: string } }) => [
        r.id,
        r.shortDescription.text,
      ]),
    ).toEqual([
      ['risk-tier-lowered', 'lowering riskTier is flagged (approval policy keeps applying the higher tier)'],
      ['schema/pattern', 'the document breaks the JSON Schema (pattern)'],
    ])
  })

  it("carries each rule's help in the file rather than a link to a site that does not exist", () => {
    const [rule] = run.tool.driver.rules
    expect(rule.help.text).toMatch(
      /^lowering riskTier is flagged .*\. Each result's message ends with its fix/,
    )
    expect(JSON.stringify(sarif)).not.toMatch(/helpUri|informationUri|github\.com\/modelgate/)
  })

  it('places each result in its file and region, with its level', () => {
    expect(run.results[0]).toMatchObject({
      ruleId: 'schema/pattern',
      ruleIndex: 1,
      level: 'error',
      message: {
        text: 'artifact.digest: "latest" is not a valid sha256 digest. Fix: pin the artifact by its content digest',
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'models/fraud-detector/model.yaml', uriBaseId: 'SRCROOT' },
            region: { startLine: 12, startColumn: 11, endLine: 12, endColumn: 17 },
          },
        },
      ],
    })
    expect(run.results[1]).toMatchObject({ ruleId: 'risk-tier-lowered', ruleIndex: 0, level: 'warning' })
  })
})
