package org.interchange.mapi.server.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.interchange.mapi.server.demo.DemoPeople.Person;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;

/** Writes the demo e-mail: colleague threads, meeting follow-ups, newsletters, orders, reports, sent mail. */
final class DemoMailWriter {
    private static final List<String> THREAD_TOPICS = List.of(
            "Release 4.2 planning", "Flaky integration tests on the nightly build", "Code review: session handling",
            "Offsite agenda", "Budget for Q1 tooling", "Customer escalation - Fabrikam", "Onboarding checklist",
            "Migration to the new build agents", "Holiday coverage in December", "Performance regression in search",
            "Draft of the architecture decision record", "Feedback on the new login screen",
            "Database backup window", "Conference talk proposal", "Office move next month");
    private static final List<String> OPENERS = List.of(
            "Hi %s,\n\nquick question about %s: do we have an owner for this yet? I'd like to get it settled before Friday.",
            "Hello %s,\n\nas discussed this morning, here is a short summary on %s. Let me know if I missed anything.",
            "Hi %s,\n\nI had a look at %s and I think we should split it into two smaller pieces. Thoughts?",
            "%s,\n\ncould you take a look at %s when you have a minute? No rush, but it would help to hear back this week.");
    private static final List<String> REPLIES = List.of(
            "Sounds good to me. I'll take the first part and update the ticket tonight.",
            "Thanks for the summary. One concern: the timeline looks tight with two people out next week.",
            "Agreed. Let's discuss details in the stand-up tomorrow.",
            "I checked with the team, we can do it if we move the demo to Thursday.",
            "Good catch - I had not thought about that. I'll add it to the list.",
            "Can we keep the old behaviour behind a flag until the customer confirms?");
    private static final List<String> MEETINGS = List.of(
            "Sprint review", "Architecture sync", "Quarterly planning", "Customer call with Fabrikam",
            "Design critique", "Retrospective");
    private static final List<String> PRODUCTS = List.of(
            "Trail running shoes", "Waterproof jacket", "Camping stove", "Headlamp 400lm", "Merino socks (3 pairs)",
            "Insulated bottle 750ml");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, d MMMM", Locale.ENGLISH);

    private final MailboxStore store;
    private final Mailbox mailbox;
    private final Random random;
    private final Instant now;
    private int sequence;

    DemoMailWriter(MailboxStore store, Mailbox mailbox, Random random, Instant now) {
        this.store = store;
        this.mailbox = mailbox;
        this.random = random;
        this.now = now;
    }

    int threads(long folder, int count) {
        int written = 0;
        for (int t = 0; t < count; t++) {
            String topic = THREAD_TOPICS.get(random.nextInt(THREAD_TOPICS.size()));
            Person starter = DemoPeople.anyColleague(random);
            Instant when = pastTime(110);
            String opener = String.format(OPENERS.get(random.nextInt(OPENERS.size())), mailbox.displayName()
                    .split(" ")[0], topic.toLowerCase(Locale.ROOT)) + "\n\nThanks,\n" + starter.givenName();
            save(folder, new DemoMail(topic).from(starter.displayName(), starter.email())
                    .to(mailbox.displayName(), mailbox.emailAddress()).sent(when).body(opener));
            written++;
            String quoted = opener;
            int replies = random.nextInt(4);
            for (int r = 0; r < replies; r++) {
                Person replier = DemoPeople.anyColleague(random);
                when = when.plus(Duration.ofMinutes(20 + random.nextInt(600)));
                if (when.isAfter(now)) {
                    break;
                }
                String text = "Hi all,\n\n" + REPLIES.get(random.nextInt(REPLIES.size())) + "\n\nBest,\n"
                        + replier.givenName() + "\n\n-----Original Message-----\n" + quote(quoted);
                save(folder, new DemoMail(topic).reply().from(replier.displayName(), replier.email())
                        .to(mailbox.displayName(), mailbox.emailAddress()).cc(starter.displayName(), starter.email())
                        .sent(when).body(text));
                quoted = text;
                written++;
            }
        }
        return written;
    }

