package org.interchange.mapi.server.demo;

import java.util.List;
import java.util.Random;

/** The invented people who write, receive and appear in the demo mailbox. */
final class DemoPeople {
    /** One person: name parts, SMTP address, employer, title and phone numbers. */
    record Person(String givenName, String surname, String email, String company, String title,
            String businessPhone, String mobilePhone) {
        String displayName() {
            return givenName + " " + surname;
        }
    }

    static final List<Person> COLLEAGUES = List.of(
            new Person("Maria", "Schneider", "maria.schneider@northwind-labs.example", "Northwind Labs",
                    "Engineering Manager", "+49 30 5557 1201", "+49 151 5550 1201"),
            new Person("Tom", "Okafor", "tom.okafor@northwind-labs.example", "Northwind Labs", "Backend Developer",
                    "+49 30 5557 1214", "+49 160 5550 1214"),
            new Person("Priya", "Raman", "priya.raman@northwind-labs.example", "Northwind Labs", "Product Owner",
                    "+49 30 5557 1230", "+49 171 5550 1230"),
            new Person("Lukas", "Brandt", "lukas.brandt@northwind-labs.example", "Northwind Labs", "QA Lead",
                    "+49 30 5557 1242", "+49 152 5550 1242"),
            new Person("Sofia", "Lindqvist", "sofia.lindqvist@northwind-labs.example", "Northwind Labs",
                    "UX Designer", "+49 30 5557 1255", "+49 157 5550 1255"),
            new Person("Daniel", "Moreau", "daniel.moreau@northwind-labs.example", "Northwind Labs", "CFO",
                    "+49 30 5557 1100", "+49 172 5550 1100"));

    static final List<Person> EXTERNAL = List.of(
            new Person("Hannah", "Weber", "h.weber@contoso-consulting.example", "Contoso Consulting", "Consultant",
                    "+49 89 5554 3300", "+49 176 5554 3300"),
            new Person("James", "Carter", "james.carter@fabrikam.example", "Fabrikam Inc.", "Account Manager",
                    "+1 425 555 0143", "+1 425 555 0199"),
            new Person("Aiko", "Tanaka", "aiko.tanaka@adatum.example", "A. Datum Corporation", "Project Lead",
                    "+81 3 5555 0110", "+81 90 5555 0110"),
            new Person("Oliver", "Hughes", "oliver@hughes-family.example", "", "", "", "+44 7700 900123"),
            new Person("Elena", "Rossi", "elena.rossi@tailspin.example", "Tailspin Toys", "Purchasing",
                    "+39 02 5555 7788", "+39 347 555 7788"));

    /** Senders of automated mail: name and address. */
    record Sender(String name, String email) {
    }

    static final Sender NEWSLETTER_TECH = new Sender("The Weekly Stack", "digest@weeklystack.example");
    static final Sender NEWSLETTER_TRAVEL = new Sender("Wanderlust Deals", "news@wanderlust-deals.example");
    static final Sender SHOP = new Sender("Contoso Outdoor Shop", "orders@contoso-outdoor.example");
    static final Sender CI = new Sender("Build Server", "ci-noreply@northwind-labs.example");

    private DemoPeople() {
    }

    static Person anyColleague(Random random) {
        return COLLEAGUES.get(random.nextInt(COLLEAGUES.size()));
    }

    static Person anyone(Random random) {
        int i = random.nextInt(COLLEAGUES.size() + EXTERNAL.size());
        return i < COLLEAGUES.size() ? COLLEAGUES.get(i) : EXTERNAL.get(i - COLLEAGUES.size());
    }
}
