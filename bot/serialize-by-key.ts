/** Runs `task` after every earlier task of the same key; resolves or rejects as `task` does. */
export type SerializeByKey = <T>(key: string, task: () => Promise<T>) => Promise<T>

/**
 * One evaluation at a time per pull request, in arrival order, so two deliveries about the same pull
 * request never race to create two check runs or let an older evaluation overwrite a newer one in
 * this process. Evaluations read GitHub afresh, so the order only matters for the writes.
 */
export function serializeByKey(): SerializeByKey {
  const tails = new Map<string, Promise<unknown>>()
  return <T>(key: string, task: () => Promise<T>): Promise<T> => {
    const previous = tails.get(key) ?? Promise.resolve()
    const run = previous.then(task, task)
    const tail = run.then(
      () => undefined,
      () => undefined,
    )
    tails.set(key, tail)
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key)
    })
    return run
  }
}
