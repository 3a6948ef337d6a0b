import type { ProbotOctokit } from 'probot'
import { ReadError } from '../github-reader.js'
import type { EnvironmentsReader } from './environments-reader.js'
import type { ModelReader } from './model-reader.js'

/** Both branches right before a promotion's write: the model's head, the environments branch's head and tree. */
export interface Heads {
  model: string
  environments: { commit: string; tree: string }
}

const HEADS = /* GraphQL */ `
  query heads(
    $modelOwner: String!
    $modelName: String!
    $modelRef: String!
    $environmentsOwner: String!
    $environmentsName: String!
    $environmentsRef: String!
  ) {
    model: repository(owner: $modelOwner, name: $modelName) {
      ref(qualifiedName: $modelRef) {
        target {
          oid
        }
      }
    }
    environments: repository(owner: $environmentsOwner, name: $environmentsName) {
      ref(qualifiedName: $environmentsRef) {
        target {
          ... on Commit {
            oid
            tree {
              oid
            }
          }
        }
      }
    }
  }
`

interface HeadsAnswer {
  model: { ref: { target: { oid: string } } | null } | null
  environments: { ref: { target: { oid?: string; tree?: { oid: string } } } | null } | null
}

/**
 * Time of use: the model repository's default branch and the environments branch, read again in
 * ONE GraphQL request (the two repositories' REST reads would be two).
 */
export async function readHeads(
  octokit: ProbotOctokit,
  model: ModelReader,
  environments: EnvironmentsReader,
): Promise<Heads> {
  const branch = environments.environments.branch
  const answer = await octokit.graphql<HeadsAnswer>(HEADS, {
    modelOwner: model.reader.owner,
    modelName: model.reader.repo,
    modelRef: `refs/heads/${model.defaultBranch}`,
    environmentsOwner: environments.owner,
    environmentsName: environments.repo,
    environmentsRef: `refs/heads/${branch}`,
  })
  const modelHead = answer.model?.ref?.target.oid
  const tip = answer.environments?.ref?.target
  if (modelHead === undefined)
    throw new ReadError(
      `${model.reader.owner}/${model.reader.repo} has no branch ${model.defaultBranch} any more`,
    )
  if (tip?.oid === undefined || tip.tree === undefined)
    throw new ReadError(`${environments.owner}/${environments.repo} has no branch ${branch} any more`)
  return { model: modelHead, environments: { commit: tip.oid, tree: tip.tree.oid } }
}
