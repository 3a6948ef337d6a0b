import { afterEach, describe, expect, it, vi } from 'vitest'
import { annotate, failStep, logInfo } from '../../actions/shared/step-log.js'

/*
 * What the actions print, through @actions/core: GitHub's workflow-command escaping (`%`, CR, LF;
 * `:` and `,` in properties) after ours, which shows control characters and defuses plain lines.
 */

const printed: string[] = []
const spy = () =>
  vi.spyOn(process.stdout, 'write').mockImplementation((text) => {
    printed.push(String(text))
    return true
  })
afterEach(() => {
  vi.restoreAllMocks()
  printed.length = 0
  process.exitCode = undefined
})

describe('step-log', () => {
  it('annotate: one command line, control characters shown, GitHub escaping for the rest', () => {
    spy()
    annotate('error', 'a\u001b[2Kb 50%\r\n::add-mask::x', {
      file: 'm\u202e,o:d.yaml',
      startLine: 3,
      title: 't',
    })
    expect(printed).toEqual([
      '::error title=t,file=m\\u202e%2Co%3Ad.yaml,line=3::a\\x1b[2Kb 50%25%0D%0A::add-mask::x\n',
    ])
  })

  it('logInfo: a line that would start a workflow command is defused, a line feed starts a line', () => {
    spy()
    logInfo('ok\n::add-mask::x ##[error]y')
    expect(printed).toEqual(['ok\n\\::add-mask::x ##\\[error]y\n'])
  })

  it('failStep: an error annotation and exit code 1', () => {
    spy()
    failStep('broken\u0007')
    expect(printed).toEqual(['::error::broken\\x07\n'])
    expect(process.exitCode).toBe(1)
  })
})
