package org.interchange.mapi.objects.vcard;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.objects.NamedPropertyIds;
import org.interchange.mapi.objects.convert.ItemError;
import org.interchange.mapi.objects.convert.ReadResult;
import org.interchange.mapi.objects.convert.WriteResult;
import org.interchange.mapi.objects.mime.MapiMessage;

/**
 * .vcf files of contacts and distribution lists ([MS-OXOCNTC] 2.2.1 and 2.2.2, RFC 6350): written
 * as vCard 4, read in any version. A card that cannot be converted is reported by its position and
 * name; the other cards still convert.
 */
public final class VCardFiles {
    private VCardFiles() {
    }

    public static WriteResult write(List<MapiMessage> items) {
        List<VCard> cards = new ArrayList<>();
        List<ItemError> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            try {
                cards.add(ContactToVCard.convert(items.get(i)));
            } catch (IllegalArgumentException e) {
                errors.add(new ItemError("item " + (i + 1), e.getMessage()));
            } catch (RuntimeException e) {
                errors.add(new ItemError("item " + (i + 1), "cannot be converted (" + e + ")"));
            }
        }
        String text = cards.isEmpty() ? "" : Ezvcard.write(cards).version(VCardVersion.V4_0).prodId(false).go();
        return new WriteResult(text, cards.size(), errors);
    }

    private static String name(VCard card) {
        return card.getFormattedName() != null ? " '" + card.getFormattedName().getValue() + "'" : "";
    }

    public static ReadResult read(String text, String source, NamedPropertyIds ids) {
        List<VCard> cards;
        try {
            cards = Ezvcard.parse(text).all();
        } catch (RuntimeException e) {
            return new ReadResult(List.of(), List.of(new ItemError(source, "not a vCard file: " + e.getMessage())));
        }
        if (cards.isEmpty()) {
            return new ReadResult(List.of(), List.of(new ItemError(source, "no BEGIN:VCARD in the file")));
        }
        List<MapiMessage> items = new ArrayList<>();
        List<ItemError> errors = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            VCard card = cards.get(i);
            try {
                items.add(VCardToContact.convert(card, ids));
            } catch (IllegalArgumentException | IllegalStateException | MapiCodecException e) {
                errors.add(new ItemError(source + ": vCard " + (i + 1) + name(card), e.getMessage()));
            } catch (RuntimeException e) {
                // a defect here must cost this one card only, never the rest of the file
                errors.add(new ItemError(source + ": vCard " + (i + 1) + name(card), "cannot be converted (" + e + ")"));
            }
        }
        return new ReadResult(items, errors);
    }
}
