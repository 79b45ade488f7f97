using 'main.bicep'

param namePrefix = 'docflow'
param environment = 'prod'
param publicUrl = ''
param mailFrom = 'contracts@example.com'
