package org.interchange.mapi.codec.rop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RopIdTest {
    /** The ROP id table of [MS-OXCROPS] 2.2.2, name and RopId. */
    private static final String SPEC_TABLE = """
            RopRelease 0x01 RopOpenFolder 0x02 RopOpenMessage 0x03 RopGetHierarchyTable 0x04
            RopGetContentsTable 0x05 RopCreateMessage 0x06 RopGetPropertiesSpecific 0x07
            RopGetPropertiesAll 0x08 RopGetPropertiesList 0x09 RopSetProperties 0x0A RopDeleteProperties 0x0B
            RopSaveChangesMessage 0x0C RopRemoveAllRecipients 0x0D RopModifyRecipients 0x0E
            RopReadRecipients 0x0F RopReloadCachedInformation 0x10 RopSetMessageReadFlag 0x11 RopSetColumns 0x12
            RopSortTable 0x13 RopRestrict 0x14 RopQueryRows 0x15 RopGetStatus 0x16 RopQueryPosition 0x17
            RopSeekRow 0x18 RopSeekRowBookmark 0x19 RopSeekRowFractional 0x1A RopCreateBookmark 0x1B
            RopCreateFolder 0x1C RopDeleteFolder 0x1D RopDeleteMessages 0x1E RopGetMessageStatus 0x1F
            RopSetMessageStatus 0x20 RopGetAttachmentTable 0x21 RopOpenAttachment 0x22 RopCreateAttachment 0x23
            RopDeleteAttachment 0x24 RopSaveChangesAttachment 0x25 RopSetReceiveFolder 0x26
            RopGetReceiveFolder 0x27 RopRegisterNotification 0x29 RopNotify 0x2A RopOpenStream 0x2B
            RopReadStream 0x2C RopWriteStream 0x2D RopSeekStream 0x2E RopSetStreamSize 0x2F
            RopSetSearchCriteria 0x30 RopGetSearchCriteria 0x31 RopSubmitMessage 0x32 RopMoveCopyMessages 0x33
            RopAbortSubmit 0x34 RopMoveFolder 0x35 RopCopyFolder 0x36 RopQueryColumnsAll 0x37 RopAbort 0x38
            RopCopyTo 0x39 RopCopyToStream 0x3A RopCloneStream 0x3B RopGetPermissionsTable 0x3E
            RopGetRulesTable 0x3F RopModifyPermissions 0x40 RopModifyRules 0x41 RopGetOwningServers 0x42
            RopLongTermIdFromId 0x43 RopIdFromLongTermId 0x44 RopPublicFolderIsGhosted 0x45
            RopOpenEmbeddedMessage 0x46 RopSetSpooler 0x47 RopSpoolerLockMessage 0x48 RopGetAddressTypes 0x49
            RopTransportSend 0x4A RopFastTransferSourceCopyMessages 0x4B RopFastTransferSourceCopyFolder 0x4C
            RopFastTransferSourceCopyTo 0x4D RopFastTransferSourceGetBuffer 0x4E RopFindRow 0x4F
            RopProgress 0x50 RopTransportNewMail 0x51 RopGetValidAttachments 0x52
            RopFastTransferDestinationConfigure 0x53 RopFastTransferDestinationPutBuffer 0x54
            RopGetNamesFromPropertyIds 0x55 RopGetPropertyIdsFromNames 0x56 RopUpdateDeferredActionMessages 0x57
            RopEmptyFolder 0x58 RopExpandRow 0x59 RopCollapseRow 0x5A RopLockRegionStream 0x5B
            RopUnlockRegionStream 0x5C RopCommitStream 0x5D RopGetStreamSize 0x5E RopQueryNamedProperties 0x5F
            RopGetPerUserLongTermIds 0x60 RopGetPerUserGuid 0x61 RopReadPerUserInformation 0x63
            RopWritePerUserInformation 0x64 RopSetReadFlags 0x66 RopCopyProperties 0x67
            RopGetReceiveFolderTable 0x68 RopFastTransferSourceCopyProperties 0x69 RopGetCollapseState 0x6B
            RopSetCollapseState 0x6C RopGetTransportFolder 0x6D RopPending 0x6E RopOptionsData 0x6F
            RopSynchronizationConfigure 0x70 RopSynchronizationImportMessageChange 0x72
            RopSynchronizationImportHierarchyChange 0x73 RopSynchronizationImportDeletes 0x74
            RopSynchronizationUploadStateStreamBegin 0x75 RopSynchronizationUploadStateStreamContinue 0x76
            RopSynchronizationUploadStateStreamEnd 0x77 RopSynchronizationImportMessageMove 0x78
            RopSetPropertiesNoReplicate 0x79 RopDeletePropertiesNoReplicate 0x7A RopGetStoreState 0x7B
            RopSynchronizationOpenCollector 0x7E RopGetLocalReplicaIds 0x7F
            RopSynchronizationImportReadStateChanges 0x80 RopResetTable 0x81
            RopSynchronizationGetTransferState 0x82 RopTellVersion 0x86 RopFreeBookmark 0x89
            RopWriteAndCommitStream 0x90 RopHardDeleteMessages 0x91 RopHardDeleteMessagesAndSubfolders 0x92
            RopSetLocalReplicaMidsetDeleted 0x93 RopFastTransferDestinationPutBufferExtended 0x9D
            RopWriteStreamExtended 0xA3 RopBackoff 0xF9 RopLogon 0xFE RopBufferTooSmall 0xFF
            """;

    private static Map<String, Integer> specTable() {
        String[] words = SPEC_TABLE.trim().split("\\s+");
        Map<String, Integer> table = new HashMap<>();
        for (int i = 0; i < words.length; i += 2) {
            table.put(words[i], Integer.decode(words[i + 1]));
        }
        return table;
    }

    @Test
    void idsMatchTheSpecificationTable() {
        Map<String, Integer> enumTable = Arrays.stream(RopId.values())
                .collect(Collectors.toMap(RopId::specName, RopId::code));
        assertThat(enumTable).isEqualTo(specTable());
    }

    @Test
    void idsAreUniqueAndFoundByCode() {
        Set<Integer> codes = Arrays.stream(RopId.values()).map(RopId::code).collect(Collectors.toSet());
        assertThat(codes).hasSize(RopId.values().length);
        for (RopId id : RopId.values()) {
            assertThat(RopId.fromCode(id.code())).contains(id);
        }
        assertThat(RopId.fromCode(0x00)).isEmpty();
        assertThat(RopId.fromCode(0x28)).isEmpty();
        assertThat(RopId.fromCode(0x100)).isEmpty();
    }

    @Test
    void mailboxClientIdsAreThere() {
        assertThat(RopId.LOGON.code()).isEqualTo(0xFE);
        assertThat(RopId.RELEASE.code()).isEqualTo(0x01);
        assertThat(RopId.QUERY_ROWS.code()).isEqualTo(0x15);
        assertThat(RopId.FAST_TRANSFER_SOURCE_GET_BUFFER.code()).isEqualTo(0x4E);
        assertThat(RopId.SYNCHRONIZATION_CONFIGURE.code()).isEqualTo(0x70);
        assertThat(RopId.RELEASE.hasResponse()).isFalse();
        assertThat(RopId.OPEN_FOLDER.hasResponse()).isTrue();
        assertThat(RopId.OPEN_FOLDER.toString()).isEqualTo("RopOpenFolder (0x02)");
    }

    @Test
    void everyCodecIsRegisteredUnderItsOwnId() {
        RopCodecs.all().forEach((id, codec) -> assertThat(codec.id()).isEqualTo(id));
        assertThat(RopCodecs.all().keySet()).contains(RopId.LOGON, RopId.RELEASE, RopId.OPEN_FOLDER,
                RopId.GET_HIERARCHY_TABLE, RopId.GET_CONTENTS_TABLE, RopId.SET_COLUMNS, RopId.QUERY_ROWS,
                RopId.OPEN_MESSAGE, RopId.GET_PROPERTIES_SPECIFIC, RopId.GET_PROPERTIES_ALL,
                RopId.GET_PROPERTY_IDS_FROM_NAMES, RopId.OPEN_STREAM, RopId.READ_STREAM,
                RopId.GET_ATTACHMENT_TABLE, RopId.OPEN_ATTACHMENT, RopId.SET_PROPERTIES, RopId.GET_RULES_TABLE);
    }

    @Test
    void everyRopIdHasACodecOrAJustifiedAbsence() {
        for (RopId id : RopId.values()) {
            boolean coded = RopCodecs.forId(id).isPresent();
            boolean excused = RopCodecs.unsupported().containsKey(id);
            assertThat(coded ^ excused).as("%s: codec %s, excused %s", id, coded, excused).isTrue();
        }
        assertThat(RopCodecs.unsupported().values()).allSatisfy(reason -> assertThat(reason).hasSizeGreaterThan(40));
    }

    @Test
    void serverOnlyResponsesAreUnsolicitedAndEverythingElseHasARequestDecoder() {
        Set<RopId> unsolicited = Set.of(RopId.NOTIFY, RopId.PENDING, RopId.BACKOFF, RopId.BUFFER_TOO_SMALL);
        RopCodecs.all().forEach((id, codec) -> {
            assertThat(codec.isUnsolicited()).as(id.toString()).isEqualTo(unsolicited.contains(id));
            assertThat(codec.responseDecoder() == null).as(id.toString())
                    .isEqualTo(unsolicited.contains(id) || id == RopId.RELEASE);
        });
    }
}
