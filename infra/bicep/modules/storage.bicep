// One storage account: drafts in `documents`, write-once signed versions in `signed` (version-level immutability),
// the tables and queues of the app, and the Flex Consumption deployment container. No public blob access, no shared keys:
// the app reaches it with its managed identity.
param accountName string
param location string
param tags object

@description('Days a version in `signed` stays immutable; signed contracts are kept at least this long.')
param signedRetentionDays int = 3650

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: accountName
  location: location
  tags: tags
  sku: { name: 'Standard_ZRS' }
  kind: 'StorageV2'
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    publicNetworkAccess: 'Enabled'
    // Version-level immutability needs account-level support switched on at creation.
    immutableStorageWithVersioning: { enabled: true }
  }
}

resource blobs 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
  properties: {
    isVersioningEnabled: true
    deleteRetentionPolicy: { enabled: true, days: 30 }
    containerDeleteRetentionPolicy: { enabled: true, days: 30 }
  }
}

resource documents 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobs
  name: 'documents'
  properties: { publicAccess: 'None' }
}

resource signed 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobs
  name: 'signed'
  properties: {
    publicAccess: 'None'
    immutableStorageWithVersioning: { enabled: true }
  }
}

// Every new version in `signed` is locked for signedRetentionDays: nobody, the app included, can change or delete it.
resource signedPolicy 'Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies@2023-05-01' = {
  parent: signed
  name: 'default'
  properties: {
    immutabilityPeriodSinceCreationInDays: signedRetentionDays
    allowProtectedAppendWrites: false
  }
}

// Outbox message bodies (mail recorded before it is sent); the app deletes one-time-code bodies once delivered.
resource mail 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobs
  name: 'mail'
  properties: { publicAccess: 'None' }
}

resource deployments 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobs
  name: 'deployments'
  properties: { publicAccess: 'None' }
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource queueItems 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = [for name in [ 'act-requests', 'act-requests-poison' ]: {
  parent: queues
  name: name
}]

resource tables 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource tableItems 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [for name in [ 'agreements', 'envelopes', 'events', 'outbox', 'idempotency', 'acts' ]: {
  parent: tables
  name: name
}]

output accountName string = account.name
output deploymentContainerUrl string = '${account.properties.primaryEndpoints.blob}deployments'
