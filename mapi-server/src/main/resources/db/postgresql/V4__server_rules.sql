-- Server-side rules ([MS-OXORULE] 2.2.1.3.1): the rules of a folder (the Inbox, as a rule) with the
-- PidTagRuleId the server assigned, their PidTagRuleSequence for ordering, and every other rule
-- property (condition, actions, state, name, provider, level, user flags, provider data) as a
-- serialized property bag.

CREATE TABLE server_rule (
    mailbox_id      BIGINT NOT NULL,
    fid             BIGINT NOT NULL,
    rule_id         BIGINT NOT NULL,
    sequence        INT NOT NULL,
    properties      BYTEA NOT NULL,
    PRIMARY KEY (mailbox_id, rule_id),
    FOREIGN KEY (mailbox_id, fid) REFERENCES folder(mailbox_id, fid) ON DELETE CASCADE
);
CREATE INDEX server_rule_folder ON server_rule(mailbox_id, fid, sequence);
