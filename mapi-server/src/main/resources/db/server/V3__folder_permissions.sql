-- Folder permissions ([MS-OXCPERM] 2.2): one row per folder and member with its PidTagMemberRights.
-- Member 0 is the default user, -1 the anonymous user (2.2.5); other members are users, each with
-- one PidTagMemberId for all folders (permission_member). A folder without a row for a member
-- grants that member nothing beyond the default user's row.

CREATE TABLE permission_member (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_name       VARCHAR(256) NOT NULL UNIQUE
);

CREATE TABLE folder_permission (
    mailbox_id      BIGINT NOT NULL,
    fid             BIGINT NOT NULL,
    member_id       BIGINT NOT NULL,
    rights          INT NOT NULL,
    PRIMARY KEY (mailbox_id, fid, member_id),
    FOREIGN KEY (mailbox_id, fid) REFERENCES folder(mailbox_id, fid) ON DELETE CASCADE
);
CREATE INDEX folder_permission_member ON folder_permission(mailbox_id, member_id);

-- Who created a message, when it was not the mailbox owner: EditOwned and DeleteOwned (2.2.7)
-- let a member change or delete the messages it created.
CREATE TABLE message_creator (
    mailbox_id      BIGINT NOT NULL,
    mid             BIGINT NOT NULL,
    member_id       BIGINT NOT NULL,
    PRIMARY KEY (mailbox_id, mid),
    FOREIGN KEY (mailbox_id, mid) REFERENCES message(mailbox_id, mid) ON DELETE CASCADE
);
