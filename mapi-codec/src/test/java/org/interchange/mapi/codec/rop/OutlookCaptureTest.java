package org.interchange.mapi.codec.rop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.RecipientRow;
import org.interchange.mapi.codec.property.Restriction;
import org.interchange.mapi.codec.property.RestrictionCodec;
import org.interchange.mapi.codec.property.StandardPropertyRow;
import org.interchange.mapi.codec.testutil.HexVectors;
import org.junit.jupiter.api.Test;

/** The decompressed rgbIn of two Outlook 2007 EcDoRpcExt2 calls captured by openchange (ROP input buffers). */
class OutlookCaptureTest {

    @Test
    void modifyRecipientsCapture() {
        byte[] bytes = HexVectors.dump("openchange/001_Outlook_2007_in_ModifyRecipients_rgbIn_decompressed.hex");
        RopRequestBuffer buffer = RopRequestBuffer.decode(bytes);

        assertThat(buffer.rops()).extracting(RopRequest::ropId).containsExactly(RopId.REMOVE_ALL_RECIPIENTS,
                RopId.MODIFY_RECIPIENTS, RopId.SET_PROPERTIES, RopId.SUBMIT_MESSAGE, RopId.GET_PROPERTIES_SPECIFIC);
        assertThat(buffer.handles()).containsExactly(0x45);

        assertThat(buffer.rops().get(0)).isEqualTo(new RopRemoveAllRecipientsRequest(0, 0, 1));
        RopModifyRecipientsRequest modify = (RopModifyRecipientsRequest) buffer.rops().get(1);
        assertThat(modify.recipientColumns()).hasSize(12).startsWith(new PropertyTag(0x0FFE0003), new PropertyTag(0x39000003));
        assertThat(modify.recipientRows()).hasSize(1);
        ModifyRecipientRow row = modify.recipientRows().getFirst();
        assertThat(row.rowId()).isZero();
        assertThat(row.recipientType()).isEqualTo(1);
        RecipientRow recipient = row.recipientRow();
        assertThat(recipient.recipientFlags()).isEqualTo(0x0651);
        assertThat(recipient.type()).isEqualTo(RecipientRow.TYPE_X500DN);
        assertThat(recipient.addressPrefixUsed()).isEqualTo(0x45);
        assertThat(recipient.x500Dn()).isEqualTo("Jkerihuel");
        assertThat(recipient.displayName()).isEqualTo("Julien Kerihuel");
        assertThat(recipient.simpleDisplayName()).isEqualTo("jkerihuel");
        assertThat(recipient.emailAddress()).isNull();
        assertThat(recipient.recipientProperties()).isInstanceOf(StandardPropertyRow.class);
        assertThat(recipient.recipientProperties().find(0x39FE)).contains(
                PropertyValue.of(new PropertyTag(0x39FE001F), "jkerihuel@openchange2003.local"));
        assertThat(recipient.recipientProperties().find(0x5FF7).orElseThrow().asBytes()).hasSize(0x6B);

        assertThat(buffer.rops().get(2)).isEqualTo(new RopSetPropertiesRequest(0, 0, List.of(
                PropertyValue.of(new PropertyTag(0x003D001F), ""), PropertyValue.of(new PropertyTag(0x0E1D001F), "test"))));
        assertThat(buffer.rops().get(3)).isEqualTo(new RopSubmitMessageRequest(0, 0, 0));
        assertThat(buffer.rops().get(4)).isEqualTo(
                new RopGetPropertiesSpecificRequest(0, 0, 0, 0, List.of(new PropertyTag(0x65E20102))));

        assertThat(buffer.encode()).isEqualTo(bytes);
    }