    int meetingFollowUps(long folder, int count) {
        for (int i = 0; i < count; i++) {
            Person organizer = DemoPeople.anyColleague(random);
            String meeting = MEETINGS.get(random.nextInt(MEETINGS.size()));
            Instant when = pastTime(100);
            String day = DAY.format(when.atZone(ZoneOffset.UTC));
            String notes = "Notes from the " + meeting.toLowerCase(Locale.ROOT) + " on " + day + "\n\n"
                    + "Decisions:\n- Keep the current release date.\n- Move the search rework to the next sprint.\n\n"
                    + "Action items:\n- " + DemoPeople.anyColleague(random).givenName() + ": update the roadmap page\n- "
                    + mailbox.displayName().split(" ")[0] + ": send the test report to the customer\n- "
                    + DemoPeople.anyColleague(random).givenName() + ": book a room for the follow-up\n";
            DemoMail mail = new DemoMail("Follow-up: " + meeting + " (" + day + ")")
                    .from(organizer.displayName(), organizer.email()).to(mailbox.displayName(), mailbox.emailAddress())
                    .sent(when).body("Hi everyone,\n\nthanks for joining. " + notes + "\nCheers,\n"
                            + organizer.givenName());
            if (random.nextBoolean()) {
                mail.attach("meeting-notes.txt", "text/plain", DemoFiles.text(notes));
            }
            save(folder, mail);
        }
        return count;
    }

    int newsletters(long folder, int count) {
        for (int i = 0; i < count; i++) {
            boolean tech = random.nextInt(3) > 0;
            DemoPeople.Sender sender = tech ? DemoPeople.NEWSLETTER_TECH : DemoPeople.NEWSLETTER_TRAVEL;
            Instant when = pastTime(120);
            String subject = tech ? "The Weekly Stack #" + (180 + i) + ": " + List.of("virtual threads in practice",
                    "what's new in Java 25", "faster builds with remote caching", "a tour of structured concurrency",
                    "database migrations without downtime").get(random.nextInt(5))
                    : "Autumn city breaks from " + (89 + random.nextInt(60)) + " EUR";
            String text = tech
                    ? "This week: three articles we enjoyed, a release roundup and a job board.\n\n"
                            + "1. Profiling allocation hot spots\n2. Writing readable tests\n3. The case for small classes\n\n"
                            + "Unsubscribe: https://weeklystack.example/unsubscribe"
                    : "Lisbon, Kraków and Valencia are on sale this week. Prices per person, flights included.\n\n"
                            + "Book by Sunday. Unsubscribe: https://wanderlust-deals.example/unsubscribe";
            String html = "<html><body style=\"font-family:sans-serif\"><h1 style=\"color:#2a5db0\">"
                    + escape(subject) + "</h1><p>" + escape(text).replace("\n", "<br>")
                    + "</p><p style=\"font-size:small;color:#777\">You receive this because you subscribed.</p></body></html>";
            save(folder, new DemoMail(subject).from(sender.name(), sender.email())
                    .to(mailbox.displayName(), mailbox.emailAddress()).sent(when).body(text).html(html));
        }
        return count;
    }

    int orders(long folder, int count) {
        for (int i = 0; i < count; i++) {
            DemoPeople.Sender shop = DemoPeople.SHOP;
            String product = PRODUCTS.get(random.nextInt(PRODUCTS.size()));
            int cents = 1999 + random.nextInt(15000);
            String order = "CO-" + (204_100 + random.nextInt(9000));
            String price = String.format(Locale.ROOT, "%d.%02d EUR", cents / 100, cents % 100);
            Instant when = pastTime(120);
            String text = "Thank you for your order " + order + ".\n\n1 x " + product + "  " + price
                    + "\nShipping: free\n\nYour parcel leaves our warehouse within two working days.\n"
                    + "Your invoice is attached as a PDF.";
            String html = "<html><body><h2>Thank you for your order</h2><p>Order <b>" + order + "</b></p>"
                    + "<table border=\"1\" cellpadding=\"4\"><tr><th>Item</th><th>Price</th></tr><tr><td>"
                    + escape(product) + "</td><td>" + price + "</td></tr></table>"
                    + "<p>Your invoice is attached as a PDF.</p></body></html>";
            save(folder, new DemoMail("Your order " + order + " is confirmed").from(shop.name(), shop.email())
                    .to(mailbox.displayName(), mailbox.emailAddress()).sent(when).body(text).html(html)
                    .attach("invoice-" + order + ".pdf", "application/pdf", DemoFiles.pdf(List.of(
                            "Contoso Outdoor Shop - Invoice " + order, "", "1 x " + product + "   " + price,
                            "VAT included. Thank you for shopping with us."))));
        }
        return count;
    }

