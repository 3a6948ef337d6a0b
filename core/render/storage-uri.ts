/**
 * The URI schemes KServe's storage initializer downloads from (v0.20: `kserve/storage`), plus
 * `oci://` (model cars) and `pvc://` (mounted, not downloaded).
 */
export const KSERVE_STORAGE_SCHEMES = [
  'gs',
  's3',
  'pvc',
  'file',
  'http',
  'https',
  'hdfs',
  'webhdfs',
  'oci',
  'hf',
] as const

/** The scheme of a URI (`s3` for `s3://bucket/key`), lowercase; undefined when it has none. */
export function storageSchemeOf(uri: string): string | undefined {
  return /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(uri)?.[1]?.toLowerCase()
}

/** Whether KServe can fetch a model from this URI. */
export function isKserveStorageUri(uri: string): boolean {
  const scheme = storageSchemeOf(uri)
  return scheme !== undefined && (KSERVE_STORAGE_SCHEMES as readonly string[]).includes(scheme)
}

/**
 * The fix for a URI KServe cannot read. Azure is the common case: the manifest schema admits
 * `azureblob://` and `abfs(s)://` (where training jobs write), but KServe reads Azure Blob Storage
 * only as `https://<account>.blob.core.windows.net/<container>/<path>`.
 */
export function storageUriFix(uri: string): string {
  const abfs = /^abfss?:\/\/([^@/]+)@([^./]+)\.dfs\.core\.windows\.net\/?(.*)$/i.exec(uri)
  if (abfs) return `use artifact.uri: https://${abfs[2]}.blob.core.windows.net/${abfs[1]}/${abfs[3]}`
  const scheme = storageSchemeOf(uri)
  if (scheme === 'azureblob' || scheme === 'abfs' || scheme === 'abfss')
    return 'KServe reads Azure Blob Storage over https: use artifact.uri: https://<account>.blob.core.windows.net/<container>/<path>'
  return `copy the artifact to storage KServe reads (${KSERVE_STORAGE_SCHEMES.map((s) => `${s}://`).join(', ')}) and point artifact.uri at it`
}

/**
 * The `storageUri` to render: the artifact's URI, with an `oci://` image pinned to the artifact's
 * digest (`oci://registry/repo@sha256:…`, tag dropped) so the cluster runs exactly the bytes the
 * gates judged; other schemes are written as they are (their digest is checked by the pipeline
 * that wrote them, not by KServe).
 */
export function pinnedStorageUri(uri: string, digest: string): string {
  if (storageSchemeOf(uri) !== 'oci') return uri
  const unpinned = uri.replace(/@sha256:[0-9a-fA-F]*$/, '')
  const slash = unpinned.lastIndexOf('/')
  const repository = unpinned.slice(0, slash + 1) + unpinned.slice(slash + 1).replace(/:[^:]*$/, '')
  return `${repository}@${digest}`
}
