package org.interchange.mapi.objects.recurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MalformedBlobTest {
    private static final byte[] GOOD = SpecExampleBlobTest.WEEKLY_WITH_EXCEPTION;

    private static byte[] patch(int offset, int... bytes) {
        byte[] b = GOOD.clone();
        for (int i = 0; i < bytes.length; i++) {
            b[offset + i] = (byte) bytes[i];
        }
        return b;
    }

    @Test
    void everyTruncationFailsWithATypedError() {
        for (int n = 0; n < GOOD.length; n++) {
            byte[] cut = Arrays.copyOf(GOOD, n);
            assertThatThrownBy(() -> AppointmentRecurrenceReader.read(cut)).as("%d bytes", n)
                    .isInstanceOf(MalformedRecurrenceException.class);
        }
    }

    @Test
    void fieldErrorsNameTheField() {
        assertThatThrownBy(() -> AppointmentRecurrenceReader.read(patch(0, 0x05)))
                .isInstanceOf(MalformedRecurrenceException.class).hasMessageContaining("ReaderVersion");
        assertThatThrownBy(() -> AppointmentRecurrenceReader.read(patch(4, 0x0F, 0x20)))
                .hasMessageContaining("RecurFrequency");
        assertThatThrownBy(() -> AppointmentRecurrenceReader.read(patch(6, 0x07)))
                .hasMessageContaining("PatternType");
        assertThatThrownBy(() -> AppointmentRecurrenceReader.read(patch(14, 0, 0, 0, 0)))
                .hasMessageContaining("Period");
        assertThatThrownBy(() -> AppointmentRecurrenceReader.read(patch(14, 100)))
                .hasMessageContaining("Period: at most 99 weeks");
        assertThatThrownBy(() -> AppointmentRecurrenceReader.read(patch(22, 0, 0, 0, 0)))
                .hasMessageContaining("PatternTypeSpecific.Week");
        assertThatThrownBy(() -> AppointmentRecurrenceReader.read(patch(26, 0x99, 0x20)))
                .hasMessageContaining("EndType");
        assertThatThrownBy(() -> AppointmentRecurrenceReader.read(patch(34, 9)))
                .hasMessageContaining("FirstDOW");
        assertThatThrownBy(() -> AppointmentRecurrenceReader.read(patch(62, 0x07)))
                .hasMessageContaining("ReaderVersion2");
    }

    @Test
    void hugeCountsAreRefusedBeforeAllocating() {
        assertThatThrownBy(() -> AppointmentRecurrenceReader.read(patch(38, 0xFF, 0xFF, 0xFF, 0x7F)))
                .isInstanceOf(MalformedRecurrenceException.class).hasMessageContaining("DeletedInstanceCount");
        assertThatThrownBy(() -> AppointmentRecurrenceReader.read(patch(78, 0xFF, 0xFF)))
                .hasMessageContaining("ExceptionCount");
        assertThatThrownBy(() -> AppointmentRecurrenceReader.read(patch(96, 0xFF, 0xFF)))
                .hasMessageContaining("ExceptionInfo[0].Subject: needs 65535 bytes");
    }

    @Test
    void hijriMonthsAreReadButNotExpanded() {
        byte[] blob = SpecExampleBlobTest.DAILY_WITH_DELETIONS.clone();
        AppointmentRecurrencePattern a = AppointmentRecurrenceReader.read(blob);
        RecurrencePattern p = a.pattern();
        RecurrencePattern hijri = new RecurrencePattern(RecurFrequency.MONTHLY, PatternType.HJ_MONTH, 6, 0, 1, 0,
                p.days(), 5, 0, p.endType(), p.occurrenceCount(), p.firstDayOfWeek(), p.deletedInstanceDates(),
                p.modifiedInstanceDates(), p.startDate(), p.endDate());
        AppointmentRecurrencePattern h = new AppointmentRecurrencePattern(hijri, 0x3006, 0x3009, 0, 60, a.exceptions());
        assertThat(AppointmentRecurrenceReader.read(AppointmentRecurrenceWriter.write(h))).isEqualTo(h);
        assertThatThrownBy(() -> RecurrenceExpander.expand(h, ZoneOffset.UTC,
                LocalDate.of(2011, 1, 1).atStartOfDay(ZoneOffset.UTC), LocalDate.of(2012, 1, 1).atStartOfDay(ZoneOffset.UTC)))
                .isInstanceOf(MalformedRecurrenceException.class).hasMessageContaining("non-Gregorian");
        assertThat(RecurrenceDescription.describe(hijri)).isEqualTo("Day 5 of every month of the Hijri calendar, until 4 May 2011");
    }
}
