/** The pull request a merge group's head ref names: `refs/heads/gh-readonly-queue/<base>/pr-<number>-<head sha>`. */
export function parseQueueRef(ref: string): { number: number; headSha: string } | undefined {
  const found = /^refs\/heads\/gh-readonly-queue\/.+\/pr-(\d+)-([0-9a-f]{40})$/.exec(ref)
  return found ? { number: Number(found[1]), headSha: found[2]! } : undefined
}
