package org.interchange.mapi.client.permissions;

/** The PidTagMemberRights bits, [MS-OXCPERM] 2.2.7, and the usual roles made of them. */
public final class FolderRights {
    public static final int READ_ANY = 0x00000001;
    public static final int CREATE = 0x00000002;
    public static final int EDIT_OWNED = 0x00000008;
    public static final int DELETE_OWNED = 0x00000010;
    public static final int EDIT_ANY = 0x00000020;
    public static final int DELETE_ANY = 0x00000040;
    public static final int CREATE_SUBFOLDER = 0x00000080;
    public static final int FOLDER_OWNER = 0x00000100;
    public static final int FOLDER_CONTACT = 0x00000200;
    public static final int FOLDER_VISIBLE = 0x00000400;
    public static final int FREE_BUSY_SIMPLE = 0x00000800;
    public static final int FREE_BUSY_DETAILED = 0x00001000;

    public static final int NONE = 0;
    /** Sees the folder and reads its items. */
    public static final int REVIEWER = READ_ANY | FOLDER_VISIBLE;
    /** Reviewer, creates items, changes and deletes the ones it created. */
    public static final int AUTHOR = REVIEWER | CREATE | EDIT_OWNED | DELETE_OWNED;
    /** Author who changes and deletes any item. */
    public static final int EDITOR = AUTHOR | EDIT_ANY | DELETE_ANY;
    /** Editor who also creates subfolders, owns the folder (changes its permissions) and is its contact. */
    public static final int OWNER = EDITOR | CREATE_SUBFOLDER | FOLDER_OWNER | FOLDER_CONTACT;

    private FolderRights() {
    }
}
