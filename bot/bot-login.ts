import type { Probot } from 'probot'

/**
 * This App's bot login (`<slug>[bot]`), asked of GitHub once (`apps/get-authenticated` with the
 * App's own token) and remembered; a failure is not remembered, so the next event asks again.
 * Pull requests are trusted as this App's own only when their author is this login.
 */
export function botLoginOf(app: Probot): () => Promise<string> {
  let login: Promise<string> | undefined
  return () =>
    (login ??= app
      .auth()
      .then((octokit) => octokit.rest.apps.getAuthenticated())
      .then(({ data }) => `${data?.slug ?? ''}[bot]`)
      .catch((error: unknown) => {
        login = undefined
        throw error
      }))
}
