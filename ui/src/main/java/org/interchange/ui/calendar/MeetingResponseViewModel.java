package org.interchange.ui.calendar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.interchange.cache.api.AccountInfo;
import org.interchange.cache.api.Cache;
import org.interchange.cache.api.CacheEdits;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.DeleteMode;
import org.interchange.cache.api.DraftAttachment;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.ItemContent;
import org.interchange.cache.api.ItemDetail;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.api.MessageDraft;
import org.interchange.cache.api.PimFields;
import org.interchange.ui.TaskExecutor;

/**
 * Answers meeting requests ([MS-OXOCAL] 2.2.5 meeting request, 3.1.4.7 responding): for the selected
 * message, when it is a request, Accept, Tentative and Decline send the organizer a response (with an
 * iTIP REPLY, [RFC 5546] 3.2.3, when the meeting's UID is known) through {@link CacheEdits#send} and set
 * the calendar item's response status (PidLidResponseStatus); accepting puts the meeting in the
 * calendar when it is not there yet, declining takes it out.
 */
public final class MeetingResponseViewModel {
    /** The three answers, with PidLidResponseStatus, the iTIP PARTSTAT and the subject prefix Outlook uses. */
    public enum Response {
        ACCEPT(3, "ACCEPTED", "Accepted"), TENTATIVE(2, "TENTATIVE", "Tentative"), DECLINE(4, "DECLINED", "Declined");

        final int status;
        final String partStat;
        final String prefix;

        Response(int status, String partStat, String prefix) {
            this.status = status;
            this.partStat = partStat;
            this.prefix = prefix;
        }
    }

    private static final Pattern ADDRESS = Pattern.compile("<([^>]+@[^>]+)>");
    private static final int PAGE = 500;
    private final Cache cache;
    private final CacheEdits edits;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<ItemDetail> request = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private long generation;

    public MeetingResponseViewModel(Cache cache, CacheEdits edits, TaskExecutor executor, Clock clock) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.edits = Objects.requireNonNull(edits, "edits");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The meeting request on screen, or null when the selected item is not one. */
    public ReadOnlyObjectProperty<ItemDetail> requestProperty() {
        return request.getReadOnlyProperty();
    }

    /** What happened to the last answer, or what went wrong. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether {@code detail} is a meeting request ([MS-OXOCAL] 2.2.6.1 IPM.Schedule.Meeting.Request). */
    public static boolean isRequest(ItemDetail detail) {
        String messageClass = detail.field(ItemFields.MESSAGE_CLASS);
        return detail.summary().kind() == ItemKind.MAIL && messageClass != null
                && messageClass.regionMatches(true, 0, "IPM.Schedule.Meeting.Request", 0, 28);
    }

    /** Looks at the selected item in the background; the answer buttons show for a meeting request. */
    public void show(ItemSummary item) {
        long mine = ++generation;
        request.set(null);
        message.set("");
        if (item == null || item.kind() != ItemKind.MAIL) {
            return;
        }
        executor.submit(() -> cache.item(item.id()).filter(MeetingResponseViewModel::isRequest), found -> {
            if (mine == generation) {
                request.set(found.orElse(null));
            }
        }, failure -> { });
    }

    /** Sends the answer and updates the calendar, in the background. */
    public void respond(Response response) {
        ItemDetail shown = request.get();
        if (shown == null) {
            return;
        }
        message.set("Sending your answer…");
        executor.submit(() -> {
            answer(shown, response);
            return null;
        }, done -> message.set(switch (response) {
            case ACCEPT -> "Accepted; the meeting is in your calendar.";
            case TENTATIVE -> "Tentatively accepted.";
            case DECLINE -> "Declined; the meeting is not in your calendar.";
        }), failure -> message.set("Could not answer the meeting request: " + failure.getMessage()));
    }

    private void answer(ItemDetail req, Response response) throws IOException {
        AccountInfo account = accountOf(req.summary().folderId());
        String organizer = address(Optional.ofNullable(req.field(ItemFields.ORGANIZER)).orElse(req.summary().sender()));
        if (organizer == null) {
            throw new IllegalStateException("the request does not say who the organizer is");
        }
        String me = address(account.displayName()) != null ? address(account.displayName())
                : address(account.userName()) != null ? address(account.userName()) : account.userName();
        Instant start = instant(req.field(PimFields.MEETING_START));
        Instant end = instant(req.field(PimFields.MEETING_END));
        String uid = req.field(PimFields.MEETING_UID);
        String subject = req.summary().subject() == null ? "" : req.summary().subject();
        Path dir = null;
        try {
            List<DraftAttachment> attachments = List.of();
            if (uid != null && !uid.isBlank()) {
                dir = Files.createTempDirectory("interchange-reply");
                Path ics = dir.resolve("reply.ics");
                Files.writeString(ics, ITipReply.of(uid, sequence(req), subject, start, end, organizer, me,
                        response.partStat, clock.instant()), StandardCharsets.UTF_8);
                attachments = List.of(DraftAttachment.file(ics));
            }
            // the attachment file is read when the message is queued, so it can go right after
            edits.send(account.id(), OptionalLong.empty(), new MessageDraft(List.of(organizer), List.of(), List.of(),
                    response.prefix + ": " + subject, me + " has " + response.prefix.toLowerCase(java.util.Locale.ROOT)
                    + " this invitation.", null, attachments));
        } finally {
            if (dir != null) {
                Files.deleteIfExists(dir.resolve("reply.ics"));
                Files.deleteIfExists(dir);
            }
        }
        updateCalendar(account, req, response, uid, subject, start, end);
    }

