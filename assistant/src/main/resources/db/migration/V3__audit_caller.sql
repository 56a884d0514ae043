-- Who called a clinic endpoint: the API key's name (never the key) or the token's client; null for the web chat.
ALTER TABLE audit_turn ADD COLUMN caller VARCHAR(80);
