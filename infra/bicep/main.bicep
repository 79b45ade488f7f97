// DocFlow in Azure: storage (documents, write-once signed versions, tables, queues), a Linux Function App running the
// custom handler on Flex Consumption, its managed identity with data-plane roles, Key Vault for secrets and the sealing
// certificate, and Application Insights on Log Analytics.
targetScope = 'resourceGroup'

@description('Short prefix for every resource name (letters and digits, 3–11 characters).')
@minLength(3)
@maxLength(11)
param namePrefix string

@description('Azure region.')
param location string = resourceGroup().location

@description('Environment name, part of resource names and tags.')
@allowed([ 'dev', 'test', 'prod' ])
param environment string = 'prod'

@description('Public base URL that signing links start with, e.g. https://sign.example.com (defaults to the app URL).')
param publicUrl string = ''

@description('Sender address of every DocFlow mail.')
param mailFrom string = 'no-reply@example.com'

@description('Maximum instances the Function App scales out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

var suffix = uniqueString(resourceGroup().id, namePrefix, environment)
var baseName = toLower('${namePrefix}-${environment}')
var tags = {
  application: 'docflow'
  environment: environment
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    baseName: baseName
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    accountName: take(toLower('${namePrefix}${environment}${suffix}'), 24)
    location: location
    tags: tags
  }
}

module vault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    vaultName: take('${baseName}-kv-${suffix}', 24)
    location: location
    tags: tags
  }
}

module app 'modules/functionapp.bicep' = {
  name: 'functionapp'
  params: {
    baseName: '${baseName}-${take(suffix, 6)}'
    location: location
    tags: tags
    storageAccountName: storage.outputs.accountName
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    appInsightsConnectionString: monitoring.outputs.connectionString
    keyVaultUri: vault.outputs.vaultUri
    publicUrl: publicUrl
    mailFrom: mailFrom
    maximumInstanceCount: maximumInstanceCount
  }
}

module roles 'modules/roles.bicep' = {
  name: 'roles'
  params: {
    principalId: app.outputs.principalId
    storageAccountName: storage.outputs.accountName
    vaultName: vault.outputs.vaultName
    appInsightsName: monitoring.outputs.appInsightsName
  }
}

@description('The Function App URL; signing links use publicUrl when set, else this.')
output appUrl string = app.outputs.url
output functionAppName string = app.outputs.name
output storageAccountName string = storage.outputs.accountName
output keyVaultName string = vault.outputs.vaultName
