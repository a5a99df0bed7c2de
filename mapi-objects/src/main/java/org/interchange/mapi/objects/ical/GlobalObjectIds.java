package org.interchange.mapi.objects.ical;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * PidLidGlobalObjectId and PidLidCleanGlobalObjectId ([MS-OXOCAL] 2.2.1.27 and 2.2.1.28) to and
 * from the iCalendar UID, as [MS-OXCICAL] 2.1.3.1.1.20.26 maps them: an Outlook id is written as
 * its hex digits; any other UID is carried in a "vCal-Uid" id and written back unchanged.
 */
public final class GlobalObjectIds {
    /** The ByteArrayID that starts every global object id. */
    private static final byte[] CLASS_ID = HexFormat.of().parseHex("040000008200E00074C5B7101A82E008");
    private static final byte[] VCAL_UID = "vCal-Uid".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = 16 + 4 + 8 + 8 + 4;

    private GlobalObjectIds() {
    }

    /** The clean global object id (no instance date) of a UID. */
    public static byte[] fromUid(String uid) {
        String trimmed = uid.strip();
        if (trimmed.length() >= HEADER * 2 && trimmed.length() % 2 == 0 && trimmed.matches("[0-9A-Fa-f]+")) {
            byte[] bytes = HexFormat.of().parseHex(trimmed);
            if (isGlobalObjectId(bytes)) {
                return withInstanceDate(bytes, null);
            }
        }
        byte[] text = trimmed.getBytes(StandardCharsets.UTF_8);
        byte[] data = new byte[VCAL_UID.length + 4 + text.length + 1];
        System.arraycopy(VCAL_UID, 0, data, 0, VCAL_UID.length);
        data[VCAL_UID.length] = 1;
        System.arraycopy(text, 0, data, VCAL_UID.length + 4, text.length);
        ByteBuffer b = ByteBuffer.allocate(HEADER + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(CLASS_ID).putInt(0).putLong(0).putLong(0).putInt(data.length).put(data);
        return b.array();
    }

    /** The UID of a global object id, or null if the bytes are not one. */
    public static String toUid(byte[] goid) {
        if (goid == null || !isGlobalObjectId(goid)) {
            return null;
        }
        byte[] clean = withInstanceDate(goid, null);
        int size = ByteBuffer.wrap(clean, HEADER - 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        if (size >= VCAL_UID.length + 4 && size <= clean.length - HEADER
                && Arrays.equals(clean, HEADER, HEADER + VCAL_UID.length, VCAL_UID, 0, VCAL_UID.length)) {
            int from = HEADER + VCAL_UID.length + 4;
            int to = HEADER + size;
            while (to > from && clean[to - 1] == 0) {
                to--;
            }
            return new String(clean, from, to - from, StandardCharsets.UTF_8);
        }
        return HexFormat.of().formatHex(clean).toUpperCase(Locale.ROOT);
    }

    /** The id with the instance date of an exception set (YH, YL, M, D), or cleared when {@code date} is null. */
    public static byte[] withInstanceDate(byte[] goid, LocalDate date) {
        byte[] copy = goid.clone();
        copy[16] = (byte) (date == null ? 0 : date.getYear() >> 8);
        copy[17] = (byte) (date == null ? 0 : date.getYear());
        copy[18] = (byte) (date == null ? 0 : date.getMonthValue());
        copy[19] = (byte) (date == null ? 0 : date.getDayOfMonth());
        return copy;
    }

    private static boolean isGlobalObjectId(byte[] bytes) {
        return bytes.length >= HEADER && Arrays.equals(bytes, 0, 16, CLASS_ID, 0, 16);
    }
}
