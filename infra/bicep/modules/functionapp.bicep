// The Function App: Linux, Flex Consumption, running DocFlow's custom handler (runtime "custom"). Secrets are Key Vault
// references resolved with the system-assigned identity; storage is reached by identity, never by account key.
param baseName string
param location string
param tags object
param storageAccountName string
param deploymentContainerUrl string
param appInsightsConnectionString string
param keyVaultUri string
param publicUrl string
param mailFrom string
param maximumInstanceCount int

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${baseName}-plan'
  location: location
  tags: tags
  kind: 'functionapp'
  sku: { tier: 'FlexConsumption', name: 'FC1' }
  properties: { reserved: true }
}

var appName = '${baseName}-func'
var defaultUrl = 'https://${appName}.azurewebsites.net'
var secret = 'SecretUri=${keyVaultUri}secrets'

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: [
        { name: 'AzureWebJobsStorage__accountName', value: storageAccountName }
        { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
        { name: 'DOCFLOW_STORAGE_BLOB_URL', value: 'https://${storageAccountName}.blob.${environment().suffixes.storage}' }
        { name: 'DOCFLOW_STORAGE_QUEUE_URL', value: 'https://${storageAccountName}.queue.${environment().suffixes.storage}' }
        { name: 'DOCFLOW_STORAGE_TABLE_URL', value: 'https://${storageAccountName}.table.${environment().suffixes.storage}' }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsightsConnectionString }
        { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'Authorization=AAD' }
        { name: 'DOCFLOW_PUBLIC_URL', value: empty(publicUrl) ? defaultUrl : publicUrl }
        { name: 'DOCFLOW_MAIL_FROM', value: mailFrom }
        { name: 'DOCFLOW_API_KEY', value: '@Microsoft.KeyVault(${secret}/docflow-api-key)' }
        { name: 'SENDGRID_API_KEY', value: '@Microsoft.KeyVault(${secret}/sendgrid-api-key)' }
        // A Key Vault certificate is also readable as a secret: the base64 PFX with its private key.
        { name: 'DOCFLOW_SEAL_CERTIFICATE', value: '@Microsoft.KeyVault(${secret}/docflow-seal)' }
        // One JSON object per log line with its scopes (requestId, agreementId, stageId, envelopeId), so the host
        // forwards queryable fields to Application Insights instead of free text.
        { name: 'Logging__Console__FormatterName', value: 'json' }
        { name: 'Logging__Console__FormatterOptions__IncludeScopes', value: 'true' }
      ]
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: { type: 'SystemAssignedIdentity' }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: 2048
      }
      runtime: { name: 'custom', version: '1.0' }
    }
  }
}

output name string = app.name
output url string = 'https://${app.properties.defaultHostName}'
output principalId string = app.identity.principalId
