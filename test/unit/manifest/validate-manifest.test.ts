import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { validateManifest } from '../../../core/index.js'
import { baseManifest, brief, problemsOf, source } from '../../support/manifests.js'

const fixture = (name: string) => readFileSync(`test/fixtures/hostile/${name}`)

describe('validateManifest', () => {
  it('accepts a valid manifest and returns it', () => {
    const report = validateManifest({
      file: 'models/fraud-detector/model.yaml',
      folderName: 'fraud-detector',
      source: source(baseManifest()),
    })
    expect(report.problems).toEqual([])
    expect(report.manifest?.metadata).toEqual({ name: 'fraud-detector', version: '1.4.0' })
  })

  it('accepts every example manifest', () => {
    for (const name of [
      'fraud-detector',
      'churn-predictor',
      'credit-limit-scorer',
      'support-ticket-router',
    ]) {
      const file = `examples/model-repo/models/${name}/model.yaml`
      expect(validateManifest({ file, folderName: name, source: readFileSync(file) }).problems, file).toEqual(
        [],
      )
    }
  })

  describe('schema problems, each at its line and column with a fix', () => {
    const broken = [
      'apiVersion: modelgate.dev/v1', //            1
      'kind: ModelManifest', //                     2
      'metadata:', //                               3
      '  name: fraud-detector', //                  4
      '  version: v1.5.0', //                       5
      'owners:', //                                 6
      '  team: risk-ml', //                         7
      '  maintainers: [ana-ortiz]', //              8
      'riskTeir: high', //                          9
      'artifact:', //                               10
      '  uri: s3://acme/fraud/1.5.0/', //           11
      '  digest: latest', //                        12
      '  framework: { name: xgbost }', //           13
      'serving:', //                                14
      '  canary: { trafficPercent: 120 }', //       15
      '',
    ].join('\n')
    const problems = problemsOf(broken)

    it.each([
      [
        '5:12 schema/pattern metadata.version: "v1.5.0" is not a valid SemVer 2.0 version',
        'write the full version: 1.5.0',
      ],
      [
        '8:17 schema/pattern owners.maintainers[0]: "ana-ortiz" is not a valid GitHub handle',
        'add the "@": @ana-ortiz',
      ],
      ['9:1 schema/additionalProperties unknown key "riskTeir"', 'did you mean "riskTier"?'],
      [
        '12:11 schema/pattern artifact.digest: "latest" is not a valid sha256 digest',
        'pin the artifact by its content digest (`sha256sum <file>`, or `crane digest <image>` for OCI): sha256:<64 hex>',
      ],
      [
        '13:22 schema/enum artifact.framework.name: "xgbost" is not one of: sklearn, xgboost, lightgbm, tensorflow, pytorch, onnx, triton, huggingface, pmml, paddle, mlflow, custom',
        'did you mean "xgboost"?',
      ],
      [
        '15:29 schema/maximum serving.canary.trafficPercent: 120 is above the maximum 100',
        'use a value at least 0 and at most 100',
      ],
    ])('%s', (line, hint) => {
      const index = brief(problems).indexOf(line)
      expect(index, brief(problems).join('\n')).toBeGreaterThanOrEqual(0)
      expect(problems[index]!.hint).toBe(hint)
    })

    it('reports all of them, in order, and no "missing riskTier" for the misspelled key', () => {
      expect(brief(problems).map((line) => line.split(' ')[0])).toEqual([
        '5:12',
        '8:17',
        '9:1',
        '12:11',
        '13:22',
        '15:29',
      ])
    })

    it('gives the end of the offending node for editors and annotations', () => {
      expect(problems.find((p) => p.path === 'artifact.digest')).toMatchObject({
        line: 12,
        column: 11,
        endLine: 12,
        endColumn: 17,
      })
    })
  })

  it.each([
    [
      'a number where text is expected',
      'metadata:\n  name: fraud-detector\n  version: 1.10\n',
      '3:12 schema/type metadata.version: expected a string, got a number 1.1',
      'write the full version: 1.1.0 (YAML read a number here: check the digits, a bare 1.10 reads as 1.1)',
    ],
    [
      'a version without its minor and patch numbers',
      'metadata:\n  name: fraud-detector\n  version: 2\n',
      '3:12 schema/type metadata.version: expected a string, got an integer 2',
      'write the full version: 2.0.0',
    ],
    [
      'a "v" and no patch number: one hint gives the final fix',
      'metadata:\n  name: fraud-detector\n  version: v1.2\n',
      '3:12 schema/pattern metadata.version: "v1.2" is not a valid SemVer 2.0 version',
      'write the full version: 1.2.0',
    ],
    [
      'a missing required key',
      'apiVersion: modelgate.dev/v1\nkind: ModelManifest\nmetadata:\n  name: fraud-detector\n',
      '3:1 schema/required metadata: missing required key "version"',
      'add version: expected `MAJOR.MINOR.PATCH` with optional `-prerelease` and `+build`, no leading `v`; quote it if YAML would read it as a number, e.g. 1.4.0',
    ],
    [
      'a wrong apiVersion',
      'apiVersion: modelgate.dev/v2\n',
      '1:13 schema/const apiVersion: must be "modelgate.dev/v1", got "modelgate.dev/v2"',
      'write apiVersion: modelgate.dev/v1',
    ],
    [
      'an upper-case digest',
      'artifact:\n  digest: sha256:' + 'A'.repeat(64) + '\n',
      `2:11 schema/pattern artifact.digest: "sha256:${'A'.repeat(64)}" is not a valid sha256 digest`,
      `use lowercase hex: sha256:${'a'.repeat(64)}`,
    ],
    [
      'a digest without its algorithm',
      'artifact:\n  digest: ' + 'b'.repeat(64) + '\n',
      `2:11 schema/pattern artifact.digest: "${'b'.repeat(64)}" is not a valid sha256 digest`,
      `add the "sha256:" prefix: sha256:${'b'.repeat(64)}`,
    ],
    [
      'a non-finite metric',
      'metrics:\n  values:\n    - { name: auc, value: .nan }\n',
      '3:27 schema/type metrics.values[0].value: NaN is not a finite number',
      'use a real number: NaN and infinities cannot be compared',
    ],
    [
      'a name that is not a DNS label',
      'metadata:\n  name: Fraud_Detector\n',
      '2:9 schema/pattern metadata.name: "Fraud_Detector" is not a valid model name',
      'use a lowercase DNS label, e.g. fraud-detector',
    ],
    [
      'a metrics file outside the repository',
      'metrics:\n  file: ../../etc/passwd\n',
      '2:9 schema/pattern metrics.file: "../../etc/passwd" is not a valid relative path',
      "expected a path relative to the manifest's folder, inside the repository (no `..`, no leading `/`), e.g. metrics.json",
    ],
    [
      'an impossible date',
      'lifecycle:\n  retirement: { date: 2026-02-30, reason: x }\n',
      '2:23 schema/format lifecycle.retirement.date: "2026-02-30" is not a valid date',
      'expected retirement date, `YYYY-MM-DD`, e.g. 2026-12-31',
    ],
    [
      'a repeated maintainer',
      'owners:\n  team: t\n  maintainers: ["@a", "@a"]\n',
      '3:16 schema/uniqueItems owners.maintainers: items 0 and 1 are the same',
      'remove the repeated item',
    ],
    [
      'a bad resource quantity',
      'serving:\n  resources:\n    requests: { cpu: lots }\n',
      '3:22 schema/anyOf serving.resources.requests.cpu: "lots" is not a valid Kubernetes quantity',
      'expected a Kubernetes resource quantity such as `500m`, `2`, `4Gi`, e.g. 500m',
    ],
    [
      'an empty file',
      '',
      '1:1 schema/type the document is empty',
      'write a map of keys, starting with apiVersion and kind',
    ],
    [
      'a list instead of a map',
      '- apiVersion: modelgate.dev/v1\n',
      '1:1 schema/type the document is a list, not a map of keys',
      'write a map of keys, starting with apiVersion and kind',
    ],
  ])('explains %s', (_, yaml, line, hint) => {
    const problems = problemsOf(yaml)
    const index = brief(problems).indexOf(line)
    expect(index, brief(problems).join('\n')).toBeGreaterThanOrEqual(0)
    expect(problems[index]!.hint).toBe(hint)
  })

  it('allows x- keys at every level and nothing else unknown', () => {
    const manifest: Record<string, any> = {
      ...baseManifest(),
      'x-team-note': { any: ['thing'] },
      metadata: { ...baseManifest().metadata, 'x-ticket': 'ML-1' },
    }
    expect(problemsOf(manifest)).toEqual([])
    expect(brief(problemsOf({ ...manifest, artifact: { ...manifest.artifact, signed: true } }))).toEqual([
      '18:3 schema/additionalProperties artifact: unknown key "signed"',
    ])
  })

  describe('hostile input: a clear error, no crash, no hang', () => {
    it.each([
      ['alias-bomb.yaml', '4:10 alias-limit aliases expand to more than 100 nodes (an "alias bomb")'],
      ['duplicate-key.yaml', '6:3 duplicate-key duplicate key "version"'],
      ['multi-document.yaml', '3:1 multi-document file holds more than one YAML document (a second `---`)'],
      ['proto-key.yaml', '4:3 forbidden-key key "__proto__" is not allowed'],
      ['unknown-tag.yaml', '3:8 unknown-tag unknown YAML tag !!js/function'],
      ['complex-key.yaml', '3:3 invalid-key keys must be plain strings, not collections or aliases'],
      [
        'syntax-error.yaml',
        '4:9 yaml-syntax invalid YAML: nested mappings are not allowed in compact mappings',
      ],
    ])('%s', (name, line) => {
      const started = performance.now()
      const problems = validateManifest({ file: name, source: fixture(name) }).problems
      expect(brief(problems)[0]).toBe(line)
      expect(problems.every((problem) => problem.hint && problem.severity === 'error')).toBe(true)
      expect(performance.now() - started).toBeLessThan(2000) // a bound against hangs, not a benchmark
    })

    it('reports "constructor" keys too, wherever they are', () => {
      expect(brief(problemsOf('metadata:\n  labels:\n    constructor: x\n'))).toEqual([
        '3:5 forbidden-key key "constructor" is not allowed',
      ])
    })

    it('stops at nesting deeper than 64 levels, quickly', () => {
      expect(brief(problemsOf('a: ' + '['.repeat(500_000)))).toEqual(['1:67 too-deep nesting is too deep'])
      expect(brief(problemsOf('x-a:\n' + '  '.repeat(1).concat('- '.repeat(100)) + 'x\n'))[0]).toMatch(
        /too-deep/,
      )
    })

    it('refuses a file over 1 MiB without parsing it', () => {
      const huge = Buffer.alloc(1024 * 1024 + 1, 'a')
      expect(brief(validateManifest({ file: 'm.yaml', source: huge }).problems)).toEqual([
        '1:1 file-too-large file is larger than the 1048576-byte limit',
      ])
    })

    it('refuses bytes that are not UTF-8', () => {
      const bytes = Buffer.concat([
        Buffer.from('apiVersion: modelgate.dev/v1\nkind: '),
        Buffer.from([0xff, 0xfe]),
        Buffer.from('\n'),
      ])
      expect(brief(validateManifest({ file: 'm.yaml', source: bytes }).problems)).toEqual([
        '2:7 not-utf8 file is not valid UTF-8 (invalid byte 0xff at byte 35)',
      ])
    })

    it('does not pollute Object.prototype', () => {
      problemsOf('__proto__:\n  polluted: yes\nx-a:\n  __proto__: { polluted: yes }\n')
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    })
  })
})

describe('MLflow artifact URIs', () => {
  it.each([
    'models:/fraud-detector/3',
    'models:/fraud-detector@champion',
    'runs:/0a1b2c/model',
    'mlflow-artifacts:/7/0a1b2c/artifacts/model',
  ])('%s is accepted with its digest', (uri) => {
    const manifest = baseManifest()
    manifest.artifact.uri = uri
    expect(brief(problemsOf(manifest))).toEqual([])
  })

  it('still needs the digest that pins the bytes (a registry alias moves)', () => {
    const manifest = baseManifest()
    manifest.artifact.uri = 'models:/fraud-detector@champion'
    delete manifest.artifact.digest
    expect(brief(problemsOf(manifest))).toEqual([
      '11:1 schema/required artifact: missing required key "digest"',
    ])
  })

  it.each(['models://fraud-detector/3', 'models:/', 'runs:/ x'])('%s is refused', (uri) => {
    const manifest = baseManifest()
    manifest.artifact.uri = uri
    expect(brief(problemsOf(manifest)).join('\n')).toMatch(/artifact\.uri: .* is not a valid artifact URI/)
  })
})