    @Test
    void tablesOperationsCapture() {
        byte[] bytes = HexVectors.dump("openchange/002_Outlook_2007_in_Tables_operations_rgbIn_decompressed.hex");
        RopRequestBuffer buffer = RopRequestBuffer.decode(bytes);

        assertThat(buffer.rops()).extracting(RopRequest::ropId).containsExactly(RopId.GET_CONTENTS_TABLE,
                RopId.SET_COLUMNS, RopId.FIND_ROW, RopId.OPEN_FOLDER, RopId.OPEN_FOLDER,
                RopId.REGISTER_NOTIFICATION, RopId.GET_PROPERTIES_SPECIFIC);
        assertThat(buffer.handles()).containsExactly(0x75, -1, 0x71, -1, -1, -1);

        assertThat(buffer.rops().get(0)).isEqualTo(new RopGetContentsTableRequest(0, 0, 1, 0x02));
        RopSetColumnsRequest setColumns = (RopSetColumnsRequest) buffer.rops().get(1);
        assertThat(setColumns.inputHandleIndex()).isEqualTo(1);
        assertThat(setColumns.propertyTags()).hasSize(13).startsWith(new PropertyTag(0x67480014),
                new PropertyTag(0x674A0014), new PropertyTag(0x674D0014), new PropertyTag(0x674E0003),
                new PropertyTag(0x0037001F)).endsWith(new PropertyTag(0x30080040));
        RopFindRowRequest findRow = (RopFindRowRequest) buffer.rops().get(2);
        assertThat(findRow.restrictionData()).hasSize(0x98).startsWith((byte) 0x00, (byte) 0x05, (byte) 0x00);
        assertThat(findRow.origin()).isZero();
        assertThat(findRow.bookmark()).isEmpty();
        assertThat(buffer.rops().get(3)).isEqualTo(new RopOpenFolderRequest(0, 2, 3, 0x0951330000000001L, 0));
        assertThat(buffer.rops().get(4)).isEqualTo(new RopOpenFolderRequest(0, 2, 4, 0x3B27000000000001L, 0));
        assertThat(buffer.rops().get(5)).isEqualTo(
                new RopRegisterNotificationRequest(0, 2, 5, 0x78, 0, false, 0x3B27000000000001L, 0));
        RopGetPropertiesSpecificRequest props = (RopGetPropertiesSpecificRequest) buffer.rops().get(6);
        assertThat(props.inputHandleIndex()).isEqualTo(4);
        assertThat(props.wantUnicode()).isEqualTo(1);
        assertThat(props.propertyTags()).hasSize(18).endsWith(new PropertyTag(0x672D0003));

        assertThat(buffer.encode()).isEqualTo(bytes);
    }

    @Test
    void outlookFindRowRestrictionDecodesAndReencodes() {
        RopRequestBuffer buffer = RopRequestBuffer.decode(
                HexVectors.dump("openchange/002_Outlook_2007_in_Tables_operations_rgbIn_decompressed.hex"));
        PropertyTag messageClass = new PropertyTag(0x001A001F);
        PropertyTag subject = new PropertyTag(0x0037001F);
        RopFindRowRequest findRow = (RopFindRowRequest) buffer.rops().get(2);

        Restriction restriction = findRow.restriction().orElseThrow();

        PropertyTag viewFlags = new PropertyTag(0x68340003);
        PropertyTag viewType = new PropertyTag(0x683A0003);
        assertThat(restriction).isEqualTo(new Restriction.And(List.of(
                new Restriction.Property(Restriction.RELOP_EQ, messageClass,
                        PropertyValue.of(messageClass, "IPM.Microsoft.FolderDesign.NamedView")),
                new Restriction.BitMask(Restriction.BitMask.BMR_EQZ, viewFlags, 0x1),
                new Restriction.Property(Restriction.RELOP_EQ, viewType, PropertyValue.of(viewType, 8)),
                new Restriction.BitMask(Restriction.BitMask.BMR_NEZ, viewFlags, 0x200),
                new Restriction.Content(Restriction.Content.FULLSTRING, 0, subject,
                        PropertyValue.of(subject, "Messages")))));
        assertThat(RestrictionCodec.ROP.encode(restriction)).isEqualTo(findRow.restrictionData());
    }
}
