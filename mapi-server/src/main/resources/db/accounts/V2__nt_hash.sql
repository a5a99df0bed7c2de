-- The NT hash of the password for NTLMv2 ([MS-NLMP] 3.3.1), AES-256-GCM sealed under the key file
-- (NtHashVault); NULL when NTLM hashes were not kept when the password was set.
ALTER TABLE account ADD COLUMN nt_hash VARCHAR(128);
