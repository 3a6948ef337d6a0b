/** One instruction of a Dockerfile: its keyword (upper case) and the rest of its logical line. */
export interface DockerInstruction {
  keyword: string
  args: string
}

/** A build stage: `FROM <image> AS <name>` and the instructions up to the next `FROM`. */
export interface DockerStage {
  name: string | undefined
  image: string
  instructions: DockerInstruction[]
}

/**
 * The stages of a Dockerfile, enough to assert what it builds: comments and blank lines dropped,
 * `\` continuations joined. No parser directives, heredocs or escape-character changes (the
 * project's Dockerfile uses none).
 */
export function parseDockerfile(text: string): DockerStage[] {
  const logical = text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
  const stages: DockerStage[] = []
  for (const line of logical) {
    const [, keyword = '', args = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? []
    const instruction = { keyword: keyword.toUpperCase(), args: args.replace(/\s+/g, ' ') }
    if (instruction.keyword === 'FROM') {
      const [image = '', , name] = instruction.args.split(' ')
      stages.push({ name, image, instructions: [] })
    } else stages.at(-1)?.instructions.push(instruction)
  }
  return stages
}

/** The arguments of every `keyword` instruction of a stage. */
export function argsOf(stage: DockerStage, keyword: string): string[] {
  return stage.instructions.filter((i) => i.keyword === keyword).map((i) => i.args)
}
