-- Webhook signing secrets and ed25519 private keys are stored sealed (AES-256-GCM under the deployment's secrets
-- key, see SecretsAtRest) from now on. A migration cannot seal: the key lives in the application. So rows written
-- before are marked as plain text, read as such, and sealed by the application when it starts (SubscriptionSecrets).
-- The mark covers secret, previous_secret and signing_key together.
alter table webhook_subscription add column secrets_sealed boolean not null default false;
