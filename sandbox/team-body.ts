import { nodeId } from './shapes.js'
import type { EmulatorState } from './state.js'

/**
 * A team as REST and webhooks show it (`team` schema), for `requested_teams`: the emulator knows a
 * team only by its organisation, slug and members, so it is named after its slug, closed, and
 * holds `pull` on the repository.
 */
export function teamBody(
  state: EmulatorState,
  baseUrl: string,
  org: string,
  slug: string,
): Record<string, unknown> {
  const id = state.teamId(`${org}/${slug}`)
  const url = `${baseUrl}/orgs/${org}/teams/${slug}`
  return {
    id,
    node_id: nodeId('T', id),
    url,
    html_url: `${baseUrl}/orgs/${org}/teams/${slug}`,
    name: slug,
    slug,
    description: null,
    privacy: 'closed',
    notification_setting: 'notifications_enabled',
    permission: 'pull',
    members_url: `${url}/members{/member}`,
    repositories_url: `${url}/repos`,
    type: 'organization',
    parent: null,
  }
}
