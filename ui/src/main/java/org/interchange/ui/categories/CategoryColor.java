package org.interchange.ui.categories;

import java.util.Locale;

/**
 * The 25 colours of Outlook's categories (the "preset0" to "preset24" of a master category list), as RGB close to
 * what Outlook shows; {@link #textColor()} is the one of black or white that reads best on each.
 */
public enum CategoryColor {
    RED("Red", 0xF07D88), ORANGE("Orange", 0xFF8C00), PEACH("Peach", 0xFECB6F), YELLOW("Yellow", 0xFFF100),
    GREEN("Green", 0x5FBE7D), TEAL("Teal", 0x33BAB1), OLIVE("Olive", 0xA3B367), BLUE("Blue", 0x55ABE5),
    PURPLE("Purple", 0xA895E2), MAROON("Maroon", 0xE48BB5), STEEL("Steel", 0xB9C0CB),
    DARK_STEEL("Dark steel", 0x4C596E), GRAY("Gray", 0xABABAB), DARK_GRAY("Dark gray", 0x666666),
    BLACK("Black", 0x474747), DARK_RED("Dark red", 0x910A19), DARK_ORANGE("Dark orange", 0xCE4B28),
    DARK_PEACH("Dark peach", 0x996E36), DARK_YELLOW("Dark yellow", 0xB0A923), DARK_GREEN("Dark green", 0x026802),
    DARK_TEAL("Dark teal", 0x1C6367), DARK_OLIVE("Dark olive", 0x5C6A22), DARK_BLUE("Dark blue", 0x25488F),
    DARK_PURPLE("Dark purple", 0x4E3A8C), DARK_MAROON("Dark maroon", 0x80214F);

    private final String label;
    private final int rgb;

    CategoryColor(String label, int rgb) {
        this.label = label;
        this.rgb = rgb;
    }

    /** The colour's name as menus show it. */
    public String label() {
        return label;
    }

    /** The fill, as CSS {@code #rrggbb}. */
    public String web() {
        return String.format(Locale.ROOT, "#%06x", rgb);
    }

    /** Black or white, whichever contrasts more with the fill (WCAG 2 relative luminance). */
    public String textColor() {
        double fill = luminance(rgb);
        double onBlack = (fill + 0.05) / 0.05;
        double onWhite = 1.05 / (fill + 0.05);
        return onBlack >= onWhite ? "#000000" : "#ffffff";
    }

    /** The contrast ratio of {@link #textColor()} on the fill, 1 to 21. */
    double contrast() {
        double fill = luminance(rgb);
        return Math.max((fill + 0.05) / 0.05, 1.05 / (fill + 0.05));
    }

    private static double luminance(int rgb) {
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
