package org.interchange.mapi.server.rop.oxcperm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The PidTagMemberRights bits, [MS-OXCPERM] 2.2.7, and the roles clients offer as presets
 * (Reviewer, Author, Editor, Owner...), with their names for the admin command.
 */
public final class MemberRights {
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
    /** Every bit a client or server may set; "the client and server MUST NOT set any other flags". */
    public static final int ALL = 0x00001FFB;
    /** The two bits that only apply with IncludeFreeBusy, [MS-OXCPERM] 2.2.1.1 and 2.2.2.1. */
    public static final int FREE_BUSY = FREE_BUSY_SIMPLE | FREE_BUSY_DETAILED;

    public static final int NONE = 0;
    public static final int CONTRIBUTOR = CREATE | FOLDER_VISIBLE;
    public static final int REVIEWER = READ_ANY | FOLDER_VISIBLE;
    public static final int NONEDITING_AUTHOR = READ_ANY | CREATE | DELETE_OWNED | FOLDER_VISIBLE;
    public static final int AUTHOR = NONEDITING_AUTHOR | EDIT_OWNED;
    public static final int PUBLISHING_AUTHOR = AUTHOR | CREATE_SUBFOLDER;
    public static final int EDITOR = AUTHOR | EDIT_ANY | DELETE_ANY;
    public static final int PUBLISHING_EDITOR = EDITOR | CREATE_SUBFOLDER;
    public static final int OWNER = PUBLISHING_EDITOR | FOLDER_OWNER | FOLDER_CONTACT;

    private static final Map<String, Integer> BITS = new LinkedHashMap<>();
    private static final Map<String, Integer> ROLES = new LinkedHashMap<>();

    static {
        BITS.put("readany", READ_ANY);
        BITS.put("create", CREATE);
        BITS.put("editowned", EDIT_OWNED);
        BITS.put("deleteowned", DELETE_OWNED);
        BITS.put("editany", EDIT_ANY);
        BITS.put("deleteany", DELETE_ANY);
        BITS.put("createsubfolder", CREATE_SUBFOLDER);
        BITS.put("folderowner", FOLDER_OWNER);
        BITS.put("foldercontact", FOLDER_CONTACT);
        BITS.put("foldervisible", FOLDER_VISIBLE);
        BITS.put("freebusysimple", FREE_BUSY_SIMPLE);
        BITS.put("freebusydetailed", FREE_BUSY_DETAILED);
        ROLES.put("none", NONE);
        ROLES.put("contributor", CONTRIBUTOR);
        ROLES.put("reviewer", REVIEWER);
        ROLES.put("nonediting-author", NONEDITING_AUTHOR);
        ROLES.put("author", AUTHOR);
        ROLES.put("publishing-author", PUBLISHING_AUTHOR);
        ROLES.put("editor", EDITOR);
        ROLES.put("publishing-editor", PUBLISHING_EDITOR);
        ROLES.put("owner", OWNER);
    }

    private MemberRights() {
    }

    /** Whether {@code rights} sets only bits of [MS-OXCPERM] 2.2.7. */
    public static boolean valid(int rights) {
        return (rights & ~ALL) == 0;
    }

    /**
     * Rights from role names ("reviewer") and bit names ("readany") joined with commas, e.g.
     * "reviewer,freebusydetailed", case-insensitively; anything else is an IllegalArgumentException.
     */
    public static int parse(String text) {
        int rights = 0;
        for (String part : text.toLowerCase(Locale.ROOT).split(",")) {
            String name = part.strip();
            Integer value = BITS.containsKey(name) ? BITS.get(name) : ROLES.get(name);
            if (value == null) {
                throw new IllegalArgumentException("unknown rights \"" + name + "\"; use roles ("
                        + String.join(", ", ROLES.keySet()) + ") or names (" + String.join(", ", BITS.keySet()) + ")");
            }
            rights |= value;
        }
        return rights;
    }

    /** The role {@code rights} equals, else the names of its bits joined with commas ("none" for 0). */
    public static String describe(int rights) {
        for (Map.Entry<String, Integer> role : ROLES.entrySet()) {
            if (role.getValue() == rights) {
                return role.getKey();
            }
        }
        List<String> names = new ArrayList<>();
        BITS.forEach((name, bit) -> {
            if ((rights & bit) != 0) {
                names.add(name);
            }
        });
        return String.join(",", names);
    }
}
