package org.interchange.mapi.server.nspi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.interchange.mapi.server.http.UserDirectory;
import org.interchange.mapi.server.rop.oxcstor.UserDn;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;

/**
 * The Global Address List, [MS-OXNSPI] 3.1.4.4.1: the server's users sorted by display name
 * (SortTypeDisplayName). A user's MId is fixed by the order of account names, so it stays the
 * same across requests; display name and SMTP address come from the user's mailbox when it has one.
 */
final class GlobalAddressList {
    /** The first MId given out; 0, 1 and 2 are the reserved MIds of [MS-OXNSPI] 2.2.1.8. */
    static final int FIRST_MID = 0x10;

    private final UserDirectory users;
    private final MailboxStore store;

    GlobalAddressList(UserDirectory users, MailboxStore store) {
        this.users = users;
        this.store = store;
    }

    /** The entries in table order (display name, then account). */
    List<GalEntry> entries() {
        List<String> accounts = users.userNames().stream()
                .sorted(Comparator.comparing((String a) -> a.toLowerCase(Locale.ROOT))).toList();
        List<GalEntry> entries = new ArrayList<>(accounts.size());
        for (int i = 0; i < accounts.size(); i++) {
            String account = accounts.get(i);
            Optional<Mailbox> mailbox = store.findMailbox(account);
            String display = mailbox.map(Mailbox::displayName).filter(d -> !d.isBlank()).orElse(account);
            Optional<String> smtp = mailbox.map(Mailbox::emailAddress).filter(e -> !e.isBlank());
            entries.add(new GalEntry(FIRST_MID + i, account, display, UserDn.of(account), smtp));
        }
        entries.sort(Comparator.comparing((GalEntry e) -> e.displayName().toLowerCase(Locale.ROOT))
                .thenComparing(e -> e.account().toLowerCase(Locale.ROOT)));
        return List.copyOf(entries);
    }

    static int indexOf(List<GalEntry> entries, int mid) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).mid() == mid) {
                return i;
            }
        }
        return -1;
    }

    static Optional<GalEntry> byMid(List<GalEntry> entries, int mid) {
        int i = indexOf(entries, mid);
        return i < 0 ? Optional.empty() : Optional.of(entries.get(i));
    }

    static Optional<GalEntry> byDn(List<GalEntry> entries, String dn) {
        return entries.stream().filter(e -> e.legacyDn().equalsIgnoreCase(dn)).findFirst();
    }

    /**
     * Ambiguous name resolution, [MS-OXNSPI] 3.1.4.7: an exact match of account, SMTP address or
     * display name wins; otherwise every entry whose display name (or a word of it), account or
     * SMTP address starts with {@code name}, ignoring case.
     */
    static List<GalEntry> resolve(List<GalEntry> entries, String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<GalEntry> exact = entries.stream().filter(e -> e.account().equalsIgnoreCase(wanted)
                || e.displayName().equalsIgnoreCase(wanted)
                || e.smtpAddress().filter(s -> s.equalsIgnoreCase(wanted)).isPresent()).toList();
        if (!exact.isEmpty()) {
            return exact;
        }
        return entries.stream().filter(e -> startsWord(e.displayName(), wanted)
                || e.account().toLowerCase(Locale.ROOT).startsWith(wanted)
                || e.smtpAddress().filter(s -> s.toLowerCase(Locale.ROOT).startsWith(wanted)).isPresent()).toList();
    }

    private static boolean startsWord(String text, String prefix) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith(prefix)) {
            return true;
        }
        for (String word : lower.split("\\s+")) {
            if (word.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
