package org.interchange.ui.reading;

import java.util.ArrayList;
import java.util.List;
import org.interchange.cache.api.ItemDetail;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemSummary;
import org.interchange.ui.internal.Formats;
import org.interchange.ui.internal.ItemText;

/** Chooses and formats the header lines of each item kind; empty values are left out. */
final class DetailFieldsFormatter {
    private final Formats formats;

    DetailFieldsFormatter(Formats formats) {
        this.formats = formats;
    }

    List<DetailField> fields(ItemDetail detail) {
        ItemSummary s = detail.summary();
        List<DetailField> out = new ArrayList<>();
        switch (s.kind()) {
            case MAIL -> {
                add(out, "From", s.sender());
                add(out, "To", detail.recipients());
                add(out, "Date", formats.fullDate(s.date()));
            }
            case APPOINTMENT -> {
                add(out, "Start", formats.fullDate(s.date()));
                add(out, "End", formats.fullDate(s.endDate()));
                add(out, "Location", detail.field(ItemFields.LOCATION));
                add(out, "Organizer", detail.field(ItemFields.ORGANIZER));
                add(out, "Attendees", detail.recipients());
                add(out, "Recurrence", ItemText.recurrence(detail.field(ItemFields.RECURRENCE)));
                if ("true".equalsIgnoreCase(detail.field(ItemFields.ALL_DAY))) {
                    add(out, "All day", "Yes");
                }
            }
            case CONTACT -> {
                add(out, "E-mail", detail.field(ItemFields.EMAIL));
                add(out, "Company", detail.field(ItemFields.COMPANY));
                add(out, "Job title", detail.field(ItemFields.JOB_TITLE));
                add(out, "Business phone", detail.field(ItemFields.BUSINESS_PHONE));
                add(out, "Mobile phone", detail.field(ItemFields.MOBILE_PHONE));
            }
            case TASK -> {
                add(out, "Due", formats.fullDate(s.date()));
                add(out, "Start", formats.fieldDate(detail.field(ItemFields.START_DATE)));
                add(out, "Status", ItemText.taskStatus(detail.field(ItemFields.TASK_STATUS)));
                add(out, "Complete", ItemText.percent(detail.field(ItemFields.PERCENT_COMPLETE)));
            }
            case NOTE -> {
                add(out, "Modified", formats.fullDate(s.date()));
                add(out, "Colour", ItemText.noteColour(detail.field(ItemFields.NOTE_COLOR)));
            }
        }
        return List.copyOf(out);
    }

    private static void add(List<DetailField> out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.add(new DetailField(label, value));
        }
    }
}