    private void updateCalendar(AccountInfo account, ItemDetail req, Response response, String uid, String subject,
                                Instant start, Instant end) {
        Optional<ItemDetail> item = Optional.empty();
        CachedFolder firstCalendar = null;
        for (CachedFolder folder : cache.folders(account.id())) {
            if (folder.kind() != FolderKind.CALENDAR) {
                continue;
            }
            firstCalendar = firstCalendar == null ? folder : firstCalendar;
            item = find(folder.id(), uid, subject, start);
            if (item.isPresent()) {
                break;
            }
        }
        if (item.isPresent()) {
            ItemDetail found = item.get();
            if (response == Response.DECLINE) {
                edits.delete(found.summary().id(), DeleteMode.TO_DELETED_ITEMS);
                return;
            }
            Map<String, String> fields = new LinkedHashMap<>(found.fields());
            fields.put(PimFields.RESPONSE_STATUS, Integer.toString(response.status));
            ItemSummary s = found.summary();
            edits.update(s.id(), new ItemContent(s.subject(), found.bodyText(), found.bodyHtml(), s.date(), s.endDate(),
                    fields));
        } else if (response != Response.DECLINE && firstCalendar != null && start != null) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put(PimFields.RESPONSE_STATUS, Integer.toString(response.status));
            putIfPresent(fields, PimFields.MEETING_UID, uid);
            putIfPresent(fields, ItemFields.ORGANIZER, req.field(ItemFields.ORGANIZER));
            putIfPresent(fields, ItemFields.LOCATION, req.field(ItemFields.LOCATION));
            fields.put(ItemFields.ALL_DAY, "false");
            edits.create(firstCalendar.id(), new ItemContent(subject, req.bodyText(), null, start,
                    end != null && !end.isBefore(start) ? end : start.plusSeconds(3600), fields));
        }
    }

    /** The calendar item of the meeting: the same UID, else the same subject and start. */
    private Optional<ItemDetail> find(long folderId, String uid, String subject, Instant start) {
        for (int offset = 0; ; offset += PAGE) {
            List<ItemSummary> page = cache.items(folderId, ItemSort.DATE_ASC, offset, PAGE);
            for (ItemSummary s : page) {
                boolean sameTime = start != null && start.equals(s.date()) && subject.equals(s.subject());
                if (uid != null || sameTime) {
                    Optional<ItemDetail> d = cache.item(s.id());
                    if (d.isPresent() && (uid != null && uid.equals(d.get().field(PimFields.MEETING_UID)) || sameTime)) {
                        return d;
                    }
                }
            }
            if (page.size() < PAGE) {
                return Optional.empty();
            }
        }
    }

    private AccountInfo accountOf(long folderId) {
        for (AccountInfo account : cache.accounts()) {
            if (cache.folders(account.id()).stream().anyMatch(f -> f.id() == folderId)) {
                return account;
            }
        }
        throw new org.interchange.cache.api.CacheException("the request's folder " + folderId + " is not in the cache");
    }

    private static int sequence(ItemDetail req) {
        try {
            String value = req.field(PimFields.MEETING_SEQUENCE);
            return value == null ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException bad) {
            return 0;
        }
    }

    /** The address in "Name &lt;address&gt;", or the text itself when it is a bare address; else null. */
    static String address(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = ADDRESS.matcher(text);
        if (m.find()) {
            return m.group(1).strip();
        }
        String bare = text.strip();
        return bare.matches("[^@\\s<>]+@[^@\\s<>]+") ? bare : null;
    }

    private static Instant instant(String text) {
        try {
            return text == null || text.isBlank() ? null : Instant.parse(text.strip());
        } catch (java.time.format.DateTimeParseException bad) {
            return null;
        }
    }

    private static void putIfPresent(Map<String, String> fields, String key, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(key, value);
        }
    }
}
