package org.interchange.mapi.codec.rop;

import java.time.LocalDateTime;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * The LogonTime field of the RopLogon private mailbox response, [MS-OXCROPS] 2.2.3.1.2: seconds,
 * minutes, hour, day of week (0 = Sunday), day, month (bytes) and year (uint16), server local time.
 */
public record LogonTime(int seconds, int minutes, int hour, int dayOfWeek, int day, int month, int year) {

    public static LogonTime of(LocalDateTime time) {
        return new LogonTime(time.getSecond(), time.getMinute(), time.getHour(),
                time.getDayOfWeek().getValue() % 7, time.getDayOfMonth(), time.getMonthValue(), time.getYear());
    }

    public LocalDateTime toLocalDateTime() {
        return LocalDateTime.of(year, month, day, hour, minutes, seconds);
    }

    static LogonTime decode(ByteReader in) {
        return new LogonTime(in.u8(), in.u8(), in.u8(), in.u8(), in.u8(), in.u8(), in.u16());
    }

    void encode(ByteWriter out) {
        out.u8(RopWire.u8(seconds, "Seconds")).u8(RopWire.u8(minutes, "Minutes")).u8(RopWire.u8(hour, "Hour"))
                .u8(RopWire.u8(dayOfWeek, "DayOfWeek")).u8(RopWire.u8(day, "Day")).u8(RopWire.u8(month, "Month"))
                .u16(RopWire.u16(year, "Year"));
    }
}
