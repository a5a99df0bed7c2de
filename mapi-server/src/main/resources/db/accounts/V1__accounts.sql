-- User accounts of the server: login name, display name, SMTP address and an Argon2id password hash.
CREATE TABLE account (
    name          VARCHAR(256) PRIMARY KEY,
    display_name  VARCHAR(512) NOT NULL,
    email_address VARCHAR(512) NOT NULL UNIQUE,
    password_hash VARCHAR(512) NOT NULL,
    created       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);