    int reportsAndPhotos(long folder, int count) {
        for (int i = 0; i < count; i++) {
            Instant when = pastTime(120);
            if (i % 2 == 0) {
                Person cfo = DemoPeople.COLLEAGUES.get(5);
                LocalDate month = when.atZone(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1);
                StringBuilder csv = new StringBuilder("region,units,revenue_eur\n");
                for (String region : List.of("North", "South", "East", "West")) {
                    int units = 200 + random.nextInt(800);
                    csv.append(region).append(',').append(units).append(',').append(units * 49).append('\n');
                }
                save(folder, new DemoMail("Sales figures " + month.getMonth().getDisplayName(
                        java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear())
                        .from(cfo.displayName(), cfo.email()).to(mailbox.displayName(), mailbox.emailAddress())
                        .sent(when).body("Hi,\n\nattached are the monthly numbers per region. "
                                + "East is ahead of plan, the rest is on track.\n\nDaniel")
                        .attach("sales.csv", "text/csv", DemoFiles.text(csv.toString())));
            } else {
                Person friend = DemoPeople.EXTERNAL.get(3);
                save(folder, new DemoMail("Photos from the weekend").from(friend.displayName(), friend.email())
                        .to(mailbox.displayName(), mailbox.emailAddress()).sent(when)
                        .body("Hey!\n\nHere's the sunset from Saturday, the colours were unreal. "
                                + "Dinner at ours next week?\n\nOliver")
                        .attach("sunset.png", "image/png", DemoFiles.png(32, random.nextInt(256))));
            }
        }
        return count;
    }

    int buildNotifications(long folder, int count) {
        for (int i = 0; i < count; i++) {
            boolean failed = random.nextInt(5) == 0;
            int build = 5000 + i * 7 + random.nextInt(7);
            String subject = (failed ? "FAILED" : "Fixed") + ": interchange-main #" + build;
            save(folder, new DemoMail(subject).from(DemoPeople.CI.name(), DemoPeople.CI.email())
                    .to(mailbox.displayName(), mailbox.emailAddress()).sent(pastTime(60))
                    .body("Build #" + build + (failed ? " failed in stage 'test' (3 tests failed)."
                            : " succeeded after a previous failure.") + "\n\nhttps://ci.northwind-labs.example/builds/"
                            + build));
        }
        return count;
    }

    int sent(long folder, int count) {
        for (int i = 0; i < count; i++) {
            Person to = DemoPeople.anyone(random);
            String topic = THREAD_TOPICS.get(random.nextInt(THREAD_TOPICS.size()));
            DemoMail mail = new DemoMail(topic).from(mailbox.displayName(), mailbox.emailAddress())
                    .to(to.displayName(), to.email()).sent(pastTime(110)).read(true)
                    .body("Hi " + to.givenName() + ",\n\n" + REPLIES.get(random.nextInt(REPLIES.size()))
                            + "\n\nBest regards,\n" + mailbox.displayName());
            save(folder, random.nextBoolean() ? mail.reply() : mail);
        }
        return count;
    }

    /** Saves a mail; mail older than a few days is marked read, newer mail mostly stays unread. */
    private void save(long folder, DemoMail mail) {
        if (!mail.isRead()) {
            mail.read(mail.sentAt().isBefore(now.minus(Duration.ofDays(4))) || random.nextInt(4) == 0);
        }
        store.createMessage(mailbox, folder, mail.build(sequence++));
    }

    /** A time in the last {@code days} days, during working hours. */
    private Instant pastTime(int days) {
        Instant t = now.minus(Duration.ofDays(random.nextInt(days))).truncatedTo(java.time.temporal.ChronoUnit.DAYS)
                .plus(Duration.ofMinutes(7 * 60 + random.nextInt(11 * 60)));
        return t.isAfter(now) ? now.minus(Duration.ofMinutes(5 + random.nextInt(120))) : t;
    }

    private static String quote(String text) {
        return "> " + text.replace("\n", "\n> ");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
